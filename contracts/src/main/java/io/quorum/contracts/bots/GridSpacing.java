package io.quorum.contracts.bots;

/** How grid levels are spread: equal price steps, or equal ratios. */
public enum GridSpacing {
    ARITHMETIC,
    GEOMETRIC
}
