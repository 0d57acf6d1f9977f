package io.quorum.registry.bots;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.registry.bots.domain.BudgetReservations;
import java.math.BigDecimal;
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

/** Reserves bot budgets at the allocation service: {@code POST /internal/budgets/{botId}/reserve}. */
public class AllocationClient implements BudgetReservations {

    private static final Logger log = LoggerFactory.getLogger(AllocationClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record ReserveRequest(String userId, String amount) {
    }

    private final RestClient http;

    public AllocationClient(AllocationSettings settings, String gatewaySecret) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build());
        factory.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(settings.url().toString())
                .requestFactory(factory)
                .defaultHeader(GatewayHeaders.SECRET, gatewaySecret)
                .build();
    }

    @Override
    public Reservation reserve(BotId bot, UserId owner, Money amount) {
        try {
            http.post().uri("/internal/budgets/{botId}/reserve", bot.toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(new ReserveRequest(owner.toString(), amount.toString())))
                    .retrieve()
                    .toBodilessEntity();
            return new Reserved();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                return refusal(e.getResponseBodyAsString());
            }
            log.warn("allocation answered {} to reserving bot {}: {}", e.getStatusCode(), bot, e.getResponseBodyAsString());
            return new Unavailable("the allocation service answered " + e.getStatusCode().value());
        } catch (RestClientException e) {
            log.warn("allocation unreachable while reserving bot {}: {}", bot, e.getMessage());
            return new Unavailable("the allocation service did not answer");
        }
    }

    /** The allocation's problem+json, passed on to the user: its detail and the amounts, when it sent them. */
    private static Refused refusal(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String detail = problem.path("detail").isString() ? problem.get("detail").asString() : "insufficient balance";
            return new Refused(detail, decimal(problem.get("needed")), decimal(problem.get("free")));
        } catch (JacksonException e) {
            return new Refused("insufficient balance", null, null);
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
