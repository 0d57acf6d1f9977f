package io.quorum.execution.orders;

import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.positions.Position;

/** A reduce-only order must face an open position of the bot that is at least as large, so it can only shrink it. */
public final class ReduceOnlyPolicy implements PlacementPolicy {

    @Override
    public Verdict check(PlacementRequest request) {
        OrderSpec order = request.approved().order();
        Position position = request.position();
        if (!order.reduceOnly()) {
            return Verdict.allow();
        }
        if (position.isFlat() || position.closingSide() != order.side()) {
            return Verdict.reject("ReduceOnlyPolicy", "reduce-only " + order.side() + " would not reduce the bot's "
                    + position.side() + " position in " + order.symbol());
        }
        if (order.quantity().compareTo(position.size()) > 0) {
            return Verdict.reject("ReduceOnlyPolicy", "reduce-only quantity " + order.quantity()
                    + " exceeds the bot's position of " + position.size() + " in " + order.symbol());
        }
        return Verdict.allow();
    }
}
