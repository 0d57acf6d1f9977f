package io.quorum.signal.llm;

import java.util.Objects;

/**
 * The two messages sent for one vote. Written only from the decision's context — no wall clock, no
 * random ids — so the same context gives the same prompt, which is what recorded answers are keyed by.
 */
public record LlmPrompt(String system, String user) {

    public LlmPrompt {
        Objects.requireNonNull(system, "system message");
        Objects.requireNonNull(user, "user message");
    }

    /** Both messages as one text, the form a call record stores and replays match on. */
    public String text() {
        return "[system]\n" + system + "\n[user]\n" + user;
    }
}
