package io.quorum.notifier.settings;

/** A policy's answer: allowed, or rejected naming the field and the reason a user can act on. */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Verdict reject(String field, String reason) {
        return new Rejected(field, reason);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Verdict {
    }

    record Rejected(String field, String reason) implements Verdict {
    }
}
