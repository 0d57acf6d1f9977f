package io.quorum.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bybit's check of a signed V5 request: a known API key (10003), a timestamp inside the receive
 * window (10002; the window is 5000 ms when the header is absent, and the timestamp may be at most
 * 1000 ms ahead of the server), and {@code X-BAPI-SIGN} equal to the lowercase hex HMAC-SHA256, under
 * the account's secret, of timestamp + API key + recv-window header (empty when absent) + payload (10004).
 */
final class FakeBybitSignature {

    private FakeBybitSignature() {
    }

    /** The retCode refusing the request, or null when it is properly signed. */
    static Integer check(HttpExchange exchange, FakeBybitAccount account, String payload, long serverMillis) {
        if (account == null) {
            return 10003;
        }
        String timestamp = header(exchange, "X-BAPI-TIMESTAMP");
        String recvWindowHeader = header(exchange, "X-BAPI-RECV-WINDOW");
        long sent;
        long recvWindow;
        try {
            sent = Long.parseLong(timestamp);
            recvWindow = recvWindowHeader.isEmpty() ? 5000 : Long.parseLong(recvWindowHeader);
        } catch (NumberFormatException malformed) {
            return 10002;
        }
        if (sent < serverMillis - recvWindow || sent >= serverMillis + 1000) {
            return 10002;
        }
        String expected = sign(account.secret(), timestamp + account.apiKey() + recvWindowHeader + payload);
        byte[] given = header(exchange, "X-BAPI-SIGN").toLowerCase().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given) ? null : 10004;
    }

    static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }
}
