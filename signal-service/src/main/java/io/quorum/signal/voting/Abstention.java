package io.quorum.signal.voting;

import java.util.Objects;

/** A voter asked but not answering usefully (timeout, HTTP 429/500, garbage, over budget, too little data). */
public record Abstention(VoterId voter, AbstentionReason reason, String detail) implements Ballot {

    public Abstention {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(reason, "abstention reason");
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("an abstention needs a detail a user can read");
        }
    }

    @Override
    public String toString() {
        return voter + " abstained: " + detail;
    }
}
