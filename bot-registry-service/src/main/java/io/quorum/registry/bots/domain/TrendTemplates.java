package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.TemplateId;
import java.util.Optional;

/** The settings an AI trend bot gets from the template it names, if that template exists. */
@FunctionalInterface
public interface TrendTemplates {

    TrendTemplates NONE = id -> Optional.empty();

    Optional<TrendSpec> trendOf(TemplateId id);
}
