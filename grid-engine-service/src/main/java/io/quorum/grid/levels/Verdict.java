package io.quorum.grid.levels;

import java.util.Objects;

/** What a policy decided: allowed, or refused with a reason a user can read. */
public record Verdict(boolean allowed, String reason) {

    private static final Verdict ALLOW = new Verdict(true, null);

    public Verdict {
        if (!allowed) {
            Objects.requireNonNull(reason, "a refusal needs a reason");
        }
    }

    public static Verdict allow() {
        return ALLOW;
    }

    public static Verdict refuse(String reason) {
        return new Verdict(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}
