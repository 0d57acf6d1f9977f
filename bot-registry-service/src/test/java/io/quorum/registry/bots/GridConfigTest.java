package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.registry.RegistryScenario;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GridConfigTest extends RegistryScenario {

    private static final String NEW_GRID = """
            {"lower":"90000","upper":"120000","gridCount":30,"spacing":"GEOMETRIC","investment":"750",
             "triggerPrice":"101000","stopLossPrice":"85000","takeProfitPrice":"125000","leverage":4}""";

    private final UserId alice = UserId.random();
    private final EventProbe lifecycle = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);

    @AfterEach
    void closeProbe() throws InterruptedException {
        lifecycle.close();
    }

    private BotId createBot() {
        return BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("grid")).text("id"));
    }

    private String config(BotId bot) {
        return "/api/grid-bot/" + bot + "/config";
    }

    private JsonNode storedConfig(BotId bot) {
        return get(config(bot), alice).body();
    }

    @Test
    void aGridBotsConfigShowsItsWholeGridBudgetLeverageAndStatus() {
        BotId bot = createBot();

        Response read = get(config(bot), alice);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("botId")).isEqualTo(bot.toString());
        assertThat(read.text("symbol")).isEqualTo("BTCUSDT");
        assertThat(read.text("budget")).isEqualTo("1000");
        assertThat(read.body().path("leverage").asInt()).isEqualTo(2);
        assertThat(read.text("lower")).isEqualTo("100000");
        assertThat(read.text("upper")).isEqualTo("110000");
        assertThat(read.body().path("gridCount").asInt()).isEqualTo(20);
        assertThat(read.text("spacing")).isEqualTo("ARITHMETIC");
        for (String absent : new String[] {"investment", "triggerPrice", "stopLossPrice", "takeProfitPrice"}) {
            assertThat(read.body().has(absent)).as(absent).isTrue();
            assertThat(read.body().path(absent).isNull()).as(absent).isTrue();
        }
        assertThat(read.text("status")).isEqualTo("CREATED");
    }

    @Test
    void anotherUsersBotHasNoGridConfigToReadOrChange() {
        BotId bot = createBot();
        UserId mallory = UserId.random();

        assertThat(get(config(bot), mallory).status()).isEqualTo(404);
        assertThat(put(config(bot), mallory, NEW_GRID).status()).isEqualTo(404);
        assertThat(get(config(BotId.random()), alice).status()).isEqualTo(404);
        assertThat(storedConfig(bot).path("gridCount").asInt()).isEqualTo(20);
    }

    @Test
    void aCreatedBotsGridIsChangedAndTheStoredConfigIsAnswered() {
        BotId bot = createBot();

        Response changed = put(config(bot), alice, NEW_GRID);

        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(200);
        assertThat(changed.text("lower")).isEqualTo("90000");
        assertThat(changed.text("upper")).isEqualTo("120000");
        assertThat(changed.body().path("gridCount").asInt()).isEqualTo(30);
        assertThat(changed.text("spacing")).isEqualTo("GEOMETRIC");
        assertThat(changed.text("investment")).isEqualTo("750");
        assertThat(changed.text("triggerPrice")).isEqualTo("101000");
        assertThat(changed.text("stopLossPrice")).isEqualTo("85000");
        assertThat(changed.text("takeProfitPrice")).isEqualTo("125000");
        assertThat(changed.body().path("leverage").asInt()).isEqualTo(4);
        assertThat(storedConfig(bot)).isEqualTo(changed.body());
        assertThat(get("/api/bots/" + bot, alice).body().path("grid").path("gridCount").asInt()).isEqualTo(30);
    }

    @Test
    void leavingLeverageOutKeepsItAndLeavingAnOptionOutClearsIt() {
        BotId bot = createBot();
        put(config(bot), alice, NEW_GRID);

        Response changed = put(config(bot), alice, """
                {"lower":"90000","upper":"120000","gridCount":25,"spacing":"ARITHMETIC"}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("leverage").asInt()).isEqualTo(4);
        assertThat(changed.body().path("investment").isNull()).isTrue();
        assertThat(changed.body().path("stopLossPrice").isNull()).isTrue();
    }

    @Test
    void aBrokenChangeIsABadRequestNamingTheFieldAndNothingIsStored() {
        // each field named by its path in the flat body, whether a rule or a type error refuses it
        BotId bot = createBot();

        assertField(put(config(bot), alice, NEW_GRID.replace("\"upper\":\"120000\"", "\"upper\":\"90000\"")), "upper");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"gridCount\":30", "\"gridCount\":101")), "gridCount");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"lower\":\"90000\"", "\"lower\":\"90000.05\"")), "lower");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"investment\":\"750\"", "\"investment\":\"1000.5\"")), "investment");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"stopLossPrice\":\"85000\"", "\"stopLossPrice\":\"95000\"")), "stopLossPrice");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"takeProfitPrice\":\"125000\"", "\"takeProfitPrice\":\"119000\"")), "takeProfitPrice");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"triggerPrice\":\"101000\"", "\"triggerPrice\":\"84000\"")), "triggerPrice");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"leverage\":4", "\"leverage\":21")), "leverage");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"leverage\":4", "\"leverage\":0")), "leverage");
        // blank is not "left out": leaving leverage out keeps it, but "", spaces or a NUL are no leverage at all
        assertField(put(config(bot), alice, NEW_GRID.replace("\"leverage\":4", "\"leverage\":\"\\u0000\"")), "leverage");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"leverage\":4", "\"leverage\":\"  \"")), "leverage");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"leverage\":4", "\"leverage\":\"\"")), "leverage");
        assertField(put(config(bot), alice, NEW_GRID.replace("\"gridCount\":30", "\"gridCount\":\"\"")), "gridCount");

        assertThat(storedConfig(bot).path("gridCount").asInt()).isEqualTo(20);
        assertThat(storedConfig(bot).path("leverage").asInt()).isEqualTo(2);
    }

    @Test
    void theGridEnginesRefusalOfAChangeIsPassedOnAndNothingIsStored() {
        BotId bot = createBot();
        GRID_ENGINE.refuse("\"gridCount\":97", "grid.gridCount", "levels 1.2 apart are closer than the tick 0.1");

        Response refused = put(config(bot), alice, NEW_GRID.replace("\"gridCount\":30", "\"gridCount\":97"));

        assertField(refused, "gridCount"); // the path in this flat body, though the grid engine names grid.gridCount
        assertThat(refused.text("reason")).isEqualTo("levels 1.2 apart are closer than the tick 0.1");
        assertThat(storedConfig(bot).path("gridCount").asInt()).isEqualTo(20);
    }

    @Test
    void aGridEngineThatCannotAnswerLeavesTheConfigAsItWas() {
        BotId bot = createBot();
        GRID_ENGINE.fail("\"gridCount\":93", 503);

        Response refused = put(config(bot), alice, NEW_GRID.replace("\"gridCount\":30", "\"gridCount\":93"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(storedConfig(bot).path("gridCount").asInt()).isEqualTo(20);
    }

    /** Refused before the grid engine is asked: the grid engine never sees the change. */
    @Test
    void aRunningOrStoppingBotsGridCannotChange() {
        BotId bot = createBot();
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);

        String change = NEW_GRID.replace("\"gridCount\":30", "\"gridCount\":31");

        Response running = put(config(bot), alice, change);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        Response stopping = put(config(bot), alice, change);

        for (Response refused : new Response[] {running, stopping}) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).isEqualTo("Stop the bot to change its grid");
        }
        assertThat(running.text("botStatus")).isEqualTo("RUNNING");
        assertThat(stopping.text("botStatus")).isEqualTo("STOPPING");
        assertThat(storedConfig(bot).path("gridCount").asInt()).isEqualTo(20);
        assertThat(GRID_ENGINE.requestsContaining("\"gridCount\":31")).isEmpty();
    }

    @Test
    void stopChangeAndStartRunsTheBotOnTheNewGrid() {
        BotId bot = createBot();
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        lifecycle.publish(Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("1000")), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(storedConfig(bot).path("status").asString()));

        assertThat(put(config(bot), alice, NEW_GRID).status()).isEqualTo(200);
        Response restarted = post("/api/bots/" + bot + "/start", alice, null);

        assertThat(restarted.status()).isEqualTo(200);
        BotStarted first = LifecycleEvents.await(lifecycle, bot, BotStarted.class, 1);
        BotStarted second = LifecycleEvents.await(lifecycle, bot, BotStarted.class, 2);
        assertThat(first.grid().gridCount()).isEqualTo(20);
        assertThat(second.leverage()).isEqualTo(4);
        assertThat(second.grid().lower()).isEqualTo(Price.of("90000"));
        assertThat(second.grid().gridCount()).isEqualTo(30);
        assertThat(second.grid().investment()).isEqualTo(Money.of("750"));
        assertThat(second.grid().triggerPrice()).isEqualTo(Price.of("101000"));
        assertThat(second.grid().stopLossPrice()).isEqualTo(Price.of("85000"));
        assertThat(second.grid().takeProfitPrice()).isEqualTo(Price.of("125000"));
        assertThat(LifecycleEvents.events(lifecycle, bot, BotStopRequested.class)).hasSize(1);
    }

    private static void assertField(Response refused, String field) {
        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo(field);
    }
}
