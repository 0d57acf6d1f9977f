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
 * A local stand-in for one internal endpoint of another Quorum service: it keeps every request and
 * answers what the test chose, keyed by something in the request, or the subclass's default.
 */
abstract class FakeService implements AutoCloseable {

    public record Request(String path, String secret, String contentType, String body) {
    }

    protected record Answer(int status, String body) {
    }

    protected final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    protected FakeService(String endpoint) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(endpoint, this::handle);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    protected List<Request> requests() {
        return requests;
    }

    /** The answer to a request with this path and body. */
    protected abstract Answer answerFor(String path, String body);

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("X-Quorum-Gateway-Secret"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Answer answer = answerFor(path, body);
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
