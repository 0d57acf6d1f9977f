package io.quorum.execution.orders;

/** A placement policy's answer: allowed, or rejected by a named policy with a reason the user reads. */
public record Verdict(boolean allowed, String policy, String reason) {

    private static final Verdict ALLOWED = new Verdict(true, null, null);

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict reject(String policy, String reason) {
        return new Verdict(false, policy, reason);
    }
}
