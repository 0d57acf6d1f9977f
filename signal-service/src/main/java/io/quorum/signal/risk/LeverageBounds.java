package io.quorum.signal.risk;

/** The leverage a template allows and the one it uses when no voter proposes one. */
public record LeverageBounds(int min, int max, int fallback) {

    public LeverageBounds {
        if (min < 1 || min > fallback || fallback > max) {
            throw new IllegalArgumentException("leverage bounds need 1 ≤ min ≤ default ≤ max, were " + min + ", "
                    + fallback + ", " + max);
        }
    }

    int clamp(int proposed) {
        return Math.max(min, Math.min(max, proposed));
    }
}
