package io.quorum.launcher;

import io.quorum.execution.keys.MasterKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Quorum's services as separate Spring contexts in one JVM, each on its own port and
 * database schema, all on one Kafka. The local launcher and the end-to-end test both use it.
 */
public final class QuorumServices implements AutoCloseable {

    /** Where the services find Kafka and PostgreSQL. */
    public record Infrastructure(String kafkaBootstrapServers, Function<String, String> jdbcUrl, String dbUser,
                                 String dbPassword) {
    }

    private static final String GATEWAY_EXCLUDES = String.join(",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration");

    private final Infrastructure infrastructure;
    private final String gatewaySecret;
    private final boolean randomPorts;
    private final Map<String, Object> common;
    /** For runs that name no master key (tests, benchmarks): their databases are thrown away with them. */
    private final String throwawayMasterKey = MasterKey.generateBase64();
    private final Map<QuorumService, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    public QuorumServices(Infrastructure infrastructure, String gatewaySecret, boolean randomPorts,
                          Map<String, Object> common) {
        this.infrastructure = infrastructure;
        this.gatewaySecret = gatewaySecret;
        this.randomPorts = randomPorts;
        this.common = Map.copyOf(common);
    }

    public ConfigurableApplicationContext start(QuorumService service) {
        return start(service, Map.of());
    }

    public synchronized ConfigurableApplicationContext start(QuorumService service, Map<String, Object> extra) {
        if (running.containsKey(service)) {
            throw new IllegalStateException(service + " is already running");
        }
        Map<String, Object> properties = new HashMap<>(common);
        properties.put("server.port", randomPorts ? 0 : service.defaultPort());
        properties.put("quorum.gateway.secret", gatewaySecret);
        properties.put("spring.main.register-shutdown-hook", false);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", false);
        // a listener container stops once its poll returns: a short poll makes Ctrl-C quick
        properties.put("spring.kafka.listener.poll-timeout", "1s");
        properties.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        if (service == QuorumService.GATEWAY) {
            properties.put("spring.autoconfigure.exclude", GATEWAY_EXCLUDES);
            properties.put("quorum.services.registry-url", url(QuorumService.REGISTRY));
            properties.put("quorum.services.allocation-url", url(QuorumService.ALLOCATION));
            properties.put("quorum.services.grid-engine-url", url(QuorumService.GRID_ENGINE));
            properties.put("quorum.services.execution-url", url(QuorumService.EXECUTION));
            properties.put("quorum.services.market-data-url", url(QuorumService.MARKET_DATA));
            properties.put("quorum.services.notifier-url", url(QuorumService.NOTIFIER));
            properties.put("quorum.services.signal-url", url(QuorumService.SIGNAL));
        } else {
            properties.put("spring.datasource.url", infrastructure.jdbcUrl().apply(service.schema()));
            properties.put("spring.datasource.username", infrastructure.dbUser());
            properties.put("spring.datasource.password", infrastructure.dbPassword());
            properties.put("spring.cloud.gateway.server.webflux.enabled", false);
        }
        if (service == QuorumService.NOTIFIER) {
            // Telegram commands act as the user through the registry (bots) and the allocation (balance)
            properties.put("quorum.notifier.services.registry-url", url(QuorumService.REGISTRY));
            properties.put("quorum.notifier.services.allocation-url", url(QuorumService.ALLOCATION));
        }
        if (service == QuorumService.REGISTRY) {
            properties.put("quorum.allocation.url", url(QuorumService.ALLOCATION));
            properties.put("quorum.services.grid-engine-url", url(QuorumService.GRID_ENGINE));
        }
        properties.putAll(extra);
        if (service == QuorumService.EXECUTION && !properties.containsKey("quorum.keys.master-key")
                && !properties.containsKey("quorum.keys.master-key-file")) {
            properties.put("quorum.keys.master-key", throwawayMasterKey);
        }
        // as command-line arguments: they outrank the service's own <config>.yml, as in a deployment
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = service.application().run(arguments);
        running.put(service, context);
        return context;
    }

    public boolean isRunning(QuorumService service) {
        return running.containsKey(service);
    }

    public int port(QuorumService service) {
        ConfigurableApplicationContext context = running.get(service);
        if (context == null) {
            return service.defaultPort();
        }
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public String url(QuorumService service) {
        return "http://localhost:" + port(service);
    }

    public <T> T bean(QuorumService service, Class<T> type) {
        return running.get(service).getBean(type);
    }

    /** Stops one service, as a crash or a deployment would. */
    public void stop(QuorumService service) {
        stopQuietly(service);
    }

    /**
     * Stops the gateway first, so no new request arrives, then every other service at once: each
     * waits for its consumers to finish their last records and its outbox to drain, and they do
     * not depend on each other for that.
     */
    @Override
    public void close() {
        stop(QuorumService.GATEWAY);
        List<QuorumService> others;
        synchronized (this) {
            others = new ArrayList<>(running.keySet());
        }
        List<Thread> stopping = new ArrayList<>();
        for (QuorumService service : others) {
            stopping.add(Thread.ofPlatform().name("stop-" + service).start(() -> stopQuietly(service)));
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stopQuietly(QuorumService service) {
        ConfigurableApplicationContext context;
        synchronized (this) {
            context = running.remove(service);
        }
        if (context != null) {
            long closing = System.nanoTime();
            context.close();
            // the console, not a logger: the logging system may already be shutting down with the JVM
            System.out.printf("Quorum: %s stopped in %d ms%n", service, (System.nanoTime() - closing) / 1_000_000);
        }
    }
}
