package io.quorum.signal.risk;

/** A conservative template's limits, as most tests use them. */
final class Limits {

    private Limits() {
    }

    /** Bot at 10x; template 1-10x (default 3x), TP 0.5-10 % (default 2 %), SL 0.3-5 % (default 1 %), max loss 10 %. */
    static HardLimits conservative() {
        return new HardLimits(10, new LeverageBounds(1, 10, 3),
                new DistanceBounds(Percent.of("0.5"), Percent.of("10"), Percent.of("2")),
                new DistanceBounds(Percent.of("0.3"), Percent.of("5"), Percent.of("1")),
                Percent.of("10"));
    }
}
