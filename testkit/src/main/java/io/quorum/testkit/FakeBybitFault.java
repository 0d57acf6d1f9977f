package io.quorum.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One scripted misbehaviour of {@link FakeBybit} for a call to one path, checked after the
 * request's signature (so a client that signs wrongly is still told so):
 * <ul>
 * <li>{@link #retCode(int)}: the V5 envelope with that retCode, HTTP 200, nothing applied;</li>
 * <li>{@link #rateLimited(Instant)}: retCode 10006 with {@code X-Bapi-Limit-Status: 0} and
 * {@code X-Bapi-Limit-Reset-Timestamp} at {@code resetAt};</li>
 * <li>{@link #httpStatus(int)}: a bare HTTP error (a gateway's 502 page), nothing applied;</li>
 * <li>{@link #slowAnswer(Duration, boolean)}: the answer comes after {@code delay}, longer than the
 * client waits; with {@code applied} the request took effect first (the order exists) — the case a
 * client must not place twice — without it, it never did.</li>
 * </ul>
 */
public record FakeBybitFault(Kind kind, int retCode, int httpStatus, Instant resetAt, Duration delay, boolean applied) {

    public enum Kind { RET_CODE, HTTP_STATUS, SLOW_ANSWER }

    public FakeBybitFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
    }

    public static FakeBybitFault retCode(int retCode) {
        return new FakeBybitFault(Kind.RET_CODE, retCode, 200, null, Duration.ZERO, false);
    }

    public static FakeBybitFault rateLimited(Instant resetAt) {
        return new FakeBybitFault(Kind.RET_CODE, 10006, 200, Objects.requireNonNull(resetAt), Duration.ZERO, false);
    }

    public static FakeBybitFault httpStatus(int status) {
        return new FakeBybitFault(Kind.HTTP_STATUS, 0, status, null, Duration.ZERO, false);
    }

    public static FakeBybitFault slowAnswer(Duration delay, boolean applied) {
        return new FakeBybitFault(Kind.SLOW_ANSWER, 0, 200, null, delay, applied);
    }

    /** Bybit's message for the codes a test scripts; the client must not depend on it. */
    String message() {
        return switch (retCode) {
            case 10002 -> "invalid request, please check your server timestamp or recv_window param";
            case 10003 -> "API key is invalid.";
            case 10004 -> "error sign!";
            case 10005 -> "Permission denied, please check your API key permissions.";
            case 10006 -> "Too many visits!";
            case 10010 -> "Unmatched IP, please check your API key's bound IP addresses.";
            case 10016 -> "Server error.";
            case 110007 -> "ab not enough for new order";
            case 110012 -> "Insufficient available balance.";
            case 110072 -> "OrderLinkedID is duplicate";
            default -> "scripted error " + retCode;
        };
    }
}
