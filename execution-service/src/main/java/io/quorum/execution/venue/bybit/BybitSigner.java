package io.quorum.execution.venue.bybit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bybit V5 request signing, as xchange-bybit's {@code BybitDigest} does it: the lowercase hex
 * HMAC-SHA256, under the API secret, of timestamp + API key + recv window + payload (the query
 * string of a GET as sent, the raw JSON body of a POST).
 */
final class BybitSigner {

    private final BybitCredentials credentials;

    BybitSigner(BybitCredentials credentials) {
        this.credentials = credentials;
    }

    String sign(long timestamp, String recvWindow, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(credentials.apiSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = timestamp + credentials.apiKey() + recvWindow + payload;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
