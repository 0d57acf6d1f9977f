package io.quorum.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The grid engine's check endpoint as the registry sees it: 200 by default, or the answer a test chose
 * for requests whose body contains a marker (scenario classes share one fake, so each picks its own
 * marker, e.g. a budget no other test uses). Keeps every request.
 */
public final class FakeGridEngine implements AutoCloseable {

    public record Request(String path, String secret, String contentType, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeGridEngine() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/grid/check", this::handle);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Refuses checks whose body contains {@code marker}, naming the field as the grid engine does. */
    public void refuse(String marker, String field, String reason) {
        answers.put(marker, new Answer(400, """
                {"type":"https://quorum.local/problems/invalid-request","title":"Invalid request","status":400,\
                "detail":"%s: %s","field":"%s","reason":"%s"}""".formatted(field, reason, field, reason)));
    }

    public void fail(String marker, int status) {
        answers.put(marker, new Answer(status, "{\"title\":\"boom\"}"));
    }

    public List<Request> requestsContaining(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Quorum-Gateway-Secret"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer = answers.entrySet().stream().filter(e -> body.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(new Answer(200, "{\"ok\":true}"));
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
