package io.quorum.launcher;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack through the gateway — every service, market data without its replay — on the test JVM's embedded
 * Kafka and PostgreSQL, started once and shared by the test classes that only call the public API as users who sign
 * up of their own: {@code @ExtendWith(WholeQuorum.class)} and a {@link QuorumServices} parameter on the class's
 * {@code @BeforeAll}. Each such class signs up users of its own (distinct emails), so what one class does is no
 * other's business. The gateway's rate limits are raised: a few hundred calls in seconds outrun the default burst of
 * 100, and the limits are the gateway's own tests' business.
 *
 * <p>It is closed when JUnit Jupiter's run ends (the root context's store closes it). Every other class that starts
 * services on the same Kafka and schemas must not meet it, so the classes sharing it run after every other class of
 * the module: they carry {@code @Order(WholeQuorum.LAST)}, and this module's junit-platform.properties orders classes
 * by {@code @Order} (classes without one keep their order, before these).
 */
final class WholeQuorum implements ParameterResolver {

    /** The {@code @Order} of the classes that share the stack: after every class without one. */
    static final int LAST = Integer.MAX_VALUE;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WholeQuorum.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == QuorumServices.class;
    }

    @Override
    public QuorumServices resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(QuorumServices.class, key -> start(), QuorumServices.class);
    }

    private static QuorumServices start() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        QuorumServices services = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                "whole-quorum-secret", true, Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN",
                        // the registry's sign-up limit per address is in the shared database: see GridBotEndToEndTest
                        "quorum.auth.sign-ups.per-hour", 1_000_000, "quorum.auth.sign-ups.burst", 1_000_000));
        try {
            for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE,
                    QuorumService.REGISTRY, QuorumService.EXECUTION, QuorumService.NOTIFIER, QuorumService.SIGNAL)) {
                services.start(service);
            }
            services.start(QuorumService.MARKET_DATA, Map.of("quorum.replay.enabled", false));
            services.start(QuorumService.GATEWAY, Map.of("quorum.gateway.limits.requests-per-minute", 1_000_000,
                    "quorum.gateway.limits.burst", 100_000));
            return services;
        } catch (RuntimeException | Error e) {
            services.close();
            throw e;
        }
    }
}
