package io.quorum.marketdata.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.live.model.Backoff;
import io.quorum.marketdata.live.model.Trade;
import io.quorum.marketdata.replay.TickPublisher;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Bybit's public stream for all followed symbols over two connections: {@code kline.1} and {@code tickers}
 * through our own client (the JDK's WebSocket; the stream library has neither topic), {@code publicTrade} and
 * {@code orderbook} through xchange-stream-bybit ({@link TradesAndBooksStream}). One subscription per symbol and
 * topic however many bots trade it. Everything runs on one thread — messages of both connections, pings,
 * backfills, reconnects — so candles are recorded in order and a backfill finishes before the messages that
 * queued behind it ({@link LiveMarketUpdates} says what the messages become).
 * On every (re)connect of either connection: subscribe, ping every interval, and backfill from REST what was
 * missed. A lost connection is retried with exponential backoff and jitter; a silent one (nothing heard
 * for three ping intervals) is cut and retried. The same policy holds for both connections, each on its own.
 */
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final String CONNECTION_TAG = "klines-tickers";

    private final LiveFeedSettings settings;
    private final HttpClient http;
    private final LiveCandles candles;
    private final LiveMarketUpdates updates;
    private final MeterRegistry meters;
    private final Backoff backoff;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("market-live").daemon().factory());
    private final TradesAndBooksStream tradesAndBooks;
    private final OrderBookPublisher books;
    private final Set<Symbol> followed = new LinkedHashSet<>();
    private volatile boolean running;
    private int generation;
    private int failedAttempts;
    private long requests;
    private WebSocket socket;
    /**
     * The last message handed to the socket: the JDK's WebSocket takes one send at a time and fails a
     * second one issued while the first is pending, so every send waits for the one before it.
     */
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> pinger;
    private Instant lastHeard = Instant.now();

    public LiveFeed(LiveFeedSettings settings, HttpClient http, LiveCandles candles, TickPublisher ticks,
                    LiveQuotes quotes, OrderBookPublisher books, MeterRegistry meters) {
        this.settings = settings;
        this.http = http;
        this.candles = candles;
        this.books = books;
        this.updates = new LiveMarketUpdates(candles, ticks, quotes, books, meters,
                (task, delay) -> thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
        this.meters = meters;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.tradesAndBooks = new TradesAndBooksStream(settings, thread, new TradesAndBooksStream.Listener() {
            @Override
            public void connected() {
                updates.restart();
                followed.forEach(LiveFeed.this::backfill);
            }

            @Override
            public void traded(Trade trade) {
                updates.traded(trade);
            }

            @Override
            public void book(TradesAndBooksStream.BookView book) {
                updates.book(book);
            }
        }, meters);
    }

    /** Follows a symbol from now on (a bot started on it); nothing changes if it is followed already. */
    public void follow(Symbol symbol) {
        thread.execute(() -> {
            if (followed.add(symbol)) {
                tradesAndBooks.follow(symbol);
                if (socket != null) {
                    subscribe(symbol);
                    backfill(symbol);
                }
            }
        });
    }

    private void connect() {
        if (!running) {
            return;
        }
        int attempt = ++generation;
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(settings.streamUrl(), new BybitStreamListener(
                        text -> thread.execute(() -> received(attempt, text)),
                        why -> thread.execute(() -> lost(attempt, why))))
                .whenComplete((opened, failure) -> thread.execute(() -> {
                    if (failure == null) {
                        opened(attempt, opened);
                    } else {
                        lost(attempt, "could not connect: " + failure.getMessage());
                    }
                }));
    }

    private void opened(int attempt, WebSocket opened) {
        if (attempt != generation || !running) {
            opened.abort();
            return;
        }
        socket = opened;
        sending = CompletableFuture.completedFuture(null);
        lastHeard = Instant.now();
        log.info("connected to {}; klines and tickers of {}", settings.streamUrl(), followed);
        followed.forEach(this::subscribe);
        long every = settings.pingInterval().toMillis();
        pinger = thread.scheduleAtFixedRate(this::ping, every, every, TimeUnit.MILLISECONDS);
        followed.forEach(this::backfill);
    }

    private void lost(int attempt, String why) {
        if (attempt != generation || !running) {
            return;
        }
        generation++;
        if (pinger != null) {
            pinger.cancel(false);
        }
        if (socket != null) {
            socket.abort();
            socket = null;
        }
        Duration delay = backoff.delay(failedAttempts++, ThreadLocalRandom.current()::nextDouble);
        meters.counter("quorum.market.stream.reconnects", "connection", CONNECTION_TAG).increment();
        log.warn("Bybit public stream (klines, tickers) lost ({}); reconnecting in {} ms (attempt {})", why, delay.toMillis(), failedAttempts);
        thread.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void subscribe(Symbol symbol) {
        send(BybitPublicMessages.subscribe(nextRequestId(), settings.clientTopicsOf(symbol)));
    }

    /** Queues a message behind the ones before it; one that cannot be sent loses the connection. */
    private void send(String text) {
        WebSocket target = socket;
        int attempt = generation;
        sending = sending.handle((sent, failed) -> null)
                .thenCompose(previous -> target.sendText(text, true))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        thread.execute(() -> lost(attempt, "could not send: " + failure.getMessage()));
                    }
                });
    }

    private void ping() {
        if (socket == null) {
            return;
        }
        if (lastHeard.plus(settings.pingInterval().multipliedBy(3)).isBefore(Instant.now())) {
            lost(generation, "nothing heard for three ping intervals");
            return;
        }
        send(BybitPublicMessages.ping(nextRequestId()));
    }

    /** A backfill that fails (REST down) is retried by the next kline after the gap, or the next reconnect. */
    private void backfill(Symbol symbol) {
        try {
            candles.backfill(symbol, null);
        } catch (RuntimeException e) {
            log.error("kline backfill of {} failed; the next closed kline or reconnect retries it", symbol, e);
        }
    }

    private void received(int attempt, String text) {
        if (attempt != generation) {
            return;
        }
        lastHeard = Instant.now();
        try {
            PublicMessage message = BybitPublicMessages.read(text);
            if (message instanceof PublicMessage.Ack ack) {
                acknowledged(ack);
            } else {
                updates.apply(message);
            }
        } catch (RuntimeException e) {
            log.error("could not handle a Bybit public message: {}", text, e);
        }
    }

    /** A subscription accepted means the connection works: the next loss starts the backoff afresh. */
    private void acknowledged(PublicMessage.Ack ack) {
        if (!ack.success()) {
            log.warn("Bybit refused our {}: {}", ack.op(), ack.retMsg());
        } else if ("subscribe".equals(ack.op())) {
            failedAttempts = 0;
        }
    }

    private String nextRequestId() {
        return "quorum-" + (++requests);
    }

    @Override
    public void start() {
        running = true;
        thread.execute(() -> {
            followed.addAll(settings.symbols());
            settings.symbols().forEach(tradesAndBooks::follow);
            connect();
            tradesAndBooks.start();
            long every = settings.bookPublishInterval().toMillis();
            thread.scheduleAtFixedRate(books::flush, every, every, TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void stop() {
        running = false;
        thread.execute(() -> {
            if (socket != null) {
                socket.abort();
            }
            tradesAndBooks.stop();
        });
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
