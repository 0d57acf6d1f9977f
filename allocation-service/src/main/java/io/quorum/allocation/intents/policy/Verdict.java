package io.quorum.allocation.intents.policy;

/** A policy's answer to an order intent: allow it, or reject it with the policy's name and a reason the user can read. */
public sealed interface Verdict {

    Verdict ALLOW = new Allow();

    static Verdict reject(OrderPolicy policy, String reason) {
        return new Reject(policy.name(), reason);
    }

    default boolean allowed() {
        return this instanceof Allow;
    }

    record Allow() implements Verdict {
    }

    record Reject(String policy, String reason) implements Verdict {
    }
}
