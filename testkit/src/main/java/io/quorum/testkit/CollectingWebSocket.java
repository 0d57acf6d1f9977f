package io.quorum.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client for tests (the JDK's {@link java.net.http.WebSocket}) that collects every text message it
 * receives — a message sent in parts is collected whole — and records how the connection ended. Waits are bounded:
 * the await helpers take their limit, and so does every connect and close.
 */
public final class CollectingWebSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private CollectingWebSocket(URI uri, Map<String, String> headers, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout);
        headers.forEach(builder::header);
        socket = builder.buildAsync(uri, new Collector()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a connection to {@code uri} with the given request headers, waiting at most {@code timeout} for the
     * handshake. A refused handshake fails with an {@link ExecutionException} whose cause is the JDK's
     * {@link java.net.http.WebSocketHandshakeException} (its response holds the status).
     */
    public static CollectingWebSocket connect(URI uri, Map<String, String> headers, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        return new CollectingWebSocket(uri, headers, timeout);
    }

    /** Every text message received so far, in the order they came. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    /** Every text message received so far, read as JSON. */
    public List<JsonNode> messages() {
        return texts().stream().map(JSON::readTree).toList();
    }

    /** Waits at most {@code atMost} until at least {@code count} text messages have come; answers all of them. */
    public List<String> awaitTexts(int count, Duration atMost) {
        Awaitility.await().atMost(atMost).until(() -> texts.size() >= count);
        return texts();
    }

    /** {@link #awaitTexts}, each message read as JSON. */
    public List<JsonNode> awaitMessages(int count, Duration atMost) {
        awaitTexts(count, atMost);
        return messages();
    }

    /** The status code of the close frame the server sent; completed exceptionally if the connection failed. */
    public CompletableFuture<Integer> closed() {
        return closed;
    }

    /** How the connection ended, if it did ("closed <status> <reason>" or "failed <error>"): for failure messages. */
    public List<String> ended() {
        return List.copyOf(ended);
    }

    /** Waits at most {@code atMost} for the server to close the connection; answers its status code. */
    public int awaitClosed(Duration atMost) throws InterruptedException, ExecutionException, TimeoutException {
        return closed.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends a close frame as a browser closing its tab does, waiting at most {@code atMost} for it to be sent. */
    public void sendClose(int statusCode, String reason, Duration atMost)
            throws InterruptedException, ExecutionException, TimeoutException {
        socket.sendClose(statusCode, reason).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The underlying socket, for what this class does not offer. */
    public WebSocket socket() {
        return socket;
    }

    /** Drops the connection without a close frame (nothing waits). */
    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.add("closed " + statusCode + " " + reason);
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ended.add("failed " + error);
            closed.completeExceptionally(error);
        }
    }
}
