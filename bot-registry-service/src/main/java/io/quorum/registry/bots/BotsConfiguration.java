package io.quorum.registry.bots;

import io.quorum.registry.bots.domain.BotLimitPolicy;
import io.quorum.registry.bots.domain.BotRules;
import io.quorum.registry.bots.domain.BudgetReservations;
import io.quorum.registry.bots.domain.GridChecks;
import io.quorum.registry.bots.domain.TrendTemplates;
import io.quorum.registry.platform.Outbox;
import io.quorum.registry.platform.ProcessedEvents;
import io.quorum.registry.templates.Template;
import io.quorum.registry.templates.Templates;
import io.quorum.registry.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the bots feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AllocationSettings.class, GridEngineSettings.class})
class BotsConfiguration {

    @Bean
    Bots bots(JdbcClient jdbc) {
        return new Bots(jdbc);
    }

    /**
     * How long a start may hold its bot (its budget fixed, no deletion) before another start or a change may take
     * it over: far longer than the allocation may take to answer, so only a start abandoned by a crash is taken over.
     */
    static Duration startTimeout(AllocationSettings allocation) {
        return allocation.connectTimeout().plus(allocation.readTimeout()).multipliedBy(4);
    }

    @Bean
    BotCatalog botCatalog(Bots bots, AuditTrail audit, Outbox outbox, Clock clock, AllocationSettings allocation) {
        return new BotCatalog(bots, new BotLimitPolicy(), audit, outbox, clock, startTimeout(allocation));
    }

    @Bean
    BotEdits botEdits(BotCatalog catalog, BotSettingsCheck check) {
        return new BotEdits(catalog, check);
    }

    @Bean
    BotFleet botFleet(BotCatalog catalog, BotStarts starts, BotLifecycle lifecycle) {
        return new BotFleet(catalog, starts, lifecycle);
    }

    @Bean
    GridChecks gridChecks(GridEngineSettings settings, @Value("${quorum.gateway.secret}") String secret) {
        return new GridEngineClient(settings, secret);
    }

    /** AI trend bots take their settings from the templates feature's seed data. */
    @Bean
    BotSettingsCheck botSettingsCheck(GridChecks gridChecks, Templates templates) {
        TrendTemplates trends = id -> templates.find(id).map(Template::trend);
        return new BotSettingsCheck(new BotRules(trends), gridChecks);
    }

    @Bean
    BotCreation botCreation(BotSettingsCheck check, BotCatalog catalog) {
        return new BotCreation(check, catalog);
    }

    @Bean
    GridConfigs gridConfigs(BotCatalog catalog, BotSettingsCheck check) {
        return new GridConfigs(catalog, check);
    }

    @Bean
    BotLifecycle botLifecycle(Bots bots, Outbox outbox, ProcessedEvents processedEvents, AuditTrail audit, Clock clock,
                              AllocationSettings allocation) {
        return new BotLifecycle(bots, outbox, processedEvents, audit, clock, startTimeout(allocation));
    }

    @Bean
    BudgetReservations budgetReservations(AllocationSettings settings, @Value("${quorum.gateway.secret}") String secret) {
        return new AllocationClient(settings, secret);
    }

    @Bean
    BotStarts botStarts(BudgetReservations reservations, BotLifecycle lifecycle) {
        return new BotStarts(reservations, lifecycle);
    }

    @Bean
    BudgetReleasedListener budgetReleasedListener(BotLifecycle lifecycle) {
        return new BudgetReleasedListener(lifecycle);
    }

    @Bean
    StopTriggerListener stopTriggerListener(BotLifecycle lifecycle) {
        return new StopTriggerListener(lifecycle);
    }
}
