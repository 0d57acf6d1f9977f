package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.SendOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts a JSON message and reports the answer: only a 2xx counts as delivered. Errors never carry
 * the request URL, because a Telegram URL contains the user's bot token.
 */
final class JsonPost {

    private static final int MAX_ERROR_LENGTH = 300;

    private JsonPost() {
    }

    static SendOutcome post(RestClient http, URI uri, Object body) {
        try {
            return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        return status.is2xxSuccessful() ? SendOutcome.sent()
                                : SendOutcome.failed("HTTP " + status.value() + ": " + snippet(response.getBody()));
                    });
        } catch (RestClientException e) {
            return SendOutcome.failed("I/O error: " + describe(rootOf(e)));
        }
    }

    private static String snippet(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_ERROR_LENGTH);
        return new String(bytes, StandardCharsets.UTF_8).strip();
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable root) {
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String text = root.getClass().getSimpleName() + message;
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
