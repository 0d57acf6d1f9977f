package io.quorum.registry.bots.domain;

/**
 * A grid bot brings its grid and no template; an AI trend bot names a template and brings no grid, since
 * everything it trades with comes from the template.
 */
public final class KindPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        if (draft.kind() == null) {
            return Verdict.reject(name(), "kind", "is required (GRID or AI_TREND)");
        }
        return switch (draft.kind()) {
            case GRID -> gridBot(draft);
            case AI_TREND -> trendBot(draft);
        };
    }

    private Verdict gridBot(BotDraft draft) {
        if (draft.grid() == null) {
            return Verdict.reject(name(), "grid", "is required for a GRID bot");
        }
        if (draft.templateId() != null) {
            return Verdict.reject(name(), "templateId", "a GRID bot takes no template; templates are for AI_TREND bots");
        }
        return Verdict.ALLOWED;
    }

    private Verdict trendBot(BotDraft draft) {
        if (draft.grid() != null) {
            return Verdict.reject(name(), "grid", "an AI_TREND bot takes no grid; its settings come from its template");
        }
        if (draft.templateId() == null || draft.templateId().isBlank()) {
            return Verdict.reject(name(), "templateId", "is required for an AI_TREND bot (see GET /api/templates)");
        }
        return Verdict.ALLOWED;
    }
}
