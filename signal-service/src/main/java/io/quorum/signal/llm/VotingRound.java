package io.quorum.signal.llm;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.Voter;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.VoterId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Asks every voter of a panel at once, each on its own virtual thread and each within its own
 * timeout counted from the start of the round, so a decision takes as long as its slowest voter
 * within bounds, not the sum. A voter still busy at its deadline is interrupted and abstains; one
 * that throws abstains too. Ballots come back in the order of the seats, whatever finished first.
 */
public final class VotingRound {

    /** One voter's place in a round: who, how long it may take, and how to get its ballot. */
    public record Seat(VoterId voter, Duration timeout, Supplier<Ballot> ballot) {

        public Seat {
            Objects.requireNonNull(voter, "voter");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(ballot, "ballot");
        }

        public static Seat of(Voter voter, Duration timeout, MarketContext market) {
            return new Seat(voter.id(), timeout, () -> voter.vote(market));
        }

        public static Seat of(LlmVoter voter, MarketContext market) {
            return of(voter, voter.timeout(), market);
        }
    }

    private VotingRound() {
    }

    public static List<Ballot> ask(List<Seat> seats) {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            long started = System.nanoTime();
            List<Future<Ballot>> pending = seats.stream().map(seat -> threads.submit(seat.ballot()::get)).toList();
            List<Ballot> ballots = new ArrayList<>(seats.size());
            for (int i = 0; i < seats.size(); i++) {
                ballots.add(collect(seats.get(i), pending.get(i), started));
            }
            return List.copyOf(ballots);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Ballot collect(Seat seat, Future<Ballot> pending, long started) {
        long left = seat.timeout().toNanos() - (System.nanoTime() - started);
        try {
            Ballot ballot = pending.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (ballot == null || !ballot.voter().equals(seat.voter())) {
                return new Abstention(seat.voter(), AbstentionReason.SERVER_ERROR,
                        seat.voter().name() + " returned no ballot of its own: " + ballot);
            }
            return ballot;
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Abstention(seat.voter(), AbstentionReason.TIMEOUT,
                    seat.voter().name() + " cast no ballot within " + seat.timeout());
        } catch (ExecutionException e) {
            return new Abstention(seat.voter(), AbstentionReason.SERVER_ERROR,
                    seat.voter().name() + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            return new Abstention(seat.voter(), AbstentionReason.TIMEOUT, seat.voter().name() + ": the round was interrupted");
        }
    }
}
