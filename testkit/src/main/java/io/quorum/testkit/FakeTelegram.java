package io.quorum.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Telegram Bot API server for tests, speaking the real shapes over HTTP for the methods Quorum uses:
 * {@code getUpdates} (long polling: {@code offset} confirms every update below it, {@code timeout} seconds to wait
 * for one) and {@code sendMessage} ({@code chat_id}, {@code text}). Bots are known by their tokens
 * ({@link #registerBot}); an unknown token is answered {@code 401 Unauthorized} as Telegram does. A test plays the
 * users: {@link #userWrites} puts a message from a chat into the bot's updates, and {@link #sent} shows what the
 * bot answered.
 */
public final class FakeTelegram implements AutoCloseable {

    /** A message a bot sent with sendMessage. */
    public record Sent(String token, String chatId, String text) {
    }

    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, List<ObjectNode>> updates = new ConcurrentHashMap<>();
    private final Map<String, Long> confirmedBelow = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, List<Long>> offsetsAsked = new ConcurrentHashMap<>();
    private final AtomicLong nextUpdateId = new AtomicLong(700_000_001L);
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final Object lock = new Object();

    public FakeTelegram() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // long polls hold their thread: one per request
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The base URL to configure as the Bot API's, e.g. {@code quorum.notifier.telegram.base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void registerBot(String token) {
        updates.putIfAbsent(token, new ArrayList<>());
    }

    /** A user writes {@code text} to the bot from chat {@code chatId} (a private chat: the chat id is the user's id). */
    public long userWrites(String token, long chatId, String text) {
        long updateId = nextUpdateId.getAndIncrement();
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateId);
        ObjectNode message = update.putObject("message");
        message.put("message_id", nextMessageId.getAndIncrement());
        ObjectNode from = message.putObject("from");
        from.put("id", chatId);
        from.put("is_bot", false);
        from.put("first_name", "Trader");
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", "private");
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        synchronized (lock) {
            updates.computeIfAbsent(token, t -> new ArrayList<>()).add(update);
            lock.notifyAll();
        }
        return updateId;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentTo(String token, long chatId) {
        return sent.stream().filter(m -> m.token().equals(token) && m.chatId().equals(String.valueOf(chatId))).toList();
    }

    /** The {@code offset} of every getUpdates call of the bot, in order (0 when it sent none). */
    public List<Long> offsetsAsked(String token) {
        return List.copyOf(offsetsAsked.getOrDefault(token, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches() || !updates.containsKey(path.group(1))) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String token = path.group(1);
            Map<String, String> params = paramsOf(exchange);
            switch (path.group(2)) {
                case "getUpdates" -> getUpdates(exchange, token, params);
                case "sendMessage" -> sendMessage(exchange, token, params);
                default -> respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            }
        }
    }

    private void getUpdates(HttpExchange exchange, String token, Map<String, String> params) throws IOException {
        long offset = longOf(params.get("offset"), 0);
        long timeoutSeconds = Math.min(longOf(params.get("timeout"), 0), 50);
        offsetsAsked.computeIfAbsent(token, t -> new CopyOnWriteArrayList<>()).add(offset);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        List<ObjectNode> answer;
        synchronized (lock) {
            if (offset > 0) {
                confirmedBelow.merge(token, offset, Math::max);
                updates.get(token).removeIf(u -> u.path("update_id").asLong() < offset);
            }
            while (true) {
                answer = List.copyOf(updates.get(token));
                long left = deadline - System.nanoTime();
                if (!answer.isEmpty() || left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", true);
        var result = body.putArray("result");
        answer.forEach(result::add);
        respond(exchange, 200, JSON.writeValueAsString(body));
    }

    private void sendMessage(HttpExchange exchange, String token, Map<String, String> params) throws IOException {
        String chatId = params.get("chat_id");
        String text = params.get("text");
        if (chatId == null || chatId.isBlank() || text == null || text.isBlank()) {
            respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message text is empty\"}");
            return;
        }
        sent.add(new Sent(token, chatId, text));
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", true);
        ObjectNode result = body.putObject("result");
        result.put("message_id", nextMessageId.getAndIncrement());
        result.putObject("chat").put("id", Long.parseLong(chatId.startsWith("@") ? "0" : chatId)).put("type", "private");
        result.put("date", Instant.now().getEpochSecond());
        result.put("text", text);
        respond(exchange, 200, JSON.writeValueAsString(body));
    }

    /** Query parameters, then a JSON or form body on top, as the Bot API accepts either. */
    private static Map<String, String> paramsOf(HttpExchange exchange) throws IOException {
        Map<String, String> params = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parseForm(query, params);
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!body.isBlank()) {
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (type.contains("json")) {
                JsonNode json = JSON.readTree(body);
                json.properties().forEach(field -> params.put(field.getKey(), field.getValue().isString()
                        ? field.getValue().asString() : field.getValue().toString()));
            } else {
                parseForm(body, params);
            }
        }
        return params;
    }

    private static void parseForm(String form, Map<String, String> params) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    private static long longOf(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            lock.notifyAll();
        }
        server.stop(0);
    }
}
