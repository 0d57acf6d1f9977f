package io.quorum.notifier.commands.internal;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.commands.Platform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The platform as the user sees it through the gateway, asked directly as that user: the registry's
 * {@code /api/bots} and the allocation's {@code /api/balance}, with the gateway secret and {@code X-Quorum-User-Id}
 * like any request the gateway forwards. The owning service checks the user owns what is touched.
 */
class RestPlatform implements Platform {

    private static final int MAX_PAGES = 20;

    private final RestClient http;
    private final String secret;
    private final String registryUrl;
    private final String allocationUrl;

    RestPlatform(RestClient http, String secret, String registryUrl, String allocationUrl) {
        this.http = http;
        this.secret = secret;
        this.registryUrl = trimmed(registryUrl);
        this.allocationUrl = trimmed(allocationUrl);
    }

    @Override
    public List<Bot> bots(UserId user) {
        // the registry answers a page {"items","next"}; follow the cursor (a user has few bots, so a page or two)
        List<Bot> bots = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String url = registryUrl + "/api/bots?limit=100" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode answer = call("GET", url, user, "list your bots");
            JsonNode items = answer.isArray() ? answer : answer.path("items");
            if (!items.isArray()) {
                throw new Unavailable("the bot list has an unknown shape");
            }
            for (JsonNode bot : items) {
                bots.add(botOf(bot));
            }
            JsonNode next = answer.path("next");
            if (answer.isArray() || next.isMissingNode() || next.isNull() || next.asString().isEmpty()) {
                return bots;
            }
            cursor = next.asString();
        }
        return bots;
    }

    @Override
    public Bot start(UserId user, BotId bot) {
        return botOf(call("POST", registryUrl + "/api/bots/" + bot + "/start", user, "start the bot"));
    }

    @Override
    public Bot stop(UserId user, BotId bot) {
        return botOf(call("POST", registryUrl + "/api/bots/" + bot + "/stop", user, "stop the bot"));
    }

    @Override
    public Balance balance(UserId user) {
        JsonNode balance = call("GET", allocationUrl + "/api/balance", user, "read your balance");
        JsonNode equity = balance.path("equity");
        return new Balance(balance.path("balance").asString(), balance.path("allocated").asString(),
                balance.path("free").asString(), equity.isMissingNode() || equity.isNull() ? null : equity.asString());
    }

    private JsonNode call(String method, String url, UserId user, String what) {
        try {
            return http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(url)
                    .header(GatewayHeaders.SECRET, secret)
                    .header(GatewayHeaders.USER_ID, user.toString())
                    .exchange((request, response) -> {
                        JsonNode json = response.bodyTo(JsonNode.class);
                        int status = response.getStatusCode().value();
                        if (status >= 200 && status < 300) {
                            return json;
                        }
                        if (status >= 400 && status < 500) {
                            String detail = json == null ? "" : json.path("detail").asString("");
                            throw new Refused("Could not " + what + (detail.isEmpty() ? "" : ": " + detail) + ".");
                        }
                        throw new Unavailable("HTTP " + status);
                    });
        } catch (RestClientException e) {
            throw new Unavailable(e.getClass().getSimpleName());
        }
    }

    private static Bot botOf(JsonNode bot) {
        return new Bot(BotId.of(bot.path("id").asString()), bot.path("name").asString(), bot.path("symbol").asString(),
                bot.path("status").asString());
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
