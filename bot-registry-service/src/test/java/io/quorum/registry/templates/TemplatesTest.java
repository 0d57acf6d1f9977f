package io.quorum.registry.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryScenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TemplatesTest extends RegistryScenario {

    private final UserId anyone = UserId.random();

    @Test
    void listsTheConservativeAndAggressiveTrendTemplates() {
        Response list = get("/api/templates", anyone);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").findValuesAsString("id")).startsWith("conservative-trend", "aggressive-trend");
        assertThat(list.body().path("next").isNull()).isTrue();
        JsonNode conservative = list.body().path("items").get(0);
        assertThat(conservative.path("name").asString()).isEqualTo("Conservative trend");
        assertThat(conservative.path("description").asString()).isNotBlank();
        assertThat(conservative.path("indicators").toString()).contains("rsi-14", "ema-21");
        JsonNode trend = conservative.path("trend");
        assertThat(trend.path("templateId").asString()).isEqualTo("conservative-trend");
        assertThat(trend.path("decisionInterval").asString()).isEqualTo("15m");
        assertThat(trend.path("contextIntervals").toString()).isEqualTo("[\"15m\",\"1h\",\"4h\"]");
        assertThat(trend.path("riskPercent").asString()).isEqualTo("1");
        assertThat(trend.path("leverage").path("min").asInt()).isEqualTo(1);
        assertThat(trend.path("leverage").path("max").asInt()).isEqualTo(3);
        assertThat(trend.path("stopLoss").path("max").asString()).isEqualTo("3");
        assertThat(trend.path("stopLossMonitorPercent").asString()).isEqualTo("-10");
        assertThat(trend.path("thresholds").toString())
                .isEqualTo("{\"LONG\":\"2/3\",\"SHORT\":\"2/3\",\"CLOSE\":\">1/2\",\"DCA\":\"3/3\",\"STOP_LOSS\":\"1/3\"}");
        assertThat(trend.path("voters").toString()).isEqualTo("[\"ema-cross\",\"rsi-bands\",\"llm:default\"]");
    }

    @Test
    void theListIsPagedLikeEveryOther() {
        Response first = get("/api/templates?limit=1", anyone);

        assertThat(first.body().path("items").findValuesAsString("id")).containsExactly("conservative-trend");
        Response second = get("/api/templates?limit=1&cursor=" + first.text("next"), anyone);
        assertThat(second.body().path("items").findValuesAsString("id")).containsExactly("aggressive-trend");
        assertThat(second.body().path("next").isNull()).isTrue();
        assertThat(get("/api/templates?limit=0", anyone).text("field")).isEqualTo("limit");
        assertThat(get("/api/templates?cursor=bm9wZQ", anyone).text("field")).isEqualTo("cursor");
    }

    @Test
    void showsOneTemplateToAnyUser() {
        Response aggressive = get("/api/templates/aggressive-trend", UserId.random());

        assertThat(aggressive.status()).isEqualTo(200);
        assertThat(aggressive.text("id")).isEqualTo("aggressive-trend");
        assertThat(aggressive.body().path("trend").path("riskPercent").asString()).isEqualTo("2.5");
        assertThat(aggressive.body().path("trend").path("leverage").path("min").asInt()).isEqualTo(2);
        assertThat(aggressive.body().path("trend").path("leverage").path("max").asInt()).isEqualTo(10);
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        Response missing = get("/api/templates/moon-trend", anyone);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedTemplateIdIsABadRequestNamingTheId() {
        Response malformed = get("/api/templates/Not_A_Slug", anyone);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.text("field")).isEqualTo("id");
    }

    @Test
    void templatesStillNeedTheGatewaySecret() {
        assertThat(send("GET", "/api/templates", anyone, null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/templates/conservative-trend", anyone, null, "wrong").status()).isEqualTo(401);
    }
}
