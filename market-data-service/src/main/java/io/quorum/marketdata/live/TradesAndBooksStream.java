package io.quorum.marketdata.live;

import info.bitrich.xchangestream.bybit.BybitStreamingExchange;
import info.bitrich.xchangestream.bybit.BybitStreamingMarketDataService;
import info.bitrich.xchangestream.bybit.BybitStreamingService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.live.model.Backoff;
import io.quorum.marketdata.live.model.OrderBook;
import io.quorum.marketdata.live.model.Trade;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.bybit.BybitAdapters;
import org.knowm.xchange.bybit.dto.BybitCategory;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.derivative.FuturesContract;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.knowm.xchange.instrument.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bybit's {@code publicTrade} and {@code orderbook.<depth>} topics through xchange-stream-bybit 5.2.0, on a
 * connection of their own to the configured public stream (the library's {@link BybitStreamingService}, built
 * directly, as its exchange class only knows Bybit's own hosts). One subscription per symbol and topic,
 * whatever the number of bots. What the library hands over — on its Netty thread — is copied there (a trade
 * is immutable; the library's book is mutated in place, so its top levels are copied) and passed to the
 * {@code market-live} thread, in arrival order, as is everything else here.
 * <p>
 * Three things are ours, not the library's: the library's own reconnect (a fixed 15 s delay, re-subscribing
 * on its Netty thread) is switched off, and a lost or refused connection is retried with the feed's
 * exponential backoff and jitter, each attempt on a fresh service; its fixed ping (first after 15 s, then every
 * 20 s) is switched off and the {@code ping} op is sent every {@code ping-interval} from the market-live
 * thread; a connection silent for three ping intervals is cut and retried. Each successful (re)connect is
 * reported to the listener, which restarts the trade-built minute and backfills klines.
 */
final class TradesAndBooksStream {

    private static final Logger log = LoggerFactory.getLogger(TradesAndBooksStream.class);
    static final String CONNECTION_TAG = "trades-book";

    /** What the stream reports; every call on the market-live thread. */
    interface Listener {

        /** A (re)connect: what was being built from trades missed some of them. */
        void connected();

        void traded(Trade trade);

        void book(BookView book);
    }

    /**
     * The top {@code depth} levels of a symbol's book as the library left it, best first on each side, and the
     * venue's timestamp of its latest message.
     */
    record BookView(Symbol symbol, List<OrderBook.Level> bids, List<OrderBook.Level> asks, Instant venueTime) {
    }

    private final LiveFeedSettings settings;
    private final ScheduledExecutorService thread;
    private final Listener listener;
    private final MeterRegistry meters;
    private final Backoff backoff;
    private final Set<Symbol> followed = new LinkedHashSet<>();
    private volatile boolean running;
    private int generation;
    private int failedAttempts;
    private long requests;
    private boolean open;
    private PingingService service;
    private BybitStreamingMarketDataService marketData;
    private CompositeDisposable subscriptions = new CompositeDisposable();
    private ScheduledFuture<?> pinger;

    TradesAndBooksStream(LiveFeedSettings settings, ScheduledExecutorService thread, Listener listener, MeterRegistry meters) {
        this.settings = settings;
        this.thread = thread;
        this.listener = listener;
        this.meters = meters;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    /** On the market-live thread: connects, subscribing the symbols followed by then. */
    void start() {
        running = true;
        connect();
    }

    /** On the market-live thread: follows a symbol from now on; nothing changes if it is followed already. */
    void follow(Symbol symbol) {
        if (followed.add(symbol) && open) {
            subscribe(symbol);
        }
    }

    /** On the market-live thread: closes the connection for good. */
    void stop() {
        running = false;
        generation++;
        close(true);
    }

    private void connect() {
        if (!running) {
            return;
        }
        int attempt = ++generation;
        PingingService opening = new PingingService(settings.streamUrl().toString(),
                text -> hand(() -> acknowledged(attempt, text)),
                gap -> hand(() -> {
                    meters.counter("quorum.market.book.gaps").increment();
                    lost(attempt, gap);
                }));
        opening.setAutoReconnect(false);
        service = opening;
        marketData = new BybitStreamingMarketDataService(opening);
        subscriptions = new CompositeDisposable();
        subscriptions.add(opening.subscribeDisconnect().subscribe(closed -> hand(() -> lost(attempt, "connection closed"))));
        subscriptions.add(opening.connect().subscribe(() -> hand(() -> opened(attempt)),
                failure -> hand(() -> lost(attempt, "could not connect: " + failure.getMessage()))));
    }

    private void opened(int attempt) {
        if (attempt != generation || !running) {
            return;
        }
        open = true;
        log.info("xchange-stream-bybit connected to {}; trades and books of {}", settings.streamUrl(), followed);
        listener.connected();
        followed.forEach(this::subscribe);
        long every = settings.pingInterval().toMillis();
        pinger = thread.scheduleAtFixedRate(() -> ping(attempt), every, every, TimeUnit.MILLISECONDS);
    }

    private void lost(int attempt, String why) {
        if (attempt != generation || !running) {
            return;
        }
        generation++;
        close(false);
        Duration delay = backoff.delay(failedAttempts++, ThreadLocalRandom.current()::nextDouble);
        meters.counter("quorum.market.stream.reconnects", "connection", CONNECTION_TAG).increment();
        log.warn("Bybit public stream (trades, book) lost ({}); reconnecting in {} ms (attempt {})", why, delay.toMillis(),
                failedAttempts);
        thread.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Drops the current service: its channels are cleared and its Netty event loop shut down (on stop waiting up
     * to 5 s for that, and then disposing the subscriptions; a lost connection's subscriptions simply go with it).
     */
    private void close(boolean await) {
        open = false;
        if (pinger != null) {
            pinger.cancel(false);
            pinger = null;
        }
        PingingService closing = service;
        service = null;
        marketData = null;
        if (closing != null) {
            Completable disconnected = closing.disconnect().doOnComplete(closing::pingPongDisconnectIfConnected);
            if (await) {
                disconnected.onErrorComplete().blockingAwait(5, TimeUnit.SECONDS);
                subscriptions.dispose();
            } else {
                disconnected.subscribe(() -> { }, failure -> log.debug("closing a lost stream connection: {}", failure.toString()));
            }
        }
    }

    private void subscribe(Symbol symbol) {
        Optional<Instrument> instrument = instrumentOf(symbol);
        if (instrument.isEmpty()) {
            log.error("{} is not a Bybit linear perpetual the stream library can name; no trades or book for it", symbol);
            return;
        }
        int attempt = generation;
        Consumer<Throwable> failed = failure -> hand(() -> lost(attempt, "the " + symbol + " stream failed: " + failure));
        subscriptions.add(marketData.getTrades(instrument.get()).subscribe(
                trade -> {
                    Trade copied = new Trade(symbol, trade.getId(), Price.of(trade.getPrice()),
                            Quantity.of(trade.getOriginalAmount()), trade.getTimestamp().toInstant());
                    hand(() -> {
                        if (attempt == generation) {
                            listener.traded(copied);
                        }
                    });
                },
                failed::accept));
        subscriptions.add(marketData.getOrderBook(instrument.get(), settings.orderBookDepth()).subscribe(
                book -> {
                    BookView copied = new BookView(symbol, top(book.getBids()), top(book.getAsks()),
                            book.getTimeStamp().toInstant());
                    hand(() -> {
                        if (attempt == generation) {
                            listener.book(copied);
                        }
                    });
                },
                failed::accept));
    }

    private List<OrderBook.Level> top(List<LimitOrder> side) {
        return side.stream().limit(settings.orderBookDepth())
                .map(order -> new OrderBook.Level(order.getLimitPrice(), order.getOriginalAmount())).toList();
    }

    private void ping(int attempt) {
        if (attempt != generation || service == null) {
            return;
        }
        if (service.silentFor().compareTo(settings.pingInterval().multipliedBy(3)) > 0) {
            lost(attempt, "nothing heard for three ping intervals");
            return;
        }
        service.sendMessage(BybitPublicMessages.ping("quorum-tb-" + (++requests)));
    }

    /** The answer to a subscribe or ping op: a subscription accepted means the connection works. */
    private void acknowledged(int attempt, String text) {
        if (attempt != generation) {
            return;
        }
        if (BybitPublicMessages.read(text) instanceof PublicMessage.Ack ack) {
            if (!ack.success()) {
                log.warn("Bybit refused our {} on the trades and book stream: {}", ack.op(), ack.retMsg());
            } else if ("subscribe".equals(ack.op())) {
                failedAttempts = 0;
            }
        }
    }

    /** Hands work to the market-live thread; once it is shut down nothing more is handled. */
    private void hand(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException stopped) {
            // the feed is stopping: nothing more to handle
        }
    }

    /** Bybit's linear perpetual {@code BTCUSDT} is the library's {@code BTC/USDT/PERP}; {@code BTCPERP} its USDC one. */
    static Optional<Instrument> instrumentOf(Symbol symbol) {
        String name = symbol.toString();
        Instrument instrument;
        if (name.endsWith("USDT") && name.length() > 4) {
            instrument = new FuturesContract(new CurrencyPair(name.substring(0, name.length() - 4), "USDT"), "PERP");
        } else if (name.endsWith("PERP") && name.length() > 4) {
            instrument = new FuturesContract(new CurrencyPair(name.substring(0, name.length() - 4), "USDC"), "PERP");
        } else {
            return Optional.empty();
        }
        return name.equals(BybitAdapters.convertToBybitSymbol(instrument)) ? Optional.of(instrument) : Optional.empty();
    }

    /**
     * The library's streaming service with its own ping switched off (the feed sends the {@code ping} op at its
     * configured interval) and every message stamped, so a silent connection is noticed; op answers (acks and
     * pongs, which the library swallows) are passed on. It also follows each book's update ids: the library drops
     * every delta after a gap until the next snapshot, which only a new subscription brings, so a gap is reported
     * and the connection rebuilt.
     */
    static final class PingingService extends BybitStreamingService {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final Consumer<String> onOpAnswer;
        private final Consumer<String> onBookGap;
        private final Map<String, Long> bookUpdateIds = new HashMap<>();
        private volatile long lastHeard = System.nanoTime();

        PingingService(String streamUrl, Consumer<String> onOpAnswer, Consumer<String> onBookGap) {
            super(streamUrl, publicLinear());
            this.onOpAnswer = onOpAnswer;
            this.onBookGap = onBookGap;
        }

        private static ExchangeSpecification publicLinear() {
            ExchangeSpecification spec = new ExchangeSpecification(BybitStreamingExchange.class);
            spec.setExchangeSpecificParametersItem(BybitStreamingExchange.EXCHANGE_TYPE, BybitCategory.LINEAR);
            return spec;
        }

        @Override
        public Completable connect() {
            lastHeard = System.nanoTime();
            return super.connect().doOnComplete(this::pingPongDisconnectIfConnected);
        }

        /** On the library's Netty thread, one message at a time. */
        @Override
        public void messageHandler(String message) {
            lastHeard = System.nanoTime();
            if (!message.contains("\"topic\"")) {
                onOpAnswer.accept(message);
            } else if (message.contains("\"orderbook.")) {
                followUpdateIds(message);
            }
            super.messageHandler(message);
        }

        private void followUpdateIds(String message) {
            JsonNode book = JSON.readTree(message);
            String topic = book.path("topic").asString("");
            long updateId = book.path("data").path("u").asLong(-1);
            if (!topic.startsWith("orderbook.") || updateId < 0) {
                return;
            }
            Long previous = bookUpdateIds.put(topic, updateId);
            if ("delta".equals(book.path("type").asString("")) && previous != null && updateId != previous + 1) {
                onBookGap.accept("book update ids of " + topic + " went from " + previous + " to " + updateId);
            }
        }

        Duration silentFor() {
            return Duration.ofNanos(System.nanoTime() - lastHeard);
        }
    }
}
