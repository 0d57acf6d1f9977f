package io.quorum.grid.engine;

import io.quorum.grid.levels.GridPlanner;
import io.quorum.grid.levels.GridPreviewer;
import io.quorum.grid.metrics.GridMetrics;
import io.quorum.grid.platform.Outbox;
import io.quorum.grid.preview.GridPreviews;
import io.quorum.grid.platform.ProcessedEvents;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the grid engine explicitly: the domain classes know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GridSettings.class)
public class GridConfiguration {

    @Bean
    Grids grids(JdbcClient jdbc) {
        return new Grids(jdbc);
    }

    @Bean
    MarketClock marketClock(JdbcClient jdbc) {
        return new MarketClock(jdbc);
    }

    @Bean
    GridPlanner gridPlanner(GridSettings settings) {
        return new GridPlanner(settings.feeReserve(), settings.takerFee());
    }

    @Bean
    GridPreviewer gridPreviewer(GridSettings settings) {
        return new GridPreviewer(settings.makerFee(), settings.takerFee());
    }

    @Bean
    GridPreviews gridPreviews(GridPlanner planner, GridPreviewer previewer) {
        return new GridPreviews(planner, previewer);
    }

    /** Built from the grids table before any listener starts, so the first tick already finds every live grid. */
    @Bean
    GridIndexing gridIndexing(Grids grids) {
        return new GridIndexing(grids);
    }

    @Bean
    GridEngine gridEngine(ProcessedEvents processedEvents, Outbox outbox, Grids grids, MarketClock clock, GridPlanner planner,
                          GridIndexing index, GridMetrics metrics) {
        return new GridEngine(processedEvents, outbox, grids, clock, planner, index, metrics);
    }

    @Bean
    GridListeners gridListeners(GridEngine engine) {
        return new GridListeners(engine);
    }
}
