package io.quorum.registry.bots.domain;

import java.util.Objects;

/** What a policy says about a request: allowed, or rejected naming the field and the reason. */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Verdict reject(String policy, String field, String reason) {
        return new Rejected(policy, field, reason);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Verdict {
    }

    record Rejected(String policy, String field, String reason) implements Verdict {
        public Rejected {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
