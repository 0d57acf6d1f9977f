package io.quorum.execution;

import io.quorum.execution.keys.UserApiKeys;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.twap.LiveTwapRecords;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.execution.twap.TwapSettings;
import io.quorum.execution.venue.BybitAccounts;
import io.quorum.execution.venue.ConfiguredCredentials;
import io.quorum.execution.venue.FillCursors;
import io.quorum.execution.venue.FillPolling;
import io.quorum.execution.venue.HaltRecords;
import io.quorum.execution.venue.LiveFills;
import io.quorum.execution.venue.LiveHalts;
import io.quorum.execution.venue.HeldApprovals;
import io.quorum.execution.venue.LivePlacement;
import io.quorum.execution.venue.LiveProtection;
import io.quorum.execution.venue.LiveTwap;
import io.quorum.execution.venue.LiveVenueSettings;
import io.quorum.execution.venue.ProtectionRecords;
import io.quorum.execution.venue.Reconciler;
import io.quorum.execution.venue.Reconciliation;
import io.quorum.execution.venue.MarketSliceEnds;
import io.quorum.execution.venue.ReconciliationRecords;
import io.quorum.execution.venue.Sending;
import io.quorum.execution.venue.PendingHalts;
import io.quorum.execution.venue.StoredCredentials;
import io.quorum.execution.venue.Submissions;
import io.quorum.execution.venue.VenueCredentials;
import io.quorum.execution.venue.VenueInstruments;
import io.quorum.execution.venue.WalletPolling;
import io.quorum.execution.venue.bybit.BybitCredentials;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.execution.venue.bybit.OrderRateLimits;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code quorum.execution.venue=bybit}: approved orders are placed on Bybit (demo, testnet or mainnet, or the
 * configured base URL), fills are read from its execution list, a stopping bot's orders are cancelled there. The paper
 * venue's books and tick matching stay off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = VenueConfiguration.VENUE, havingValue = "bybit")
@EnableConfigurationProperties({BybitSettings.class, LiveVenueSettings.class, TwapSettings.class})
public class LiveVenueConfiguration {

    /** The live venue's operational clock: what the TWAP scheduler times its slices by (tests put a clock of their own). */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock operationalClock() {
        return Clock.systemUTC();
    }

    /**
     * Each user trades on their own stored key for the configured environment — unless {@code quorum.bybit.api-key}
     * and {@code api-secret} are set, which put every user on that one account (a single-account demo set-up).
     */
    @Bean
    VenueCredentials venueCredentials(LiveVenueSettings settings, BybitSettings bybit, UserApiKeys keys) {
        if ((settings.apiKey() == null) != (settings.apiSecret() == null)) {
            throw new IllegalStateException("quorum.bybit.api-key and quorum.bybit.api-secret go together: set both (one account "
                    + "for every user) or neither (each user's stored key)");
        }
        return settings.apiKey() != null
                ? new ConfiguredCredentials(new BybitCredentials(settings.apiKey(), settings.apiSecret()))
                : new StoredCredentials(keys, StoredCredentials.venueOf(bybit.environment()));
    }

    @Bean
    BybitAccounts bybitAccounts(VenueCredentials credentials, BybitSettings settings) {
        return new BybitAccounts(credentials, settings,
                new OrderRateLimits(settings.orderCreatesPerSecond(), Duration.ofSeconds(5)), Clock.systemUTC());
    }

    /**
     * Instrument rules are public: read through the configured account's client, or without an account's key — the
     * instruments request is not signed, so the placeholder is never sent.
     */
    @Bean
    VenueInstruments venueInstruments(LiveVenueSettings live, BybitSettings settings) {
        BybitCredentials reader = live.apiKey() != null
                ? new BybitCredentials(live.apiKey(), live.apiSecret())
                : new BybitCredentials("public", "public");
        BybitLinearClient client = new BybitLinearClient(settings, reader, Clock.systemUTC());
        return new VenueInstruments(client::instruments, Clock.systemUTC());
    }

    @Bean
    Submissions submissions(ProcessedEvents processedEvents, VenueOrders orders, Positions positions,
                            VenueInstruments instruments, Outbox outbox, LiveTwapRecords twap) {
        return new Submissions(processedEvents, orders, positions, instruments, outbox, twap);
    }

    @Bean
    TwapRuns twapRuns(JdbcClient jdbc) {
        return new TwapRuns(jdbc);
    }

    /** TWAP on Bybit: the same threshold and shape as on paper ({@code quorum.execution.twap.*}), timed by the clock. */
    @Bean
    LiveTwapRecords liveTwapRecords(TwapRuns runs, VenueOrders orders, Positions positions, Outbox outbox,
                                    TwapSettings settings, VenueInstruments instruments, PendingHalts pending, Clock clock) {
        return new LiveTwapRecords(runs, orders, positions, outbox, settings, instruments, pending::pendingFor, clock);
    }

    @Bean
    LiveTwap liveTwap(LiveTwapRecords records, TwapRuns runs, VenueOrders orders, LivePlacement placement, Sending sending,
                      BybitAccounts accounts, Reconciler reconciler, LiveFills fills, ReconciliationRecords reconciliationRecords,
                      PendingHalts pending, TwapSettings settings, Clock clock) {
        return new LiveTwap(records, runs, orders, placement, sending, accounts, reconciler,
                new MarketSliceEnds(runs, orders, accounts, fills, reconciliationRecords), pending::pendingFor,
                settings.livePoll(), clock);
    }

    @Bean
    LivePlacement livePlacement(Submissions submissions, BybitAccounts accounts, Reconciler reconciler, Sending sending) {
        LivePlacement placement = new LivePlacement(submissions, accounts, reconciler, sending);
        reconciler.placeHeldThrough(placement::placeNow, placement::refuseForKey);
        return placement;
    }

    @Bean
    Sending sending() {
        return new Sending(Clock.systemUTC());
    }

    @Bean
    FillCursors fillCursors(JdbcClient jdbc) {
        return new FillCursors(jdbc);
    }

    @Bean
    HeldApprovals heldApprovals(JdbcClient jdbc) {
        return new HeldApprovals(jdbc);
    }

    @Bean
    ReconciliationRecords reconciliationRecords(VenueOrders orders, Outbox outbox, JdbcClient jdbc) {
        return new ReconciliationRecords(orders, outbox, jdbc);
    }

    /** Bybit's "no such order" is believed once any request for it is past the recv window, plus the HTTP timeout. */
    @Bean
    Reconciliation reconciliation(VenueOrders orders, LiveFills fills, FillCursors cursors, ReconciliationRecords records,
                                  Sending sending, BybitSettings settings) {
        return new Reconciliation(orders, fills, cursors, records, sending, settings.recvWindow().plus(settings.timeout()),
                Clock.systemUTC());
    }

    @Bean
    Reconciler reconciler(BybitAccounts accounts, VenueOrders orders, Reconciliation reconciliation,
                          ReconciliationRecords records, HeldApprovals held, LiveVenueSettings settings) {
        return new Reconciler(accounts, orders, reconciliation, records, held, settings.reconcileInterval(),
                settings.reconcileRetry(), Clock.systemUTC());
    }

    @Bean
    LiveFills liveFills(VenueOrders orders, Settlement settlement, Positions positions, Outbox outbox, JdbcClient jdbc,
                        TwapRuns twapRuns) {
        return new LiveFills(orders, settlement, positions, outbox, jdbc, twapRuns);
    }

    @Bean
    FillPolling fillPolling(VenueOrders orders, BybitAccounts accounts, LiveFills fills, FillCursors cursors,
                            LiveVenueSettings settings) {
        return new FillPolling(orders, accounts, fills, cursors, settings.fillPoll(), Clock.systemUTC());
    }

    /** Publishes each account's wallet to the allocation, which takes users' equity from it. */
    @Bean
    WalletPolling walletPolling(BybitAccounts accounts, JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox,
                                LiveVenueSettings live, BybitSettings settings) {
        return new WalletPolling(accounts, jdbc, transactions, outbox, "bybit-" + settings.environment(),
                StoredCredentials.venueOf(settings.environment()).name(), live.walletPoll(), Clock.systemUTC());
    }

    @Bean
    ProtectionRecords protectionRecords(ProcessedEvents processedEvents, Positions positions, Outbox outbox) {
        return new ProtectionRecords(processedEvents, positions, outbox);
    }

    @Bean
    LiveProtection liveProtection(ProtectionRecords records, BybitAccounts accounts) {
        return new LiveProtection(records, accounts);
    }

    @Bean
    PendingHalts pendingHalts(JdbcClient jdbc, ProcessedEvents processedEvents) {
        return new PendingHalts(jdbc, processedEvents);
    }

    @Bean
    HaltRecords haltRecords(ProcessedEvents processedEvents, VenueOrders orders, Positions positions, PendingHalts pending,
                            Outbox outbox) {
        return new HaltRecords(processedEvents, orders, positions, pending, outbox);
    }

    @Bean
    LiveHalts liveHalts(BybitAccounts accounts, FillPolling polling, HaltRecords records, PendingHalts pending,
                        LivePlacement placement, LiveTwap twap, LiveVenueSettings settings) {
        return new LiveHalts(accounts, polling, records, pending, placement, twap, settings, Clock.systemUTC());
    }
}
