package io.quorum.notifier.commands;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's {@code /api/bots} and the allocation's {@code /api/balance} as the notifier's commands call them:
 * a caller must bring the gateway secret, and sees and touches only their own bots (another's → 404, as the
 * registry answers). The bot list is paged like the registry's ({@code {"items","next"}}), one bot a page, so a client
 * that ignores the cursor sees only the first. Starting a running bot is refused with 409 and a problem detail.
 */
public final class FakePlatform implements AutoCloseable {

    public record Call(String method, String path, String userId, String secret) {
    }

    record FakeBot(BotId id, UserId owner, String name, String symbol, String status) {
    }

    private static final Pattern BOT_ACTION = Pattern.compile("/api/bots/([0-9a-f-]{36})/(start|stop)");

    private final String secret;
    private final HttpServer server;
    private final Map<BotId, FakeBot> bots = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public FakePlatform(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public BotId addBot(UserId owner, String name, String status) {
        BotId id = BotId.random();
        bots.put(id, new FakeBot(id, owner, name, "BTCUSDT", status));
        return id;
    }

    public String statusOf(BotId bot) {
        return bots.get(bot).status();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String user = exchange.getRequestHeaders().getFirst(GatewayHeaders.USER_ID);
            String presented = exchange.getRequestHeaders().getFirst(GatewayHeaders.SECRET);
            calls.add(new Call(exchange.getRequestMethod(), path, user, presented));
            if (!secret.equals(presented) || user == null) {
                respond(exchange, 401, "{\"status\":401,\"detail\":\"requests must come through the Quorum gateway\"}");
                return;
            }
            UserId caller = UserId.of(user);
            Matcher action = BOT_ACTION.matcher(path);
            if (exchange.getRequestMethod().equals("GET") && path.equals("/api/bots")) {
                // the registry's page: one bot per page here, so the client must follow the cursor
                List<FakeBot> own = bots.values().stream().filter(b -> b.owner().equals(caller))
                        .sorted(java.util.Comparator.comparing(FakeBot::name)).toList();
                String query = exchange.getRequestURI().getQuery();
                int from = query != null && query.contains("cursor=") ? Integer.parseInt(query.replaceAll(".*cursor=", "")) : 0;
                String next = from + 1 < own.size() ? "\"" + (from + 1) + "\"" : "null";
                respond(exchange, 200, "{\"items\":[" + (from < own.size() ? json(own.get(from)) : "") + "],\"next\":" + next + "}");
            } else if (exchange.getRequestMethod().equals("POST") && action.matches()) {
                FakeBot bot = bots.get(BotId.of(action.group(1)));
                if (bot == null || !bot.owner().equals(caller)) {
                    respond(exchange, 404, "{\"status\":404,\"detail\":\"no bot " + action.group(1) + "\"}");
                    return;
                }
                boolean start = action.group(2).equals("start");
                if (start == bot.status().equals("RUNNING")) {
                    respond(exchange, 409, "{\"status\":409,\"detail\":\"bot " + bot.id() + " is " + bot.status() + "\"}");
                    return;
                }
                FakeBot changed = new FakeBot(bot.id(), bot.owner(), bot.name(), bot.symbol(), start ? "RUNNING" : "STOPPING");
                bots.put(bot.id(), changed);
                respond(exchange, start ? 200 : 202, json(changed));
            } else if (exchange.getRequestMethod().equals("GET") && path.equals("/api/balance")) {
                respond(exchange, 200, """
                        {"balance":"10000","allocated":"1500","free":"8500","bots":[],"equity":"10012.5",
                         "equitySource":"PAPER","reservedPool":"0"}""");
            } else {
                respond(exchange, 404, "{\"status\":404}");
            }
        }
    }

    private static String json(FakeBot bot) {
        return "{\"id\":\"" + bot.id() + "\",\"name\":\"" + bot.name() + "\",\"kind\":\"GRID\",\"symbol\":\"" + bot.symbol()
                + "\",\"status\":\"" + bot.status() + "\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
