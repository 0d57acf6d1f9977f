package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.BotKind;

/** Grid bots can be created, and need their grid; AI trend bots come with templates later. */
public final class KindPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        if (draft.kind() == null) {
            return Verdict.reject(name(), "kind", "is required (GRID)");
        }
        if (draft.kind() != BotKind.GRID) {
            return Verdict.reject(name(), "kind", draft.kind() + " bots cannot be created yet; use GRID");
        }
        if (draft.grid() == null) {
            return Verdict.reject(name(), "grid", "is required for a GRID bot");
        }
        return Verdict.ALLOWED;
    }
}
