package io.quorum.signal.voting;

import java.math.BigDecimal;

/** Short ways to write ballots in tests. */
final class Ballots {

    private Ballots() {
    }

    static Vote technical(String name, Action action) {
        return Vote.of(VoterId.technical(name), action, new BigDecimal("0.6"), name + " says " + action);
    }

    static Vote llm(String name, Action action) {
        return Vote.of(VoterId.llm(name), action, new BigDecimal("0.8"), name + " says " + action);
    }

    static Abstention timeout(String name) {
        return new Abstention(VoterId.llm(name), AbstentionReason.TIMEOUT, "no answer within 20 s");
    }
}
