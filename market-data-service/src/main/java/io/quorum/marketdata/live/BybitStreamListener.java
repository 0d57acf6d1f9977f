package io.quorum.marketdata.live;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Hands each complete text message of one connection on (the JDK may deliver a message in parts),
 * and reports once when the connection ends, by a close frame or an error.
 */
final class BybitStreamListener implements WebSocket.Listener {

    private final Consumer<String> onMessage;
    private final Consumer<String> onEnd;
    private final StringBuilder partial = new StringBuilder();

    BybitStreamListener(Consumer<String> onMessage, Consumer<String> onEnd) {
        this.onMessage = onMessage;
        this.onEnd = onEnd;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            onMessage.accept(partial.toString());
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        onEnd.accept("closed: " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        onEnd.accept("connection failed: " + error);
    }
}
