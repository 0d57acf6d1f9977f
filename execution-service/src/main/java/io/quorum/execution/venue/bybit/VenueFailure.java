package io.quorum.execution.venue.bybit;

import java.time.Instant;
import java.util.Optional;

/**
 * A call to Bybit that did not succeed, whichever path made it (xchange-bybit or the own V5
 * adapter): the venue refused it with a retCode, answered with an HTTP error, did not answer in
 * time, or could not be reached. {@link VenueErrorClassifier} decides what it means.
 */
public final class VenueFailure extends RuntimeException {

    public enum Kind { REFUSED, HTTP_STATUS, TIMED_OUT, UNREACHABLE }

    private final Kind kind;
    private final int retCode;
    private final int httpStatus;
    private final Instant limitResetAt;

    private VenueFailure(Kind kind, int retCode, int httpStatus, Instant limitResetAt, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retCode = retCode;
        this.httpStatus = httpStatus;
        this.limitResetAt = limitResetAt;
    }

    /** The V5 envelope carried a retCode other than 0; {@code limitResetAt} from X-Bapi-Limit-Reset-Timestamp when sent. */
    public static VenueFailure refused(int retCode, String retMsg, Instant limitResetAt) {
        return new VenueFailure(Kind.REFUSED, retCode, 0, limitResetAt, "Bybit refused: " + retCode + " " + retMsg, null);
    }

    public static VenueFailure httpStatus(int status, Throwable cause) {
        return new VenueFailure(Kind.HTTP_STATUS, 0, status, null, "Bybit answered HTTP " + status, cause);
    }

    public static VenueFailure timedOut(Throwable cause) {
        return new VenueFailure(Kind.TIMED_OUT, 0, 0, null, "Bybit did not answer in time", cause);
    }

    public static VenueFailure unreachable(Throwable cause) {
        return new VenueFailure(Kind.UNREACHABLE, 0, 0, null, "Bybit could not be reached: " + cause, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The V5 retCode when {@link Kind#REFUSED}, else 0. */
    public int retCode() {
        return retCode;
    }

    /** The HTTP status when {@link Kind#HTTP_STATUS}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }

    public Optional<Instant> limitResetAt() {
        return Optional.ofNullable(limitResetAt);
    }
}
