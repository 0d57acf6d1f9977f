package io.quorum.execution.orders;

/**
 * The live venue does not slice orders yet: an order its strategy marked TWAP is refused rather than sent whole, so
 * the strategy learns it did not get the execution it asked for (the size threshold applies on the paper venue only).
 */
public final class NoLiveTwapPolicy implements PlacementPolicy {

    @Override
    public Verdict check(PlacementRequest request) {
        if (request.approved().order().twap() == null) {
            return Verdict.allow();
        }
        return Verdict.reject("NoLiveTwapPolicy", "TWAP execution (slices over a duration) is not available on the live "
                + "venue yet: the order was not sent");
    }
}
