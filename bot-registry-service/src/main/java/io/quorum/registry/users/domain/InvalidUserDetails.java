package io.quorum.registry.users.domain;

/** Sign-up details that break a rule: which field, and why. */
public class InvalidUserDetails extends RuntimeException {

    private final String field;

    public InvalidUserDetails(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
