package io.quorum.allocation;

import io.quorum.allocation.budgets.BudgetReservations;
import io.quorum.allocation.budgets.BudgetStarts;
import io.quorum.allocation.budgets.ReservationSettings;
import io.quorum.allocation.budgets.SweepSchedule;
import io.quorum.allocation.budgets.UnconfirmedReservationSweep;
import io.quorum.allocation.executions.ExecutionBookkeeping;
import io.quorum.allocation.executions.ExecutionListener;
import io.quorum.allocation.executions.WalletObservations;
import io.quorum.allocation.intents.IntentDecisions;
import io.quorum.allocation.intents.IntentListener;
import io.quorum.allocation.intents.policy.IntentReview;
import io.quorum.allocation.ledger.OrderCommitment;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.BotOwners;
import io.quorum.allocation.ledger.jdbc.Positions;
import io.quorum.allocation.ledger.jdbc.Reservations;
import io.quorum.allocation.lifecycle.BotStops;
import io.quorum.allocation.lifecycle.LifecycleListener;
import io.quorum.allocation.market.BookListener;
import io.quorum.allocation.market.OrderBooks;
import io.quorum.allocation.metrics.AllocationMetrics;
import io.quorum.allocation.platform.Outbox;
import io.quorum.allocation.platform.ProcessedEvents;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the ledger, the policies and the handlers explicitly; the domain classes know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AllocationSettings.class, FeeSettings.class, TwapThreshold.class,
        ReservationSettings.class})
public class AllocationConfiguration {

    @Bean
    Accounts accounts(JdbcClient jdbc, AllocationSettings settings) {
        return new Accounts(jdbc, settings.startingBalance(), settings.reservedPool());
    }

    @Bean
    BotOwners botOwners(JdbcClient jdbc) {
        return new BotOwners(jdbc);
    }

    @Bean
    Reservations reservations(JdbcClient jdbc) {
        return new Reservations(jdbc);
    }

    @Bean
    Positions positions(JdbcClient jdbc) {
        return new Positions(jdbc);
    }

    @Bean
    IntentReview intentReview(FeeSettings fees, AllocationSettings settings, TwapThreshold twap) {
        return IntentReview.standard(new OrderCommitment(fees.schedule()), settings.maxSingleOrder(),
                settings.maxSlippage(), settings.bookStaleAfter(), twap.money());
    }

    @Bean
    OrderBooks orderBooks(JdbcClient jdbc) {
        return new OrderBooks(jdbc);
    }

    @Bean
    BookListener bookListener(OrderBooks books) {
        return new BookListener(books);
    }

    @Bean
    WalletObservations walletObservations(Accounts accounts) {
        return new WalletObservations(accounts);
    }

    @Bean
    BudgetStarts budgetStarts(JdbcClient jdbc) {
        return new BudgetStarts(jdbc);
    }

    @Bean
    BudgetReservations budgetReservations(Accounts accounts, BotOwners owners, Positions positions, BudgetStarts starts) {
        return new BudgetReservations(accounts, owners, positions, starts, Clock.systemUTC());
    }

    @Bean
    UnconfirmedReservationSweep unconfirmedReservationSweep(BudgetStarts starts, Accounts accounts, Outbox outbox,
                                                            PlatformTransactionManager transactionManager,
                                                            ReservationSettings settings) {
        return new UnconfirmedReservationSweep(starts, accounts, outbox, new TransactionTemplate(transactionManager),
                Clock.systemUTC(), settings.unconfirmedGrace());
    }

    @Bean
    SweepSchedule sweepSchedule(UnconfirmedReservationSweep sweep, ReservationSettings settings) {
        return new SweepSchedule(sweep, settings.sweepInterval());
    }

    @Bean
    IntentDecisions intentDecisions(ProcessedEvents processedEvents, Accounts accounts, Reservations reservations,
                                    Positions positions, OrderBooks books, IntentReview review, Outbox outbox,
                                    AllocationMetrics metrics) {
        return new IntentDecisions(processedEvents, accounts, reservations, positions, books, review, outbox, metrics);
    }

    @Bean
    ExecutionBookkeeping executionBookkeeping(ProcessedEvents processedEvents, Accounts accounts,
                                              Reservations reservations, Positions positions) {
        return new ExecutionBookkeeping(processedEvents, accounts, reservations, positions);
    }

    @Bean
    BotStops botStops(ProcessedEvents processedEvents, Accounts accounts, Reservations reservations, Outbox outbox) {
        return new BotStops(processedEvents, accounts, reservations, outbox);
    }

    @Bean
    IntentListener intentListener(IntentDecisions decisions) {
        return new IntentListener(decisions);
    }

    @Bean
    ExecutionListener executionListener(ExecutionBookkeeping bookkeeping, BotStops stops, WalletObservations wallets) {
        return new ExecutionListener(bookkeeping, stops, wallets);
    }

    @Bean
    LifecycleListener lifecycleListener(BotStops stops, BudgetStarts starts, BotOwners owners) {
        return new LifecycleListener(stops, starts, owners);
    }
}
