package io.quorum.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quorum.contracts.ids.BotId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The allocation service's reserve endpoint as the registry sees it: 200 by default, or the answer a
 * test chose for one bot. Keeps every request, so a test can check what the registry sent.
 */
public final class FakeAllocation implements AutoCloseable {

    public record Request(String path, String secret, String contentType, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeAllocation() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/budgets/", this::handle);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers this bot's reservations 409, as the allocation does when the free balance is too small. */
    public void refuse(BotId bot, String needed, String free) {
        answers.put(bot.toString(), new Answer(409, """
                {"type":"about:blank","title":"Insufficient balance","status":409,\
                "detail":"needs %s USDT, %s free","needed":"%s","free":"%s"}""".formatted(needed, free, needed, free)));
    }

    public void fail(BotId bot, int status) {
        answers.put(bot.toString(), new Answer(status, "{\"title\":\"boom\"}"));
    }

    public List<Request> requestsFor(BotId bot) {
        return requests.stream().filter(r -> r.path().contains(bot.toString())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("X-Quorum-Gateway-Secret"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        String bot = path.replaceAll("^/internal/budgets/([^/]+)/reserve$", "$1");
        Answer answer = answers.getOrDefault(bot, new Answer(200, "{\"botId\":\"" + bot + "\",\"amount\":\"1000\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                answer.status() == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
