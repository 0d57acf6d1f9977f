package io.quorum.signal.monitor;

import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The stop-loss monitor's rule: a position whose unrealised result at its leverage, in % of the margin it put up,
 * has reached the bot's {@code stopLossMonitorPercent} (−10 by default) gets a STOP_LOSS vote. The result of margin
 * is {@code (mark − entry) / entry × leverage × 100} for a long, the opposite for a short; compared without
 * dividing, so the rule is exact at the threshold. Plain Java: the mark is a closed candle's close (event time).
 */
public final class StopLossMonitor {

    /** The monitor's seat: a rule on the price, judged like a technical voter. */
    public static final VoterId VOTER = VoterId.technical("stop-loss-monitor");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StopLossMonitor() {
    }

    /** The STOP_LOSS vote when the position at {@code mark} has reached {@code threshold} (negative, % of margin). */
    public static Optional<Vote> check(OpenPosition position, int leverage, Price mark, Percent threshold) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(mark, "mark");
        if (!threshold.isNegative() || leverage < 1) {
            throw new IllegalArgumentException("the monitor needs a negative threshold and a leverage of at least 1");
        }
        BigDecimal entry = position.entry().value();
        BigDecimal move = mark.value().subtract(entry);
        BigDecimal gain = position.isLong() ? move : move.negate();
        // gain / entry × leverage × 100 ≤ threshold  ⟺  gain × leverage × 100 ≤ threshold × entry (entry > 0)
        boolean reached = gain.multiply(BigDecimal.valueOf(leverage)).multiply(HUNDRED)
                .compareTo(threshold.value().multiply(entry)) <= 0;
        if (!reached) {
            return Optional.empty();
        }
        BigDecimal result = gain.multiply(BigDecimal.valueOf(leverage)).multiply(HUNDRED)
                .divide(entry, 2, RoundingMode.HALF_EVEN);
        String explanation = "unrealised result " + result.toPlainString() + " % of margin at " + mark + " ("
                + (position.isLong() ? "long" : "short") + " " + position.size() + " from " + position.entry() + ", "
                + leverage + "x) reached the monitor's threshold of " + threshold + " %";
        return Optional.of(Vote.of(VOTER, Action.STOP_LOSS, BigDecimal.ONE, explanation));
    }
}
