package io.quorum.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Bybit's public market data on one local port: the V5 public WebSocket for linear perpetuals
 * ({@code /v5/public/linear}: subscribe / unsubscribe ops with their acks, the {@code ping} op and
 * its pong, topics {@code publicTrade.*}, {@code orderbook.<depth>.*} snapshot + delta,
 * {@code tickers.*}, {@code kline.1.*}) and the REST {@code GET /v5/market/kline} serving the 1m
 * klines the test loads (newest first, limit ≤ 1000). The test pushes trades, klines, tickers and
 * books to whoever subscribed; it sees every ping and subscription, can cut every connection
 * ({@link #dropConnections}) and refuse the next reconnects ({@link #refuseNextConnections}).
 */
public final class FakeBybitMarket implements AutoCloseable {

    public static final String PUBLIC_LINEAR_PATH = "/v5/public/linear";

    /** A ping the fake answered, and on which connection. */
    public record Ping(String connId, Instant received) {
    }

    private record Connection(String id, FakeBybitSocket socket, Set<String> topics) {
    }

    private final ServerSocket server;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final List<String> subscribeRequests = new CopyOnWriteArrayList<>();
    private final List<Ping> pings = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> klineRequests = new CopyOnWriteArrayList<>();
    private final Map<String, List<FakeBybitKline>> klines = new ConcurrentHashMap<>();
    private final Map<String, FakeBook> books = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> topicsByConnection = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger toRefuse = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong(1);
    private volatile boolean closed;
    private volatile boolean silent;

    private FakeBybitMarket() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("fake-bybit-market-accept").start(this::acceptLoop);
    }

    public static FakeBybitMarket start() {
        return new FakeBybitMarket();
    }

    /** The public stream, e.g. {@code ws://127.0.0.1:41234/v5/public/linear}. */
    public String streamUrl() {
        return "ws://127.0.0.1:" + server.getLocalPort() + PUBLIC_LINEAR_PATH;
    }

    /** The REST base for {@code /v5/market/kline}. */
    public String restUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Replaces the 1m klines {@code /v5/market/kline} serves for a symbol. */
    public void loadKlines(String symbol, List<FakeBybitKline> candles) {
        klines.put(symbol, List.copyOf(candles));
    }

    /** One trade on {@code publicTrade.<symbol>}, stamped with its exchange time; returns how many connections got it. */
    public int pushTrade(String symbol, String price, String size, Instant time) {
        return push("publicTrade." + symbol, FakeBybitMarketMessages.trade(symbol, new BigDecimal(price),
                new BigDecimal(size), "Buy", time, sequence.getAndIncrement()));
    }

    /** A 1m kline update on {@code kline.1.<symbol>}; {@code confirm} = the candle has closed. */
    public int pushKline(String symbol, FakeBybitKline kline, boolean confirm) {
        Instant at = confirm ? kline.start().plusSeconds(60) : kline.start().plusSeconds(30);
        return push("kline.1." + symbol, FakeBybitMarketMessages.kline(symbol, kline, confirm, at));
    }

    /** A ticker snapshot on {@code tickers.<symbol>} with the given fields (lastPrice, highPrice24h, …). */
    public int pushTicker(String symbol, Map<String, String> fields, Instant at) {
        return push("tickers." + symbol, FakeBybitMarketMessages.ticker(symbol, fields, at));
    }

    /**
     * Replaces the book of {@code orderbook.<depth>.<symbol>} and pushes it as a snapshot to current subscribers;
     * a later subscription receives the book as it then stands (with every delta since applied), as Bybit sends it.
     * Levels are [price, size] pairs, any order. Each snapshot and delta of a topic carries the next update id
     * {@code u} (consecutive per topic, as Bybit's linear books number them).
     */
    public int setOrderBook(String symbol, int depth, List<String[]> bids, List<String[]> asks, Instant at) {
        String topic = "orderbook." + depth + "." + symbol;
        FakeBook book = books.computeIfAbsent(topic, t -> new FakeBook());
        String snapshot;
        synchronized (book) {
            book.bids.clear();
            book.asks.clear();
            book.apply(bids, asks, at);
            snapshot = book.snapshot(topic, symbol, sequence.getAndIncrement());
        }
        return push(topic, snapshot);
    }

    /** A book delta: a level with size 0 is removed. */
    public int pushOrderBookDelta(String symbol, int depth, List<String[]> bids, List<String[]> asks, Instant at) {
        String topic = "orderbook." + depth + "." + symbol;
        FakeBook book = books.computeIfAbsent(topic, t -> new FakeBook());
        String delta;
        synchronized (book) {
            book.apply(bids, asks, at);
            delta = FakeBybitMarketMessages.orderBook(topic, symbol, "delta", bids, asks, book.updateId, sequence.getAndIncrement(), at);
        }
        return push(topic, delta);
    }

    /** Uses up {@code count} update ids of the book without sending them, as deltas lost on the way would. */
    public void loseOrderBookUpdates(String symbol, int depth, int count) {
        FakeBook book = books.computeIfAbsent("orderbook." + depth + "." + symbol, t -> new FakeBook());
        synchronized (book) {
            book.updateId += count;
        }
    }

    /** The topics a connection (by the {@code conn_id} the fake gave it) subscribed to, open or since closed. */
    public Set<String> topicsOf(String connId) {
        return Set.copyOf(topicsByConnection.getOrDefault(connId, Set.of()));
    }

    /** Every topic named in a subscribe op, on any connection, in arrival order. */
    public List<String> subscribeRequests() {
        return List.copyOf(subscribeRequests);
    }

    public boolean isSubscribed(String topic) {
        return connections.values().stream().anyMatch(connection -> connection.topics().contains(topic));
    }

    public List<Ping> pings() {
        return List.copyOf(pings);
    }

    /** The parameters of every {@code /v5/market/kline} request. */
    public List<Map<String, String>> klineRequests() {
        return List.copyOf(klineRequests);
    }

    public int connectionsOpened() {
        return opened.get();
    }

    public int connectionsRefused() {
        return refused.get();
    }

    public int openConnections() {
        return connections.size();
    }

    /** Cuts every open WebSocket without a close frame, as a network drop does. */
    public void dropConnections() {
        connections.values().forEach(connection -> connection.socket().close());
        connections.clear();
    }

    /** Cuts, without a close frame, only the open WebSockets subscribed to {@code topic}; returns how many. */
    public int dropConnectionsSubscribedTo(String topic) {
        int dropped = 0;
        for (Connection connection : connections.values()) {
            if (connection.topics().contains(topic)) {
                connection.socket().close();
                connections.remove(connection.id());
                dropped++;
            }
        }
        return dropped;
    }

    /** The next {@code attempts} WebSocket handshakes are answered 503, as during an outage. */
    public void refuseNextConnections(int attempts) {
        toRefuse.set(attempts);
    }

    /**
     * While silent, open connections stay open but the fake sends nothing on them — no pongs, acks, snapshots or
     * pushes — as a half-open connection behaves; pings and subscriptions still take effect. New handshakes are
     * answered.
     */
    public void silence(boolean on) {
        silent = on;
    }

    private int push(String topic, String message) {
        if (silent) {
            return 0;
        }
        int delivered = 0;
        for (Connection connection : connections.values()) {
            if (connection.topics().contains(topic)) {
                try {
                    connection.socket().sendText(message);
                    delivered++;
                } catch (IOException gone) {
                    connections.remove(connection.id());
                }
            }
        }
        return delivered;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().name("fake-bybit-market-conn").start(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void serve(Socket raw) {
        try (FakeBybitSocket socket = new FakeBybitSocket(raw)) {
            FakeBybitSocket.Request request = socket.readRequest();
            if (request.path().equals("/v5/market/kline") && request.method().equals("GET")) {
                socket.respond(200, "OK", "application/json", FakeBybitMarketKlines.answer(request.query(), klines, klineRequests));
            } else if (!request.upgradesToWebSocket() || !request.path().equals(PUBLIC_LINEAR_PATH)) {
                socket.respond(404, "Not Found", "text/plain", "404 page not found");
            } else if (toRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                socket.respond(503, "Service Unavailable", "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>");
            } else {
                // counted before the handshake is answered: a client whose connect has returned finds itself counted
                int number = opened.incrementAndGet();
                socket.acceptUpgrade(request);
                Connection connection = new Connection("fake-" + number, socket, ConcurrentHashMap.newKeySet());
                topicsByConnection.put(connection.id(), connection.topics());
                connections.put(connection.id(), connection);
                try {
                    socket.readMessages(text -> onMessage(connection, text));
                } finally {
                    connections.remove(connection.id());
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the client left or the test cut the connection
        }
    }

    private void onMessage(Connection connection, String text) {
        JsonNode request = FakeBybit.JSON.readTree(text);
        String op = request.path("op").asString("");
        String reqId = request.path("req_id").asString("");
        List<String> topics = new ArrayList<>();
        request.path("args").forEach(arg -> topics.add(arg.asString()));
        try {
            switch (op) {
                case "ping" -> {
                    pings.add(new Ping(connection.id(), Instant.now()));
                    answer(connection, FakeBybitMarketMessages.ack("ping", connection.id(), reqId, true, "pong"));
                }
                case "subscribe" -> {
                    String invalid = topics.stream().filter(topic -> !FakeBybitMarketKlines.isPublicTopic(topic)).findFirst().orElse(null);
                    if (invalid != null) {
                        answer(connection, FakeBybitMarketMessages.ack(op, connection.id(), reqId, false,
                                "error:handler not found,topic:" + invalid));
                        return;
                    }
                    subscribeRequests.addAll(topics);
                    connection.topics().addAll(topics);
                    answer(connection, FakeBybitMarketMessages.ack(op, connection.id(), reqId, true, "subscribe"));
                    for (String topic : topics) {
                        FakeBook book = books.get(topic);
                        if (book != null) {
                            String snapshot;
                            synchronized (book) {
                                snapshot = book.snapshot(topic, topic.substring(topic.lastIndexOf('.') + 1), sequence.getAndIncrement());
                            }
                            answer(connection, snapshot);
                        }
                    }
                }
                case "unsubscribe" -> {
                    topics.forEach(connection.topics()::remove);
                    answer(connection, FakeBybitMarketMessages.ack(op, connection.id(), reqId, true, ""));
                }
                default -> answer(connection, FakeBybitMarketMessages.ack(op, connection.id(), reqId, false,
                        "error:handler not found"));
            }
        } catch (IOException gone) {
            connections.remove(connection.id());
        }
    }

    /** An answer on the connection the op came on; nothing while {@link #silence silent} (the op still takes effect). */
    private void answer(Connection connection, String text) throws IOException {
        if (!silent) {
            connection.socket().sendText(text);
        }
    }

    /** One topic's book as the fake exchange holds it: levels by price, the last update id and time. */
    private static final class FakeBook {
        final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();
        long updateId;
        Instant at = Instant.EPOCH;

        void apply(List<String[]> bidLevels, List<String[]> askLevels, Instant time) {
            set(bids, bidLevels);
            set(asks, askLevels);
            updateId++;
            at = time;
        }

        private static void set(TreeMap<BigDecimal, String[]> side, List<String[]> levels) {
            for (String[] level : levels) {
                BigDecimal price = new BigDecimal(level[0]);
                if (new BigDecimal(level[1]).signum() == 0) {
                    side.remove(price);
                } else {
                    side.put(price, level);
                }
            }
        }

        /** The whole book, best first on each side, stamped with its last update id and time. */
        String snapshot(String topic, String symbol, long crossSequence) {
            return FakeBybitMarketMessages.orderBook(topic, symbol, "snapshot", List.copyOf(bids.values()),
                    List.copyOf(asks.values()), updateId, crossSequence, at);
        }
    }

    /** Sorted newest first, as Bybit answers. */
    static List<FakeBybitKline> newestFirst(List<FakeBybitKline> candles) {
        return candles.stream().sorted(Comparator.comparing(FakeBybitKline::start).reversed()).toList();
    }

    @Override
    public void close() {
        closed = true;
        dropConnections();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
