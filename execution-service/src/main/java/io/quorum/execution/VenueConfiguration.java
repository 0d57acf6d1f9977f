package io.quorum.execution;

import io.quorum.execution.bots.BotOwners;
import io.quorum.execution.bots.LifecycleListener;
import io.quorum.execution.market.MarketMarks;
import io.quorum.execution.market.TickMatching;
import io.quorum.execution.market.TicksListener;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.orders.BotHalts;
import io.quorum.execution.orders.BotClearing;
import io.quorum.execution.orders.DecisionsListener;
import io.quorum.execution.orders.Placement;
import io.quorum.execution.orders.FeeSchedule;
import io.quorum.execution.orders.Fills;
import io.quorum.execution.orders.OrderPlacement;
import io.quorum.execution.orders.PaperPricing;
import io.quorum.execution.orders.PlacementPolicy;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.Slippage;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.metrics.ExecutionMetrics;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.orders.Liquidations;
import io.quorum.execution.orders.PositionProtection;
import io.quorum.execution.orders.ProtectionRequests;
import io.quorum.execution.orders.ProtectiveStops;
import io.quorum.contracts.market.Instruments;
import io.quorum.execution.twap.TwapExecution;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.execution.twap.TwapSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires what both venues share — the orders, fills and positions tables, settlement, the decisions listener — and,
 * unless {@code quorum.execution.venue=bybit} ({@link LiveVenueConfiguration}), the paper venue: its in-memory books
 * and the flows that change them on ticks, and TWAP execution (package {@code twap}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({VenueSettings.Fees.class, VenueSettings.Paper.class})
public class VenueConfiguration {

    public static final String VENUE = "quorum.execution.venue";

    @Bean
    FeeSchedule feeSchedule(VenueSettings.Fees fees) {
        return fees.schedule();
    }

    @Bean
    VenueOrders venueOrders(JdbcClient jdbc) {
        return new VenueOrders(jdbc);
    }

    @Bean
    Fills fills(JdbcClient jdbc) {
        return new Fills(jdbc);
    }

    @Bean
    Positions positions(JdbcClient jdbc, VenueSettings.Paper paper) {
        return new Positions(jdbc, paper.maintenanceMarginRate());
    }

    @Bean
    MarketMarks marketMarks(JdbcClient jdbc) {
        return new MarketMarks(jdbc);
    }

    @Bean
    Settlement settlement(VenueOrders orders, Fills fills, Positions positions, Outbox outbox, FeeSchedule fees,
                          ExecutionMetrics metrics) {
        return new Settlement(orders, fills, positions, outbox, fees, metrics);
    }

    @Bean
    BotOwners botOwners(JdbcClient jdbc) {
        return new BotOwners(jdbc);
    }

    @Bean
    LifecycleListener lifecycleListener(BotOwners owners) {
        return new LifecycleListener(owners);
    }

    @Bean
    DecisionsListener decisionsListener(Placement placement, BotClearing halts, PositionProtection protection) {
        return new DecisionsListener(placement, halts, protection);
    }

    /** The paper venue: fills against ticks in event time. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = VENUE, havingValue = "paper", matchIfMissing = true)
    @EnableConfigurationProperties(TwapSettings.class)
    static class Paper {

        @Bean
        TwapRuns twapRuns(JdbcClient jdbc) {
            return new TwapRuns(jdbc);
        }

        /** Large or TWAP-marked orders, executed as slices over event time. */
        @Bean
        TwapExecution twapExecution(TwapRuns runs, VenueOrders orders, Positions positions, Settlement settlement,
                                    Slippage slippage, Outbox outbox, TwapSettings settings) {
            return new TwapExecution(runs, orders, positions, settlement, new PaperPricing(slippage), outbox, settings,
                    Instruments::of);
        }

        @Bean
        Slippage slippage(VenueSettings.Paper paper) {
            return paper.slippageModel();
        }

        @Bean
        ProtectionRequests protectionRequests(ProcessedEvents processedEvents, Positions positions, MarketMarks marks,
                                              Outbox outbox) {
            return new ProtectionRequests(processedEvents, positions, marks, outbox);
        }

        @Bean
        Liquidations liquidations(VenueOrders orders, Positions positions, Settlement settlement, Outbox outbox) {
            return new Liquidations(orders, positions, settlement, outbox);
        }

        @Bean
        ProtectiveStops protectiveStops(VenueOrders orders, Positions positions, Slippage slippage, Settlement settlement,
                                        Outbox outbox) {
            return new ProtectiveStops(orders, positions, slippage, settlement, outbox);
        }

        /** The books live in memory; at start-up they are rebuilt from the open limit orders in the database. */
        @Bean
        PaperBooks paperBooks(VenueOrders orders) {
            PaperBooks books = new PaperBooks();
            orders.openLimitOrders().stream().flatMap(order -> order.resting().stream()).forEach(books::rest);
            return books;
        }

        @Bean
        OrderPlacement orderPlacement(ProcessedEvents processedEvents, VenueOrders orders, MarketMarks marks,
                                      Positions positions, Slippage slippage, Settlement settlement, PaperBooks books,
                                      Outbox outbox, TwapExecution twap) {
            return new OrderPlacement(processedEvents, orders, marks, positions, PlacementPolicy.paperVenue(),
                    new PaperPricing(slippage), settlement, books, outbox, twap);
        }

        @Bean
        BotHalts botHalts(ProcessedEvents processedEvents, VenueOrders orders, Positions positions, MarketMarks marks,
                          Slippage slippage, Settlement settlement, PaperBooks books, Outbox outbox,
                          TwapExecution twap) {
            return new BotHalts(processedEvents, orders, positions, marks, slippage, settlement, books, outbox, twap);
        }

        @Bean
        TickMatching tickMatching(ProcessedEvents processedEvents, MarketMarks marks, PaperBooks books, VenueOrders orders,
                                  Settlement settlement, Liquidations liquidations, ProtectiveStops stops,
                                  TwapExecution twap) {
            return new TickMatching(processedEvents, marks, books, orders, settlement, liquidations, stops, twap);
        }

        @Bean
        TicksListener ticksListener(TickMatching matching) {
            return new TicksListener(matching);
        }
    }
}
