package io.quorum.signal.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/**
 * Names what went wrong in a failed call. The client wraps the cause differently per failure (an
 * HTTP status mapped to its own exception type, a timeout nested in I/O exceptions), so the whole
 * cause chain is searched, the most specific finding first.
 */
final class CallFailures {

    record Failure(LlmCallOutcome outcome, String detail) {
    }

    private CallFailures() {
    }

    static Failure classify(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            LlmCallOutcome outcome = outcomeOf(cause);
            if (outcome != null) {
                return new Failure(outcome, describe(outcome, thrown));
            }
        }
        return new Failure(LlmCallOutcome.NO_CONTENT, describe(LlmCallOutcome.NO_CONTENT, thrown));
    }

    private static LlmCallOutcome outcomeOf(Throwable cause) {
        return switch (cause) {
            case dev.langchain4j.exception.TimeoutException e -> LlmCallOutcome.TIMEOUT;
            case HttpTimeoutException e -> LlmCallOutcome.TIMEOUT;
            case java.util.concurrent.TimeoutException e -> LlmCallOutcome.TIMEOUT;
            case InterruptedIOException e -> LlmCallOutcome.TIMEOUT;
            case RateLimitException e -> LlmCallOutcome.RATE_LIMITED;
            case InternalServerException e -> LlmCallOutcome.SERVER_ERROR;
            case AuthenticationException e -> LlmCallOutcome.REFUSED;
            case InvalidRequestException e -> LlmCallOutcome.REFUSED;
            case ModelNotFoundException e -> LlmCallOutcome.REFUSED;
            case HttpException e -> byStatus(e.statusCode());
            case ConnectException e -> LlmCallOutcome.SERVER_ERROR;
            default -> null;
        };
    }

    private static LlmCallOutcome byStatus(int status) {
        if (status == 408) {
            return LlmCallOutcome.TIMEOUT;
        }
        if (status == 429) {
            return LlmCallOutcome.RATE_LIMITED;
        }
        return status >= 500 ? LlmCallOutcome.SERVER_ERROR : LlmCallOutcome.REFUSED;
    }

    private static String describe(LlmCallOutcome outcome, Throwable thrown) {
        String what = switch (outcome) {
            case TIMEOUT -> "no answer in time";
            case RATE_LIMITED -> "rate limited (HTTP 429)";
            case SERVER_ERROR -> "the endpoint failed";
            case REFUSED -> "the endpoint refused the request";
            default -> "the response was no readable chat completion";
        };
        String message = thrown.getMessage();
        return message == null || message.isBlank() ? what + " (" + thrown.getClass().getSimpleName() + ")"
                : what + ": " + abbreviate(message);
    }

    private static String abbreviate(String message) {
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
