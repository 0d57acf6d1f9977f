package io.quorum.signal.risk;

import io.quorum.contracts.bots.TrendSpec.DistanceBounds;
import io.quorum.contracts.bots.TrendSpec.LeverageBounds;
import io.quorum.contracts.money.Percent;

/** A conservative template's limits, as most tests use them. */
final class Limits {

    private Limits() {
    }

    /** Bot at 10x (its default); template 1-10x, TP 0.5-10 % (default 2 %), SL 0.3-5 % (default 1 %), max loss 10 %. */
    static HardLimits conservative() {
        return new HardLimits(10, new LeverageBounds(1, 10),
                new DistanceBounds(Percent.of("0.5"), Percent.of("10"), Percent.of("2")),
                new DistanceBounds(Percent.of("0.3"), Percent.of("5"), Percent.of("1")),
                Percent.of("10"));
    }
}
