package io.quorum.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a chat service's HTTP API (a Slack incoming webhook, the Telegram Bot API): it
 * answers as the real one does for success ({@code ok} / {@code {"ok":true,…}}), can be told to fail
 * the next few calls with a 5xx, and records every request body it accepted.
 */
public final class WebhookRecorder implements AutoCloseable {

    public record Received(String method, String path, String body) {
    }

    private final HttpServer server;
    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicInteger arrivedCalls = new AtomicInteger();
    private volatile CountDownLatch held;
    private final String successBody;

    private WebhookRecorder(String successBody) {
        this.successBody = successBody;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers like a Slack incoming webhook: 200 with the text {@code ok}. */
    public static WebhookRecorder slack() {
        return new WebhookRecorder("ok");
    }

    /** Answers like the Telegram Bot API's sendMessage. */
    public static WebhookRecorder telegram() {
        return new WebhookRecorder("{\"ok\":true,\"result\":{\"message_id\":1}}");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void failNext(int calls) {
        failuresToServe.set(calls);
    }

    /**
     * From now on, a request is read and then left without an answer until {@link #releaseAnswers()} (or
     * {@link #close()}): a chat service that hangs. The client sees it as a read timeout.
     */
    public void holdAnswers() {
        held = new CountDownLatch(1);
    }

    public void releaseAnswers() {
        CountDownLatch latch = held;
        held = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Requests that reached the fake, answered or not yet. */
    public int arrivedCalls() {
        return arrivedCalls.get();
    }

    public List<Received> accepted() {
        return List.copyOf(accepted);
    }

    public int failedCalls() {
        return failedCalls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        arrivedCalls.incrementAndGet();
        CountDownLatch latch = held;
        if (latch != null) {
            try {
                latch.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean fail = failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        if (fail) {
            failedCalls.incrementAndGet();
            respond(exchange, 503, "unavailable");
            return;
        }
        accepted.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
        respond(exchange, 200, successBody);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        releaseAnswers();
        server.stop(0);
    }
}
