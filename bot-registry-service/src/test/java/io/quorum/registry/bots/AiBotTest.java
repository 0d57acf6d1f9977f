package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.registry.RegistryScenario;
import io.quorum.testkit.EventProbe;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AiBotTest extends RegistryScenario {

    private final UserId alice = UserId.random();
    private final EventProbe lifecycle = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);

    @AfterEach
    void closeProbe() throws InterruptedException {
        lifecycle.close();
    }

    static String aiBot(String templateId, String symbol, String budget, String leverage) {
        return """
                {"name":"trend","kind":"AI_TREND","templateId":%s,"symbol":"%s","budget":"%s","leverage":%s}"""
                .formatted(templateId == null ? "null" : "\"" + templateId + "\"", symbol, budget, leverage);
    }

    private BotId create(String templateId, String leverage) {
        Response created = post("/api/bots", alice, aiBot(templateId, "ETHUSDT", "750", leverage));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return BotId.of(created.text("id"));
    }

    @Test
    void createsAnAiBotFromATemplateWithItsOwnSymbolBudgetAndLeverage() {
        Response created = post("/api/bots", alice, aiBot("aggressive-trend", "ETHUSDT", "750", "7"));

        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.text("kind")).isEqualTo("AI_TREND");
        assertThat(created.text("templateId")).isEqualTo("aggressive-trend");
        assertThat(created.text("symbol")).isEqualTo("ETHUSDT");
        assertThat(created.text("budget")).isEqualTo("750");
        assertThat(created.body().path("leverage").asInt()).isEqualTo(7);
        assertThat(created.body().path("grid").isNull()).isTrue();
        assertThat(created.body().path("trend").path("riskPercent").asString()).isEqualTo("2.5");
        assertThat(created.body().path("trend").path("thresholds").path("LONG").asString()).isEqualTo(">1/2");
        Response read = get("/api/bots/" + created.text("id"), alice);
        assertThat(read.text("templateId")).isEqualTo("aggressive-trend");
        assertThat(read.body().path("trend")).isEqualTo(created.body().path("trend"));
        assertThat(GRID_ENGINE.requestsContaining("\"budget\":\"750\"")).isEmpty();
    }

    @Test
    void listsGridAndAiBotsTogether() {
        post("/api/bots", alice, BotCreationTest.validGridBot("grid"));
        create("conservative-trend", "2");

        assertThat(get("/api/bots", alice).body().path("items").findValuesAsString("kind")).containsExactly("GRID", "AI_TREND");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            leverage below the template's bounds | aggressive-trend   | BTCUSDT  | 1  | leverage
            leverage above the template's bounds | conservative-trend | BTCUSDT  | 4  | leverage
            leverage above twenty                | aggressive-trend   | BTCUSDT  | 21 | leverage
            unknown template                     | moon-trend         | BTCUSDT  | 2  | templateId
            malformed template id                | Moon Trend!        | BTCUSDT  | 2  | templateId
            no template                          | null               | BTCUSDT  | 2  | templateId
            unknown symbol                       | conservative-trend | DOGEUSDT | 2  | symbol
            """)
    void aBrokenRuleIsABadRequestNamingTheFieldAndNothingIsStored(String scenario, String templateId, String symbol,
                                                                  String leverage, String field) {
        Response refused = post("/api/bots", alice, aiBot(templateId, symbol, "500", leverage));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo(field);
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    @Test
    void aGridOnAnAiBotIsABadRequestNamingTheGridAndNothingIsStored() {
        String withGrid = aiBot("conservative-trend", "BTCUSDT", "500", "2").replace("}",
                ",\"grid\":{\"lower\":\"100000\",\"upper\":\"110000\",\"gridCount\":20,\"spacing\":\"ARITHMETIC\"}}");

        Response refused = post("/api/bots", alice, withGrid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo("grid");
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    @Test
    void anAiBotHasNoGridConfig() {
        BotId bot = create("conservative-trend", "2");

        assertThat(get("/api/grid-bot/" + bot + "/config", alice).status()).isEqualTo(404);
        assertThat(put("/api/grid-bot/" + bot + "/config", alice, """
                {"lower":"100000","upper":"110000","gridCount":20,"spacing":"ARITHMETIC"}""").status()).isEqualTo(404);
    }

    @Test
    void startingReservesTheBudgetAndPublishesBotStartedWithTheTemplatesTrend() {
        BotId bot = create("conservative-trend", "3");

        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);

        assertThat(ALLOCATION.requestsFor(bot).getFirst().body()).contains(alice.toString(), "\"750\"");
        BotStarted started = LifecycleEvents.await(lifecycle, bot, BotStarted.class);
        assertThat(started.kind()).isEqualTo(BotKind.AI_TREND);
        assertThat(started.leverage()).isEqualTo(3);
        assertThat(started.budget()).isEqualTo(Money.of("750"));
        assertThat(started.grid()).isNull();
        assertThat(started.trend().templateId()).isEqualTo(TemplateId.of("conservative-trend"));
        assertThat(started.trend().riskPercent()).isEqualTo(Percent.of("1"));
        assertThat(started.trend().leverage().max()).isEqualTo(3);
        assertThat(started.trend().thresholdOf(TradeAction.CLOSE)).hasToString(">1/2");
        assertThat(started.trend().voters()).containsExactly("ema-cross", "rsi-bands", "llm:default");
    }

    @Test
    void stoppingAnAiBotGoesThroughTheUsualStopFlow() {
        BotId bot = create("aggressive-trend", "5");
        post("/api/bots/" + bot + "/start", alice, null);

        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        assertThat(LifecycleEvents.await(lifecycle, bot, BotStopRequested.class).userId()).isEqualTo(alice);
        lifecycle.publish(Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("750")),
                Instant.parse("2026-03-01T12:00:00Z")));

        assertThat(LifecycleEvents.await(lifecycle, bot, BotStopped.class).botId()).isEqualTo(bot);
        assertThat(get("/api/bots/" + bot, alice).text("status")).isEqualTo("STOPPED");
    }
}
