package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.TemplateId;
import java.util.Optional;

/**
 * An AI trend bot is made from a template that exists, at a leverage the template allows (its bounds lie
 * within the platform's 1-20, which {@link LeveragePolicy} checked before).
 */
public final class TemplatePolicy implements BotPolicy {

    private final TrendTemplates templates;

    public TemplatePolicy(TrendTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Verdict check(BotDraft draft) {
        Optional<TrendSpec> trend = trendOf(draft);
        if (trend.isEmpty()) {
            return Verdict.reject(name(), "templateId", "'" + draft.templateId() + "' is not a template (see GET /api/templates)");
        }
        TrendSpec.LeverageBounds bounds = trend.get().leverage();
        if (!bounds.allows(draft.leverage())) {
            return Verdict.reject(name(), "leverage", "must be between " + bounds.min() + " and " + bounds.max()
                    + " for template " + draft.templateId());
        }
        return Verdict.ALLOWED;
    }

    Optional<TrendSpec> trendOf(BotDraft draft) {
        try {
            return templates.trendOf(TemplateId.of(draft.templateId()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
