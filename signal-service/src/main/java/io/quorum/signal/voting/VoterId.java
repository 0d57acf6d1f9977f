package io.quorum.signal.voting;

import java.util.Objects;

/** Who voted: a name unique within a bot's panel (e.g. {@code ema-cross}, {@code deepseek-chat}) and its kind. */
public record VoterId(String name, VoterKind kind) {

    public VoterId {
        Objects.requireNonNull(kind, "voter kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a voter needs a name");
        }
    }

    public static VoterId technical(String name) {
        return new VoterId(name, VoterKind.TECHNICAL);
    }

    public static VoterId llm(String name) {
        return new VoterId(name, VoterKind.LLM);
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + ")";
    }
}
