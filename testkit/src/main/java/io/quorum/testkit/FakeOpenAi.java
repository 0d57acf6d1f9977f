package io.quorum.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-compatible chat endpoint on a random port: {@code POST /v1/chat/completions} (also
 * without {@code /v1}) answered with the real response shape, scripted per test. Replies are taken
 * from the queue of the request's model name first, then from the shared queue, in order; when both
 * are empty the fallback answers (by default a 500, so an unscripted call is loud). Every request is
 * recorded with its Authorization header and JSON body, so tests can check what a client sent.
 * Requests are served on virtual threads, so delayed replies overlap as they would on a real server.
 */
public final class FakeOpenAi implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<FakeOpenAiReply> shared = new ConcurrentLinkedDeque<>();
    private final Map<String, Deque<FakeOpenAiReply>> perModel = new ConcurrentHashMap<>();
    private final List<FakeOpenAiRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong completions = new AtomicLong();
    private volatile FakeOpenAiReply fallback = FakeOpenAiReply.error(500, "FakeOpenAi: no reply scripted for this call");

    private FakeOpenAi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeOpenAi start() {
        return new FakeOpenAi();
    }

    /** The base URL a client is configured with, ending in {@code /v1} like OpenAI's. */
    public String baseUrl() {
        return rootUrl() + "/v1";
    }

    /** The server's root, for clients that append {@code /chat/completions} directly. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues replies for any model, served in order. */
    public FakeOpenAi enqueue(FakeOpenAiReply... replies) {
        shared.addAll(List.of(replies));
        return this;
    }

    /** Queues replies for requests naming {@code model}, served in order before the shared queue. */
    public FakeOpenAi enqueueFor(String model, FakeOpenAiReply... replies) {
        perModel.computeIfAbsent(model, key -> new ConcurrentLinkedDeque<>()).addAll(List.of(replies));
        return this;
    }

    /** What every request gets once its queues are empty. */
    public FakeOpenAi otherwise(FakeOpenAiReply reply) {
        this.fallback = reply;
        return this;
    }

    public List<FakeOpenAiRequest> requests() {
        return List.copyOf(requests);
    }

    public List<FakeOpenAiRequest> requestsFor(String model) {
        return requests.stream().filter(request -> request.model().equals(model)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod())
                    || !(path.equals("/v1/chat/completions") || path.equals("/chat/completions"))) {
                respond(exchange, 404, "{\"error\":{\"message\":\"no route " + path + "\",\"type\":\"invalid_request_error\"}}");
                return;
            }
            JsonNode body = readJson(exchange);
            FakeOpenAiReply reply = next(body.path("model").asString(""));
            sleep(reply);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            String answer = reply.status() != 200 || reply.rawBody() ? reply.errorBody() : completion(body, reply);
            // recorded before the answer goes out, so a client that has its answer always finds its request here
            requests.add(new FakeOpenAiRequest(path, exchange.getRequestHeaders().getFirst("Authorization"), body,
                    received, Instant.now()));
            try {
                respond(exchange, reply.status(), answer);
            } catch (IOException clientGone) {
                // the client timed out while the reply was delayed: the request still counts as received
            }
        }
    }

    private FakeOpenAiReply next(String model) {
        Deque<FakeOpenAiReply> own = perModel.get(model);
        FakeOpenAiReply reply = own == null ? null : own.pollFirst();
        if (reply == null) {
            reply = shared.pollFirst();
        }
        return reply == null ? fallback : reply;
    }

    private String completion(JsonNode request, FakeOpenAiReply reply) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake-" + completions.incrementAndGet());
        root.put("object", "chat.completion");
        root.put("created", Instant.now().getEpochSecond());
        root.put("model", request.path("model").asString("fake-model"));
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", reply.content());
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", reply.promptTokens());
        usage.put("completion_tokens", reply.completionTokens());
        usage.put("total_tokens", reply.promptTokens() + reply.completionTokens());
        return JSON.writeValueAsString(root);
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode().put("unparsed", text);
        }
    }

    private static void sleep(FakeOpenAiReply reply) {
        if (reply.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(reply.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        server.stop(0);
        executor.shutdownNow();
    }
}
