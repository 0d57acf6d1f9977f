package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Price;

/** A grid: {@code gridCount} intervals between {@code lower} and {@code upper}, so {@code gridCount + 1} levels. */
public record GridSpec(Price lower, Price upper, int gridCount, GridSpacing spacing) {

    public static final int MIN_GRIDS = 2;
    public static final int MAX_GRIDS = 100;

    public GridSpec {
        requireNonNull(lower, "lower");
        requireNonNull(upper, "upper");
        requireNonNull(spacing, "spacing");
        if (!lower.isBelow(upper)) {
            throw new IllegalArgumentException("grid lower price must be below the upper price");
        }
        if (gridCount < MIN_GRIDS || gridCount > MAX_GRIDS) {
            throw new IllegalArgumentException("grid count must be between 2 and 100, was " + gridCount);
        }
    }
}
