package io.quorum.signal.platform;

/** A user's request broke a rule; answered 400 with the field and the reason, never a 500. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
