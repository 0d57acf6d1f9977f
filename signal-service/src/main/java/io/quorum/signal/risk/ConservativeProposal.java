package io.quorum.signal.risk;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Vote;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One proposal from the agreeing votes, the most conservative of each: the lowest leverage, the
 * stop nearest the entry on the loss side, the target nearest the entry on the profit side. Chosen
 * over the median because no single voter — however confident — can then widen the risk; prices on
 * the wrong side are left out here and replaced by the template's default in the confirm step.
 */
public final class ConservativeProposal {

    private ConservativeProposal() {
    }

    public static Proposal of(Side side, Price entry, List<Vote> agreeing) {
        Objects.requireNonNull(entry, "entry");
        List<Proposal> proposals = agreeing.stream().map(Vote::proposal).toList();
        Integer leverage = proposals.stream().map(Proposal::leverage).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Price stop = nearest(proposals.stream().map(Proposal::stopLoss).toList(), entry, side.opposite()).orElse(null);
        Price target = nearest(proposals.stream().map(Proposal::takeProfit).toList(), entry, side).orElse(null);
        return new Proposal(target, stop, leverage);
    }

    /** The price nearest the entry among those above it ({@code BUY}) or below it ({@code SELL}). */
    private static Optional<Price> nearest(List<Price> prices, Price entry, Side above) {
        return prices.stream()
                .filter(Objects::nonNull)
                .filter(price -> above == Side.BUY ? price.isAbove(entry) : price.isBelow(entry))
                .min(Comparator.comparing(price -> price.value().subtract(entry.value()).abs()));
    }
}
