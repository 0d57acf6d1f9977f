package io.quorum.testkit;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One accepted TCP connection of {@link FakeBybitMarket}: the HTTP request that opens it, and, once
 * upgraded, the WebSocket frames of RFC 6455 (client frames masked, server frames not; text,
 * continuation, ping, pong and close). The JDK has no WebSocket server, and this small one lets a
 * test cut a connection abruptly, as a network drop does.
 */
final class FakeBybitSocket implements AutoCloseable {

    private static final String ACCEPT_MAGIC = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** The request line's path and query, and the headers (names in lower case). */
    record Request(String method, String path, String query, Map<String, String> headers) {

        boolean upgradesToWebSocket() {
            return "websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    FakeBybitSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    Request readRequest() throws IOException {
        String[] requestLine = readLine().split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String target = requestLine[1];
        int question = target.indexOf('?');
        return new Request(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), headers);
    }

    void respond(int status, String reason, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    void acceptUpgrade(Request request) throws IOException {
        String accept = Base64.getEncoder().encodeToString(sha1(request.headers().get("sec-websocket-key") + ACCEPT_MAGIC));
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads frames until the peer closes or the socket is cut, handing each complete text message on. */
    void readMessages(Consumer<String> onText) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first = readByte();
            int second = readByte();
            int opcode = first & 0x0F;
            long length = second & 0x7F;
            if (length == 126) {
                length = (readByte() << 8) | readByte();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | readByte();
                }
            }
            byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            switch (opcode) {
                case 0x0, 0x1 -> {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        onText.accept(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                    }
                }
                case 0x8 -> {
                    send(0x8, payload);
                    return;
                }
                case 0x9 -> send(0xA, payload);
                default -> {
                    // a pong, or an opcode the fake does not use: nothing to answer
                }
            }
        }
    }

    void sendText(String text) throws IOException {
        send(0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void send(int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        out.write(payload);
        out.flush();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = readByte(); b != '\n'; b = readByte()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed");
        }
        return b;
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cuts the TCP connection without a close frame, as a network drop does. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
