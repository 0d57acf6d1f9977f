package io.quorum.notifier.commands.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The two Bot API methods the commands use: {@code getUpdates} (long polling) and {@code sendMessage}. Errors never
 * carry the URL: it contains the user's bot token.
 */
class TelegramBotApi {

    /** A text message written to the bot: {@code chatId} is the chat it came from. */
    record Update(long updateId, String chatId, String text) {
    }

    record SendMessage(@JsonProperty("chat_id") String chatId, String text) {
    }

    record GetUpdates(long offset, long timeout, @JsonProperty("allowed_updates") List<String> allowedUpdates) {
    }

    /** Telegram answered with an error, or could not be reached. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final RestClient http;
    private final String baseUrl;

    TelegramBotApi(RestClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Updates from {@code offset} on (confirming every one below it), waiting up to {@code wait} for one. */
    List<Update> getUpdates(String token, long offset, Duration wait) {
        JsonNode answer = call(token, "getUpdates", new GetUpdates(offset, wait.toSeconds(), List.of("message")));
        if (!answer.path("result").isArray()) {
            throw new Failure("getUpdates: the answer's result is not a list of updates");
        }
        List<Update> updates = new ArrayList<>();
        for (JsonNode update : answer.path("result")) {
            JsonNode message = update.path("message");
            String text = message.path("text").asString("");
            if (!message.isMissingNode() && !text.isEmpty()) {
                updates.add(new Update(update.path("update_id").asLong(), message.path("chat").path("id").asString(), text));
            } else {
                // not a text message (a photo, an edit…): confirmed and skipped
                updates.add(new Update(update.path("update_id").asLong(), null, null));
            }
        }
        return updates;
    }

    void sendMessage(String token, String chatId, String text) {
        call(token, "sendMessage", new SendMessage(chatId, text));
    }

    private JsonNode call(String token, String method, Object body) {
        // the settings policy only lets URL-safe tokens in, so the token cannot change the path or host
        URI uri = URI.create(baseUrl + "/bot" + token + "/" + method);
        try {
            JsonNode answer = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange((request, response) -> {
                        JsonNode json = response.bodyTo(JsonNode.class);
                        if (!response.getStatusCode().is2xxSuccessful() || json == null || !json.path("ok").asBoolean()) {
                            throw new Failure(method + ": HTTP " + response.getStatusCode().value() + " "
                                    + (json == null ? "" : json.path("description").asString("")));
                        }
                        return json;
                    });
            return answer;
        } catch (RestClientException e) {
            throw new Failure(method + ": " + e.getClass().getSimpleName());
        }
    }
}
