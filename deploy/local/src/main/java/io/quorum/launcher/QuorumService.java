package io.quorum.launcher;

import io.quorum.allocation.AllocationApplication;
import io.quorum.execution.ExecutionApplication;
import io.quorum.gateway.GatewayApplication;
import io.quorum.grid.GridApplication;
import io.quorum.marketdata.MarketDataApplication;
import io.quorum.notifier.NotifierApplication;
import io.quorum.registry.RegistryApplication;
import io.quorum.signal.SignalApplication;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Every Quorum service: its database schema (none for the gateway), its default port, and how to
 * build it. Start a service after those it calls: allocation and grid engine before the registry,
 * everything before the gateway.
 */
public enum QuorumService {
    ALLOCATION("allocation", 8082, AllocationApplication::application),
    REGISTRY("registry", 8081, RegistryApplication::application),
    GRID_ENGINE("grid", 8083, GridApplication::application),
    EXECUTION("execution", 8084, ExecutionApplication::application),
    NOTIFIER("notifier", 8086, NotifierApplication::application),
    SIGNAL("signal", 8087, SignalApplication::application),
    MARKET_DATA("marketdata", 8085, MarketDataApplication::application),
    GATEWAY(null, 8080, GatewayApplication::application);

    private final String schema;
    private final int defaultPort;
    private final Supplier<SpringApplicationBuilder> application;

    QuorumService(String schema, int defaultPort, Supplier<SpringApplicationBuilder> application) {
        this.schema = schema;
        this.defaultPort = defaultPort;
        this.application = application;
    }

    String schema() {
        return schema;
    }

    int defaultPort() {
        return defaultPort;
    }

    SpringApplicationBuilder application() {
        return application.get();
    }
}
