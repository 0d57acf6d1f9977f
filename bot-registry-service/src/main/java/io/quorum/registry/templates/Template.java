package io.quorum.registry.templates;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.TemplateId;
import java.util.List;

/**
 * A template an AI trend bot is created from: what a user reads to choose one ({@code name},
 * {@code description}, the {@code indicators} its technical voters look at) and the settings a bot
 * made from it trades with ({@code trend}).
 */
public record Template(TemplateId id, String name, String description, List<String> indicators, TrendSpec trend) {

    public Template {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(trend, "trend");
        indicators = List.copyOf(indicators);
        if (!trend.templateId().equals(id)) {
            throw new IllegalArgumentException("template " + id + " carries the settings of " + trend.templateId());
        }
    }
}
