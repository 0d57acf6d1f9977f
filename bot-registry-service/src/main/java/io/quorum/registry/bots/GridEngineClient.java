package io.quorum.registry.bots;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.GridChecks;
import java.net.http.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks the grid engine whether a grid can work: {@code POST /internal/grid/check}. */
public class GridEngineClient implements GridChecks {

    private static final Logger log = LoggerFactory.getLogger(GridEngineClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record CheckRequest(Symbol symbol, Money budget, int leverage, GridSpec grid) {
    }

    private final RestClient http;

    public GridEngineClient(GridEngineSettings settings, String gatewaySecret) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.gridEngineConnectTimeout()).build());
        factory.setReadTimeout(settings.gridEngineReadTimeout());
        this.http = RestClient.builder()
                .baseUrl(settings.gridEngineUrl().toString())
                .requestFactory(factory)
                .defaultHeader(GatewayHeaders.SECRET, gatewaySecret)
                .build();
    }

    @Override
    public Outcome check(BotSettings settings) {
        var request = new CheckRequest(settings.symbol(), settings.budget(), settings.leverage(), settings.grid());
        try {
            http.post().uri("/internal/grid/check")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(request))
                    .retrieve()
                    .toBodilessEntity();
            return new Passed();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)) {
                return refusal(e.getResponseBodyAsString());
            }
            log.warn("grid engine answered {} to a grid check: {}", e.getStatusCode(), e.getResponseBodyAsString());
            return new Unavailable("the grid engine answered " + e.getStatusCode().value());
        } catch (RestClientException e) {
            log.warn("grid engine unreachable for a grid check: {}", e.getMessage());
            return new Unavailable("the grid engine did not answer");
        }
    }

    /** The grid engine's problem+json names the field and the reason; both go to the user unchanged. */
    private static Refused refusal(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String field = problem.path("field").isString() ? problem.get("field").asString() : "grid";
            String reason = problem.path("reason").isString() ? problem.get("reason").asString()
                    : problem.path("detail").isString() ? problem.get("detail").asString() : "the grid cannot work";
            return new Refused(field, reason);
        } catch (JacksonException e) {
            return new Refused("grid", "the grid cannot work");
        }
    }
}
