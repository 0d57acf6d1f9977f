package io.quorum.registry.bots.domain;

/** One rule a new bot must satisfy. Policies run in order; each may assume the earlier ones allowed the draft. */
public interface BotPolicy {

    Verdict check(BotDraft draft);

    default String name() {
        return getClass().getSimpleName();
    }
}
