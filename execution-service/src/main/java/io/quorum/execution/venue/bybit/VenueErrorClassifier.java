package io.quorum.execution.venue.bybit;

/**
 * What a failed Bybit call means for the order or the bot (DESIGN.md §5, Bybit's V5 error codes).
 * Pure: the gateway acts on the answer.
 */
public final class VenueErrorClassifier {

    /** The reaction to a failure, from the most to the least severe. */
    public enum Handling {
        /** The key is unusable (invalid 10003, signature refused 10004, permission denied 10005, IP not allowed 10010): no retry, the bot stops with an alert. */
        STOP_BOT,
        /** The venue could not take the order as sent for lack of money (110007, 110012): rejected, and the user is told. */
        REJECT_WITH_ALERT,
        /** Any other refusal of the order as sent (a parameter error, a reduce-only rule): rejected, no retry changes it. */
        REJECT,
        /** Rate limit (10006, or HTTP 403 for the IP): wait for the reset the headers give, then retry. */
        WAIT_FOR_RESET,
        /** Timestamp outside the receive window (10002): read the server's time, correct the clock, retry. */
        RESYNC_CLOCK_AND_RETRY,
        /** The order may or may not exist (timeout, no answer, 5xx, 10000, 10016): look it up by orderLinkId before any retry. */
        LOOK_UP_BEFORE_RETRY,
        /** The orderLinkId is taken (110072): the order exists; look it up, never place it again. */
        LOOK_UP_NEVER_REPLACE
    }

    public Handling classify(VenueFailure failure) {
        return switch (failure.kind()) {
            case TIMED_OUT, UNREACHABLE -> Handling.LOOK_UP_BEFORE_RETRY;
            case HTTP_STATUS -> byHttpStatus(failure.httpStatus());
            case REFUSED -> byRetCode(failure.retCode());
        };
    }

    private static Handling byHttpStatus(int status) {
        if (status >= 500) {
            return Handling.LOOK_UP_BEFORE_RETRY;
        }
        // Bybit answers 403 when an IP went past 600 requests in 5 s; it lifts the ban by itself
        return status == 403 || status == 429 ? Handling.WAIT_FOR_RESET : Handling.REJECT;
    }

    private static Handling byRetCode(int retCode) {
        return switch (retCode) {
            case 10003, 10004, 10005, 10010 -> Handling.STOP_BOT;
            case 10006 -> Handling.WAIT_FOR_RESET;
            case 10002 -> Handling.RESYNC_CLOCK_AND_RETRY;
            case 10000, 10016 -> Handling.LOOK_UP_BEFORE_RETRY;
            case 110072 -> Handling.LOOK_UP_NEVER_REPLACE;
            case 110007, 110012 -> Handling.REJECT_WITH_ALERT;
            default -> Handling.REJECT;
        };
    }
}
