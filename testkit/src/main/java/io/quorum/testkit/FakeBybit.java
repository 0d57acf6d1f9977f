package io.quorum.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Bybit V5 REST server on a random port for linear (USDT perpetual) trading, speaking the
 * real protocol: the paths and parameters, the {@code {retCode, retMsg, result, retExtInfo, time}}
 * envelope, signed requests checked as Bybit checks them (HMAC-SHA256 of timestamp + API key +
 * recv window + query string or raw body; {@code server_time − recvWindow ≤ timestamp <
 * server_time + 1000}) and the rate-limit headers. Orders rest in memory per account
 * ({@link FakeBybitAccount}) until the test fills them. A test scripts faults per path with
 * {@link #failNext}, and can put the server's clock ahead of the client's.
 */
public final class FakeBybit implements AutoCloseable {

    public static final String API_KEY = "fake-bybit-key";
    public static final String API_SECRET = "fake-bybit-secret";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final FakeBybitInstruments instruments = FakeBybitInstruments.load();
    private final Map<String, FakeBybitAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, Deque<FakeBybitFault>> faults = new ConcurrentHashMap<>();
    private final List<FakeBybitRequest> requests = new CopyOnWriteArrayList<>();
    private final FakeBybitRateLimits rateLimits = new FakeBybitRateLimits();
    private final FakeBybitRoutes routes = new FakeBybitRoutes(instruments, this::serverMillis);
    private volatile Duration clockAhead = Duration.ZERO;

    private FakeBybit() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        addAccount(API_KEY, API_SECRET, new BigDecimal("10000"));
    }

    /** Starts the server with one unified account ({@link #API_KEY}, {@link #API_SECRET}) holding 10,000 USDT. */
    public static FakeBybit start() {
        return new FakeBybit();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeBybitAccount addAccount(String apiKey, String secret, BigDecimal usdt) {
        FakeBybitAccount account = new FakeBybitAccount(apiKey, secret, usdt, instruments, this::serverMillis);
        accounts.put(apiKey, account);
        return account;
    }

    /** The default account, for filling its orders and looking at its state. */
    public FakeBybitAccount account() {
        return account(API_KEY);
    }

    public FakeBybitAccount account(String apiKey) {
        return accounts.get(apiKey);
    }

    /** The next {@code times} calls to {@code path} (e.g. {@code /v5/order/create}) answer with {@code fault}. */
    public FakeBybit failNext(String path, int times, FakeBybitFault fault) {
        Deque<FakeBybitFault> queue = faults.computeIfAbsent(path, key -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.addLast(fault);
            }
        }
        return this;
    }

    /**
     * The next {@code times} calls to {@code path} signed with {@code apiKey} answer with {@code fault}; other accounts'
     * calls are not affected (they come before the path's faults for every account).
     */
    public FakeBybit failNext(String apiKey, String path, int times, FakeBybitFault fault) {
        return failNext(apiKey + " " + path, times, fault);
    }

    /** Puts the server's clock ahead of the machine's, so clients that trust their own clock get 10002. */
    public FakeBybit clockAhead(Duration ahead) {
        this.clockAhead = ahead;
        return this;
    }

    public List<FakeBybitRequest> requests() {
        return List.copyOf(requests);
    }

    public List<FakeBybitRequest> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    long serverMillis() {
        return System.currentTimeMillis() + clockAhead.toMillis();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String rawQuery = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            FakeBybitRoutes.Route route = routes.find(method, path);
            if (route == null) {
                respond(exchange, 404, "text/plain", "404 page not found");
                return;
            }
            Map<String, String> params = "GET".equals(method) ? query(rawQuery) : bodyFields(body);
            String apiKey = header(exchange, "X-BAPI-API-KEY");
            requests.add(new FakeBybitRequest(method, path, params, apiKey, Instant.now()));
            FakeBybitAccount account = null;
            if (route.signed()) {
                account = accounts.get(apiKey);
                Integer refused = FakeBybitSignature.check(exchange, account, "GET".equals(method) ? rawQuery : body, serverMillis());
                if (refused != null) {
                    envelope(exchange, FakeBybitReply.error(refused, FakeBybitFault.retCode(refused).message()), Map.of());
                    return;
                }
            }
            Map<String, String> limitHeaders = route.signed() ? rateLimits.headers(apiKey, path, serverMillis()) : Map.of();
            FakeBybitFault fault = nextFault(apiKey + " " + path);
            if (fault == null) {
                fault = nextFault(path);
            }
            if (fault == null) {
                envelope(exchange, route.answer(account, params), limitHeaders);
                return;
            }
            switch (fault.kind()) {
                case RET_CODE -> envelope(exchange, FakeBybitReply.error(fault.retCode(), fault.message()),
                        fault.resetAt() == null ? limitHeaders : FakeBybitRateLimits.exhausted(fault.resetAt()));
                case HTTP_STATUS -> respond(exchange, fault.httpStatus(), "text/html",
                        "<html><body><h1>" + fault.httpStatus() + " Bad Gateway</h1></body></html>");
                case SLOW_ANSWER -> {
                    FakeBybitReply reply = fault.applied() ? route.answer(account, params) : FakeBybitReply.error(10016, "Server error.");
                    sleep(fault.delay());
                    try {
                        envelope(exchange, reply, limitHeaders);
                    } catch (IOException clientGone) {
                        // the client stopped waiting: what happened (or not) stays as scripted
                    }
                }
            }
        }
    }

    private FakeBybitFault nextFault(String path) {
        Deque<FakeBybitFault> queue = faults.get(path);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.pollFirst();
        }
    }

    private void envelope(HttpExchange exchange, FakeBybitReply reply, Map<String, String> headers) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("retCode", reply.retCode());
        root.put("retMsg", reply.retMsg());
        root.set("result", reply.result());
        root.putObject("retExtInfo");
        root.put("time", serverMillis());
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        respond(exchange, 200, "application/json", JSON.writeValueAsString(root));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static Map<String, String> bodyFields(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            JsonNode json = JSON.readTree(body.isBlank() ? "{}" : body);
            json.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    params.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString());
                }
            });
        } catch (RuntimeException notJson) {
            params.put("__unparsed", body);
        }
        return params;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
