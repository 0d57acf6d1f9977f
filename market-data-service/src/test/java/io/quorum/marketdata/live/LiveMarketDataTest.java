package io.quorum.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.MarketDataApplication;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.CandleRecorder;
import io.quorum.marketdata.replay.ConsumerLagBarrier;
import io.quorum.marketdata.replay.ReplayCursors;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeBybitKline;
import io.quorum.testkit.FakeBybitMarket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live feed against the local fake Bybit, through the production clients — xchange-stream-bybit for trades
 * and the book, our WebSocket client for klines and tickers, REST for the backfill: each scenario on its own
 * symbol (none of the replay's), on the two shared upstream connections.
 */
@SpringBootTest(classes = MarketDataApplication.class, properties = {
        "spring.config.name=" + MarketDataApplication.CONFIG_NAME,
        "quorum.replay.enabled=false",
        "quorum.market.source=bybit",
        "quorum.market.bybit.symbols=SOLUSDT,XRPUSDT,DOGEUSDT,BNBUSDT,LTCUSDT,AVAXUSDT",
        "quorum.market.bybit.book-publish-interval=PT5S",
        "quorum.market.bybit.ping-interval=PT1S",
        "quorum.market.bybit.initial-backoff=PT0.2S",
        "quorum.market.bybit.max-backoff=PT2S"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMarketDataTest {

    private static final FakeBybitMarket BYBIT = FakeBybitMarket.start();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A minute well closed by the exchange's clock, so REST serves it as closed. */
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "marketdata");
        registry.add("quorum.market.bybit.stream-url", BYBIT::streamUrl);
        registry.add("quorum.market.bybit.rest-url", BYBIT::restUrl);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaAdmin kafkaAdmin;
    @Autowired
    LiveQuotes quotes;
    @Autowired
    CandleRecorder recorder;
    @Autowired
    ReplayCursors cursors;
    @Autowired
    BybitKlines klines;

    private EventProbe probe;

    @BeforeAll
    void probe() {
        probe = EventProbe.on(Topics.TICKS_NAME, Topics.CANDLES_NAME, Topics.BOOKS_NAME);
    }

    @AfterAll
    void close() throws InterruptedException {
        probe.close();
        BYBIT.close();
    }

    private static Instant minute(int n) {
        return BASE.plus(Duration.ofMinutes(n));
    }

    private static void awaitFollowed(String symbol) {
        await().atMost(WAIT).until(() -> BYBIT.isSubscribed("publicTrade." + symbol) && BYBIT.isSubscribed("kline.1." + symbol)
                && BYBIT.isSubscribed("orderbook.50." + symbol) && BYBIT.isSubscribed("tickers." + symbol));
    }

    /** The first minute after a connect is partial (built from some of its trades), so each scenario warms up on one. */
    private static void warmUp(String symbol) {
        BYBIT.pushTrade(symbol, "1", "1", minute(0).plusSeconds(30));
        BYBIT.pushKline(symbol, FakeBybitKline.of(minute(0), "1", "1", "1", "1", "1"), true);
    }

    private List<CandleClosed> candles(String symbol) {
        return probe.events(CandleClosed.class).stream()
                .filter(c -> c.symbol().toString().equals(symbol) && c.interval() == Interval.M1).toList();
    }

    private List<String> storedMinutes(String symbol) {
        return jdbc.sql("select open_time from candles where symbol = ? and candle_interval = '1m' order by open_time")
                .param(symbol).query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant().toString()).list();
    }

    private double mismatches(String symbol) {
        var counter = meters.find("quorum.market.kline.mismatches").tag("symbol", symbol).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Klines compared with a whole trade-built minute (the check waits for the minute's last trades). */
    private double checks(String symbol) {
        var counter = meters.find("quorum.market.kline.checks").tag("symbol", symbol).counter();
        return counter == null ? 0 : counter.count();
    }

    private double reconnects(String connection) {
        var counter = meters.find("quorum.market.stream.reconnects").tag("connection", connection).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<Envelope<?>> books(String symbol) {
        return probe.envelopes().stream()
                .filter(e -> e.payload() instanceof OrderBookObserved b && b.symbol().toString().equals(symbol)).toList();
    }

    @Test
    void tradesBecomeTicksAtExchangeTimeAndTheMinuteClosesAsTheExchangesKline() {
        awaitFollowed("SOLUSDT");
        warmUp("SOLUSDT");
        BYBIT.pushTrade("SOLUSDT", "100.5", "1", minute(1).plusSeconds(1));
        BYBIT.pushTrade("SOLUSDT", "101.25", "0.5", minute(1).plusSeconds(20));
        BYBIT.pushTrade("SOLUSDT", "99.75", "2", minute(1).plusSeconds(40));
        BYBIT.pushTrade("SOLUSDT", "100", "0.25", minute(1).plusMillis(59_999));
        FakeBybitKline kline = FakeBybitKline.of(minute(1), "100.5", "101.25", "99.75", "100", "3.75");
        BYBIT.pushKline("SOLUSDT", kline, true);

        await().atMost(WAIT).until(() -> candles("SOLUSDT").size() >= 2);
        CandleClosed closed = candles("SOLUSDT").getLast();
        assertThat(closed.openTime()).isEqualTo(minute(1));
        assertThat(List.of(closed.open(), closed.high(), closed.low(), closed.close()))
                .containsExactly(Price.of("100.5"), Price.of("101.25"), Price.of("99.75"), Price.of("100"));
        assertThat(closed.volume().value()).isEqualByComparingTo("3.75");
        await().atMost(WAIT).until(() -> checks("SOLUSDT") == 1.0);
        assertThat(mismatches("SOLUSDT")).isZero();

        await().atMost(WAIT).until(() -> probe.envelopes().stream()
                .filter(e -> e.payload() instanceof TickObserved t && t.symbol().toString().equals("SOLUSDT")).count() == 5);
        List<Envelope<?>> ticks = probe.envelopes().stream()
                .filter(e -> e.payload() instanceof TickObserved t && t.symbol().toString().equals("SOLUSDT")).toList();
        assertThat(ticks.getLast().occurredAt()).isEqualTo(minute(1).plusMillis(59_999));
        assertThat(((TickObserved) ticks.get(2).payload()).price()).isEqualTo(Price.of("101.25"));
    }

    @Test
    void aKlineThatDisagreesWithTheTradesWinsAndTheMismatchIsCounted() {
        awaitFollowed("XRPUSDT");
        warmUp("XRPUSDT");
        BYBIT.pushTrade("XRPUSDT", "0.50", "10", minute(1).plusSeconds(5));
        BYBIT.pushTrade("XRPUSDT", "0.52", "10", minute(1).plusSeconds(50));
        // a trade we never saw took the high to 0.53
        BYBIT.pushKline("XRPUSDT", FakeBybitKline.of(minute(1), "0.50", "0.53", "0.50", "0.52", "25"), true);

        await().atMost(WAIT).until(() -> candles("XRPUSDT").size() >= 2);
        CandleClosed closed = candles("XRPUSDT").getLast();
        assertThat(closed.high()).isEqualTo(Price.of("0.53"));
        assertThat(closed.volume().value()).isEqualByComparingTo("25");
        await().atMost(WAIT).until(() -> checks("XRPUSDT") == 1.0);
        assertThat(mismatches("XRPUSDT")).isEqualTo(1.0);
        assertThat(jdbc.sql("select high from candles where symbol = 'XRPUSDT' and candle_interval = '1m' and open_time = ?")
                .param(minute(1).atOffset(ZoneOffset.UTC)).query(BigDecimal.class).single()).isEqualByComparingTo("0.53");
    }

    @Test
    void aDroppedStreamReconnectsWithBackoffAndTheBackfillFillsTheGapWithNoMinuteMissingOrDoubled() {
        awaitFollowed("DOGEUSDT");
        warmUp("DOGEUSDT");
        await().atMost(WAIT).until(() -> storedMinutes("DOGEUSDT").size() == 1);
        BYBIT.pushTrade("DOGEUSDT", "0.2", "100", minute(1).plusSeconds(10));
        // while we are away the exchange closes minutes 1 and 2; its REST klines have them
        BYBIT.loadKlines("DOGEUSDT", List.of(
                FakeBybitKline.of(minute(0), "1", "1", "1", "1", "1"),
                FakeBybitKline.of(minute(1), "0.2", "0.21", "0.19", "0.2", "300"),
                FakeBybitKline.of(minute(2), "0.2", "0.22", "0.2", "0.22", "150")));
        int opened = BYBIT.connectionsOpened();
        BYBIT.refuseNextConnections(3);
        BYBIT.dropConnections();

        // both connections were cut; the three refused handshakes fall to either of them
        await().atMost(WAIT).until(() -> BYBIT.connectionsOpened() >= opened + 2);
        assertThat(BYBIT.connectionsRefused()).isEqualTo(3);
        awaitFollowed("DOGEUSDT");
        await().atMost(WAIT).until(() -> storedMinutes("DOGEUSDT").size() == 3);
        // the exchange re-sends minute 2's kline and closes minute 3
        BYBIT.pushKline("DOGEUSDT", FakeBybitKline.of(minute(2), "0.2", "0.22", "0.2", "0.22", "150"), true);
        BYBIT.pushKline("DOGEUSDT", FakeBybitKline.of(minute(3), "0.22", "0.23", "0.22", "0.23", "80"), true);

        await().atMost(WAIT).until(() -> candles("DOGEUSDT").size() >= 4);
        assertThat(storedMinutes("DOGEUSDT")).containsExactly(
                minute(0).toString(), minute(1).toString(), minute(2).toString(), minute(3).toString());
        assertThat(candles("DOGEUSDT")).extracting(CandleClosed::openTime)
                .containsExactly(minute(0), minute(1), minute(2), minute(3));
        assertThat(BYBIT.klineRequests()).anySatisfy(request -> {
            assertThat(request).containsEntry("symbol", "DOGEUSDT");
            assertThat(request).containsEntry("start", String.valueOf(minute(1).toEpochMilli()));
        });
        assertThat(reconnects(LiveFeed.CONNECTION_TAG)).isGreaterThanOrEqualTo(1.0);
        assertThat(reconnects(TradesAndBooksStream.CONNECTION_TAG)).isGreaterThanOrEqualTo(1.0);
        assertThat(reconnects(LiveFeed.CONNECTION_TAG) + reconnects(TradesAndBooksStream.CONNECTION_TAG))
                .as("two drops and three refused handshakes").isGreaterThanOrEqualTo(5.0);
    }

    @Test
    void keepsTheOrderBookFromItsSnapshotAndDeltasAndTheLatestTickerFields() {
        awaitFollowed("SOLUSDT");
        Symbol sol = Symbol.of("SOLUSDT");
        BYBIT.setOrderBook("SOLUSDT", 50, List.<String[]>of(new String[] {"100.1", "5"}, new String[] {"100.0", "7"}),
                List.<String[]>of(new String[] {"100.2", "3"}), minute(5));
        BYBIT.pushOrderBookDelta("SOLUSDT", 50, List.<String[]>of(new String[] {"100.1", "0"}),
                List.<String[]>of(new String[] {"100.15", "1.5"}), minute(5).plusMillis(20));
        BYBIT.pushTicker("SOLUSDT", Map.of("lastPrice", "100.12", "highPrice24h", "104", "lowPrice24h", "95.5"), minute(5));

        await().atMost(WAIT).until(() -> quotes.ticker(sol, "lowPrice24h").isPresent()
                && quotes.bestAsk(sol).map(level -> level.price().compareTo(new BigDecimal("100.15")) == 0).orElse(false));
        assertThat(quotes.bestBid(sol).orElseThrow().price()).isEqualByComparingTo("100.0");
        assertThat(quotes.ticker(sol, "highPrice24h")).contains(new BigDecimal("104"));
    }

    @Test
    void publishesTheBookBuiltFromSnapshotAndDeltasAtMostOncePerIntervalOfVenueTimeAndTheLastOneHeldBackLater() {
        awaitFollowed("BNBUSDT");
        Symbol bnb = Symbol.of("BNBUSDT");
        Instant t = minute(10);
        BYBIT.setOrderBook("BNBUSDT", 50, List.<String[]>of(new String[] {"600.10", "2"}, new String[] {"600.0", "3"}),
                List.<String[]>of(new String[] {"600.3", "1"}, new String[] {"600.4", "5.5"}), t);
        BYBIT.pushOrderBookDelta("BNBUSDT", 50, List.<String[]>of(new String[] {"600.2", "1.5"}), List.of(), t.plusSeconds(1));
        BYBIT.pushOrderBookDelta("BNBUSDT", 50, List.of(), List.<String[]>of(new String[] {"600.3", "0"}), t.plusSeconds(3));
        BYBIT.pushOrderBookDelta("BNBUSDT", 50, List.<String[]>of(new String[] {"600.0", "4"}), List.of(), t.plusSeconds(5));

        await().atMost(WAIT).until(() -> books("BNBUSDT").stream().anyMatch(e -> e.occurredAt().equals(t.plusSeconds(5))));
        assertThat(books("BNBUSDT")).extracting(Envelope::occurredAt)
                .as("the snapshot, then nothing until 5 s of venue time later").containsExactly(t, t.plusSeconds(5));
        OrderBookObserved first = (OrderBookObserved) books("BNBUSDT").getFirst().payload();
        // exact decimals, in the contract's normal form (600.10 is 600.1)
        assertThat(first.bids()).extracting(level -> level.price().value().toPlainString()).containsExactly("600.1", "600");
        OrderBookObserved fifth = (OrderBookObserved) books("BNBUSDT").getLast().payload();
        assertThat(fifth.depth()).isEqualTo(50);
        assertThat(fifth.bids()).extracting(level -> level.price().value().toPlainString() + "x" + level.quantity().value().toPlainString())
                .containsExactly("600.2x1.5", "600.1x2", "600x4");
        assertThat(fifth.asks()).extracting(level -> level.price().value().toPlainString() + "x" + level.quantity().value().toPlainString())
                .containsExactly("600.4x5.5");
        assertThat(books("BNBUSDT").getLast().key()).isEqualTo("BNBUSDT");
        assertThat(quotes.bestBid(bnb).orElseThrow().price()).isEqualByComparingTo("600.2");
        assertThat(quotes.bestAsk(bnb).orElseThrow().price()).isEqualByComparingTo("600.4");

        // a change within the interval, then quiet: published once the interval has passed, at its own venue time
        BYBIT.pushOrderBookDelta("BNBUSDT", 50, List.of(), List.<String[]>of(new String[] {"600.5", "2"}), t.plusSeconds(6));
        await().atMost(WAIT).until(() -> books("BNBUSDT").size() == 3);
        assertThat(books("BNBUSDT").getLast().occurredAt()).isEqualTo(t.plusSeconds(6));
        assertThat(((OrderBookObserved) books("BNBUSDT").getLast().payload()).asks())
                .extracting(level -> level.price().value().toPlainString()).containsExactly("600.4", "600.5");
    }

    @Test
    void aDroppedTradesAndBookConnectionAloneReconnectsResubscribesAndBackfillsTheKlinesItMayHaveMissed() {
        awaitFollowed("LTCUSDT");
        warmUp("LTCUSDT");
        await().atMost(WAIT).until(() -> storedMinutes("LTCUSDT").size() == 1);
        // the exchange closed minute 1 and the kline stream never said so; only REST has it
        BYBIT.loadKlines("LTCUSDT", List.of(FakeBybitKline.of(minute(0), "1", "1", "1", "1", "1"),
                FakeBybitKline.of(minute(1), "80", "81", "79", "80.5", "12")));
        double before = reconnects(TradesAndBooksStream.CONNECTION_TAG);
        double reconnectsOfKlinesBefore = reconnects(LiveFeed.CONNECTION_TAG);
        long backfillsBefore = BYBIT.klineRequests().stream().filter(r -> "LTCUSDT".equals(r.get("symbol"))).count();

        assertThat(BYBIT.dropConnectionsSubscribedTo("publicTrade.LTCUSDT")).isEqualTo(1);

        await().atMost(WAIT).until(() -> reconnects(TradesAndBooksStream.CONNECTION_TAG) > before);
        awaitFollowed("LTCUSDT");
        await().atMost(WAIT).until(() -> storedMinutes("LTCUSDT").size() == 2);
        assertThat(storedMinutes("LTCUSDT")).containsExactly(minute(0).toString(), minute(1).toString());
        assertThat(BYBIT.klineRequests().stream().filter(r -> "LTCUSDT".equals(r.get("symbol"))).count()).isGreaterThan(backfillsBefore);
        assertThat(reconnects(LiveFeed.CONNECTION_TAG)).as("the kline connection was not touched by this drop")
                .isEqualTo(reconnectsOfKlinesBefore);

        // trades flow again over the new connection
        BYBIT.pushTrade("LTCUSDT", "80.7", "1", minute(2).plusSeconds(3));
        await().atMost(WAIT).until(() -> probe.envelopes().stream().anyMatch(e -> e.payload() instanceof TickObserved tick
                && tick.symbol().toString().equals("LTCUSDT") && e.occurredAt().equals(minute(2).plusSeconds(3))));
    }

    @Test
    void aGapInTheBooksUpdateIdsRebuildsTheConnectionSoTheBookFollowsTheExchangeAgain() {
        awaitFollowed("LTCUSDT");
        Symbol ltc = Symbol.of("LTCUSDT");
        BYBIT.setOrderBook("LTCUSDT", 50, List.<String[]>of(new String[] {"79.9", "10"}), List.<String[]>of(new String[] {"80.1", "10"}),
                minute(20));
        await().atMost(WAIT).until(() -> quotes.bestBid(ltc).map(l -> l.price().compareTo(new BigDecimal("79.9")) == 0).orElse(false));
        double before = reconnects(TradesAndBooksStream.CONNECTION_TAG);

        BYBIT.loseOrderBookUpdates("LTCUSDT", 50, 1);
        BYBIT.pushOrderBookDelta("LTCUSDT", 50, List.<String[]>of(new String[] {"80.0", "3"}), List.of(), minute(20).plusSeconds(2));

        // the library would drop this and every later delta; the connection is rebuilt and the new snapshot has it
        await().atMost(WAIT).until(() -> reconnects(TradesAndBooksStream.CONNECTION_TAG) > before);
        awaitFollowed("LTCUSDT");
        await().atMost(WAIT).until(() -> quotes.bestBid(ltc).map(l -> l.price().compareTo(new BigDecimal("80.0")) == 0).orElse(false));
        assertThat(meters.find("quorum.market.book.gaps").counter().count()).isGreaterThanOrEqualTo(1.0);
        BYBIT.pushOrderBookDelta("LTCUSDT", 50, List.of(), List.<String[]>of(new String[] {"80.05", "1"}), minute(20).plusSeconds(3));
        await().atMost(WAIT).until(() -> quotes.bestAsk(ltc).map(l -> l.price().compareTo(new BigDecimal("80.05")) == 0).orElse(false));
    }

    @Test
    void afterARestartARecordedMinuteIsSkippedAndAKlineAfterAGapIsRecordedOnlyOnceTheGapIsFilled() {
        Symbol link = Symbol.of("LINKUSDT");
        new LiveCandles(recorder, cursors, klines).closed(flat(link, minute(1), "15"));
        BYBIT.loadKlines("LINKUSDT", List.of(FakeBybitKline.of(minute(2), "15", "15.2", "15", "15.1", "40")));

        // a new process: it only knows what the database remembers
        LiveCandles restarted = new LiveCandles(recorder, cursors, klines);
        restarted.closed(flat(link, minute(1), "15"));
        restarted.closed(flat(link, minute(3), "15.1"));

        assertThat(storedMinutes("LINKUSDT")).containsExactly(minute(1).toString(), minute(2).toString(), minute(3).toString());
        await().atMost(WAIT).until(() -> candles("LINKUSDT").size() >= 3);
        assertThat(candles("LINKUSDT")).extracting(CandleClosed::openTime).containsExactly(minute(1), minute(2), minute(3));
    }

    @Test
    void aFirstStartBackfillsTheLastDayFromAFourHourBoundaryInPagesOfAThousand() {
        Instant last = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(2));
        List<FakeBybitKline> day = new ArrayList<>();
        for (Instant open = last.minus(Duration.ofHours(30)); !open.isAfter(last); open = open.plus(Duration.ofMinutes(1))) {
            day.add(FakeBybitKline.of(open, "5", "5.1", "4.9", "5", "2"));
        }
        BYBIT.loadKlines("NEARUSDT", day);

        // the exchange's clock is read during the backfill, somewhere between these two instants
        Instant asked = Instant.now();
        int recorded = new LiveCandles(recorder, cursors, klines).backfill(Symbol.of("NEARUSDT"), null);
        Instant answered = Instant.now();

        List<Instant> stored = storedMinutes("NEARUSDT").stream().map(Instant::parse).toList();
        assertThat(stored).hasSize(recorded);
        assertThat(stored.getLast()).isEqualTo(last);
        assertThat(stored.getFirst()).as("the 4h boundary at or before the exchange's now less 24 h").isIn(
                Interval.H4.openTimeOf(asked.minus(Duration.ofHours(24))),
                Interval.H4.openTimeOf(answered.minus(Duration.ofHours(24))));
        assertThat(Duration.between(stored.getFirst(), last)).isLessThan(Duration.ofHours(28));
        assertThat(Duration.between(stored.getFirst(), last).toMinutes() + 1).as("no minute missing").isEqualTo(stored.size());
        long wholeFourHours = Duration.between(stored.getFirst(), last.plus(Duration.ofMinutes(1))).toHours() / 4;
        assertThat(BYBIT.klineRequests().stream().filter(r -> "NEARUSDT".equals(r.get("symbol"))).count())
                .as("the newest page for the exchange's clock, then two pages of 1000").isEqualTo(3);
        assertThat(wholeFourHours).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from candles where symbol = 'NEARUSDT' and candle_interval = '4h'").query(Long.class).single())
                .isGreaterThanOrEqualTo(wholeFourHours);
    }

    private static Candle flat(Symbol symbol, Instant openTime, String price) {
        return new Candle(symbol, Interval.M1, openTime, Price.of(price), Price.of(price), Price.of(price), Price.of(price),
                Quantity.of("1"));
    }

    @Test
    void pingsTheExchangeEveryConfiguredIntervalOnBothConnections() {
        awaitFollowed("SOLUSDT");
        int before = BYBIT.pings().size();
        await().atMost(WAIT).until(() -> pingsAfter(before, "publicTrade.SOLUSDT") >= 3 && pingsAfter(before, "kline.1.SOLUSDT") >= 3);
    }

    /** Pings since the first {@code skip} on connections subscribed to the topic. */
    private static long pingsAfter(int skip, String topic) {
        return BYBIT.pings().stream().skip(skip).filter(ping -> BYBIT.topicsOf(ping.connId()).contains(topic)).count();
    }

    @Test
    void connectionsThatFallSilentAreCutAfterThreePingIntervalsAndRebuilt() {
        awaitFollowed("AVAXUSDT");
        double trades = reconnects(TradesAndBooksStream.CONNECTION_TAG);
        double klines = reconnects(LiveFeed.CONNECTION_TAG);

        BYBIT.silence(true);
        try {
            await().atMost(WAIT).until(() -> reconnects(TradesAndBooksStream.CONNECTION_TAG) > trades
                    && reconnects(LiveFeed.CONNECTION_TAG) > klines);
        } finally {
            BYBIT.silence(false);
        }
        awaitFollowed("AVAXUSDT");
        BYBIT.pushTrade("AVAXUSDT", "101", "1", minute(9).plusSeconds(1));
        await().atMost(WAIT).until(() -> probe.envelopes().stream().anyMatch(e -> e.payload() instanceof TickObserved tick
                && tick.symbol().toString().equals("AVAXUSDT") && e.occurredAt().equals(minute(9).plusSeconds(1))));
    }

    @Test
    void fiftyBotsOnOneSymbolMakeOneUpstreamSubscription() throws Exception {
        UserId user = UserId.random();
        GridSpec grid = new GridSpec(Price.of("0.4"), Price.of("0.6"), 4, GridSpacing.ARITHMETIC);
        for (int i = 0; i < 50; i++) {
            probe.publish(Envelope.originating(new BotStarted(BotId.random(), user, "grid " + i, BotKind.GRID,
                    Symbol.of("ADAUSDT"), Money.of("1000"), 2, grid), minute(0)));
        }
        try (var lifecycleRead = new ConsumerLagBarrier(Admin.create(kafkaAdmin.getConfigurationProperties()),
                Map.of("market-data", List.of(Topics.BOT_LIFECYCLE_NAME)), Duration.ofMillis(50))) {
            lifecycleRead.awaitSettled();
        }
        awaitFollowed("ADAUSDT");
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> List.of("publicTrade.ADAUSDT", "orderbook.50.ADAUSDT",
                "kline.1.ADAUSDT", "tickers.ADAUSDT").stream()
                .allMatch(topic -> BYBIT.subscribeRequests().stream().filter(topic::equals).count() == 1));
    }
}
