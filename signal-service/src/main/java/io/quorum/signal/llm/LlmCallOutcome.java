package io.quorum.signal.llm;

/** How one call to an endpoint ended, before its text is read as a vote. */
public enum LlmCallOutcome {
    ANSWERED,
    /** The answer took longer than the provider's timeout, or no call slot came free in that time. */
    TIMEOUT,
    RATE_LIMITED,
    SERVER_ERROR,
    /** A 4xx other than 429: a wrong key, an unknown model, a request the endpoint will not take. */
    REFUSED,
    /** A 200 whose body was no chat completion, or a completion without any content. */
    NO_CONTENT,
    /** Replaying recorded answers, and this prompt was never recorded. */
    NOT_RECORDED
}
