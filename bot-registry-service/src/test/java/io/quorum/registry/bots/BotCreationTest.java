package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BotCreationTest extends RegistryScenario {

    static final String GRID_BOT = """
            {"name":"%s","kind":"GRID","symbol":"%s","budget":"%s","leverage":%s,
             "grid":{"lower":"%s","upper":"%s","gridCount":%s,"spacing":"ARITHMETIC"}}""";

    static String gridBot(String name, String symbol, String budget, String leverage, String lower, String upper,
                          String gridCount) {
        return GRID_BOT.formatted(name, symbol, budget, leverage, lower, upper, gridCount);
    }

    static String validGridBot(String name) {
        return gridBot(name, "BTCUSDT", "1000", "2", "100000", "110000", "20");
    }

    private final UserId alice = UserId.random();

    @Test
    void createsAGridBotForTheCallerAndListsItForThemOnly() {
        Response created = post("/api/bots", alice, validGridBot("BTC range"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("CREATED");
        assertThat(created.text("kind")).isEqualTo("GRID");
        assertThat(created.text("symbol")).isEqualTo("BTCUSDT");
        assertThat(created.text("budget")).isEqualTo("1000");
        assertThat(created.body().path("leverage").asInt()).isEqualTo(2);
        assertThat(created.body().path("grid").path("lower").asString()).isEqualTo("100000");
        assertThat(created.body().path("grid").path("upper").asString()).isEqualTo("110000");
        assertThat(created.body().path("grid").path("gridCount").asInt()).isEqualTo(20);
        assertThat(created.body().path("grid").path("spacing").asString()).isEqualTo("ARITHMETIC");
        assertThat(created.body().has("statusReason")).isTrue();
        assertThat(created.text("createdAt")).isNotBlank();
        assertThat(created.text("updatedAt")).isNotBlank();
        String id = created.text("id");

        assertThat(get("/api/bots/" + id, alice).text("name")).isEqualTo("BTC range");
        assertThat(get("/api/bots", alice).body().path("items").findValuesAsString("id")).containsExactly(id);
        assertThat(get("/api/bots", UserId.random()).body().path("items").size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty name              | ''       | BTCUSDT  | 1000 | 2  | 100000    | 110000 | 20  | name
            name over 60 chars      | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | BTCUSDT | 1000 | 2 | 100000 | 110000 | 20 | name
            unknown symbol          | bot      | DOGEUSDT | 1000 | 2  | 100000    | 110000 | 20  | symbol
            zero budget             | bot      | BTCUSDT  | 0    | 2  | 100000    | 110000 | 20  | budget
            budget not a number     | bot      | BTCUSDT  | lots | 2  | 100000    | 110000 | 20  | budget
            leverage zero           | bot      | BTCUSDT  | 1000 | 0  | 100000    | 110000 | 20  | leverage
            leverage above twenty   | bot      | BTCUSDT  | 1000 | 21 | 100000    | 110000 | 20  | leverage
            one grid                | bot      | BTCUSDT  | 1000 | 2  | 100000    | 110000 | 1   | grid.gridCount
            too many grids          | bot      | BTCUSDT  | 1000 | 2  | 100000    | 110000 | 101 | grid.gridCount
            lower above upper       | bot      | BTCUSDT  | 1000 | 2  | 110000    | 100000 | 20  | grid.upper
            lower off the tick      | bot      | BTCUSDT  | 1000 | 2  | 100000.05 | 110000 | 20  | grid.lower
            """)
    void aBrokenRuleIsABadRequestNamingTheField(String scenario, String name, String symbol, String budget,
                                                String leverage, String lower, String upper, String gridCount,
                                                String field) {
        Response refused = post("/api/bots", alice, gridBot(name, symbol, budget, leverage, lower, upper, gridCount));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo(field);
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    static String gridBotWithOptions(String budget, String gridCount, String investment, String trigger,
                                     String stopLoss, String takeProfit) {
        return """
                {"name":"options","kind":"GRID","symbol":"BTCUSDT","budget":"%s","leverage":3,
                 "grid":{"lower":"100000","upper":"110000","gridCount":%s,"spacing":"GEOMETRIC",
                 "investment":%s,"triggerPrice":%s,"stopLossPrice":%s,"takeProfitPrice":%s}}"""
                .formatted(budget, gridCount, json(investment), json(trigger), json(stopLoss), json(takeProfit));
    }

    private static String json(String decimal) {
        return decimal == null || decimal.equals("null") ? "null" : "\"" + decimal + "\"";
    }

    @Test
    void createsAGridBotWithItsInvestmentEntryAndExitsAfterTheGridEngineCheckedIt() {
        Response created = post("/api/bots", alice, gridBotWithOptions("1000", "20", "600.5", "104000", "95000", "115000"));

        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        var grid = created.body().path("grid");
        assertThat(grid.path("investment").asString()).isEqualTo("600.5");
        assertThat(grid.path("triggerPrice").asString()).isEqualTo("104000");
        assertThat(grid.path("stopLossPrice").asString()).isEqualTo("95000");
        assertThat(grid.path("takeProfitPrice").asString()).isEqualTo("115000");
        assertThat(get("/api/bots/" + created.text("id"), alice).body().path("grid")).isEqualTo(grid);
        var check = GRID_ENGINE.requestsContaining("\"investment\":\"600.5\"").getFirst();
        assertThat(check.secret()).isEqualTo(SECRET);
        assertThat(check.body()).contains("\"symbol\":\"BTCUSDT\"", "\"budget\":\"1000\"", "\"leverage\":3",
                "\"triggerPrice\":\"104000\"", "\"stopLossPrice\":\"95000\"", "\"takeProfitPrice\":\"115000\"");
    }

    @Test
    void aGridBotWithoutOptionsStoresNoneOfThem() {
        Response created = post("/api/bots", alice, validGridBot("plain"));

        var grid = created.body().path("grid");
        assertThat(grid.path("investment").isNull()).isTrue();
        assertThat(grid.path("triggerPrice").isNull()).isTrue();
        assertThat(grid.path("stopLossPrice").isNull()).isTrue();
        assertThat(grid.path("takeProfitPrice").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            zero investment              | 0       | null      | null     | null     | grid.investment
            investment above the budget  | 1000.01 | null      | null     | null     | grid.investment
            stop-loss inside the grid    | null    | null      | 100500   | null     | grid.stopLossPrice
            take-profit inside the grid  | null    | null      | null     | 109000   | grid.takeProfitPrice
            trigger below the stop-loss  | null    | 94000     | 95000    | 115000   | grid.triggerPrice
            trigger above the take-profit| null    | 116000    | 95000    | 115000   | grid.triggerPrice
            stop-loss off the tick       | null    | null      | 95000.05 | null     | grid.stopLossPrice
            """)
    void aBrokenGridOptionIsABadRequestNamingTheFieldAndNothingIsStored(String scenario, String investment,
                                                                        String trigger, String stopLoss,
                                                                        String takeProfit, String field) {
        Response refused = post("/api/bots", alice, gridBotWithOptions("1000", "20", investment, trigger, stopLoss, takeProfit));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo(field);
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    @Test
    void theGridEnginesRefusalIsPassedOnAsABadRequestAndNothingIsStored() {
        GRID_ENGINE.refuse("\"budget\":\"1.17\"", "grid.investment",
                "0.0000005 BTC per level is below the minimum order quantity 0.001");

        Response refused = post("/api/bots", alice, gridBotWithOptions("1.17", "20", null, null, null, null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).isEqualTo("grid.investment");
        assertThat(refused.text("reason")).isEqualTo("0.0000005 BTC per level is below the minimum order quantity 0.001");
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    @Test
    void aGridEngineThatCannotAnswerIsUnavailableAndNothingIsStored() {
        GRID_ENGINE.fail("\"budget\":\"1.19\"", 503);

        Response refused = post("/api/bots", alice, gridBotWithOptions("1.19", "20", null, null, null, null));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/bots", alice).body().path("items").size()).isZero();
    }

    @Test
    void aRuleTheRegistryChecksNeverReachesTheGridEngine() {
        post("/api/bots", alice, gridBotWithOptions("1.21", "101", null, null, null, null));

        assertThat(GRID_ENGINE.requestsContaining("\"budget\":\"1.21\"")).isEmpty();
    }

    @Test
    void anUnknownKindIsABadRequestNamingTheField() {
        Response refused = post("/api/bots", alice, validGridBot("bot").replace("\"GRID\"", "\"MOON\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo("kind");
    }

    @Test
    void aUserCannotHaveASixthBot() {
        for (int i = 1; i <= 5; i++) {
            assertThat(post("/api/bots", alice, validGridBot("bot " + i)).status()).isEqualTo(201);
        }

        Response sixth = post("/api/bots", alice, validGridBot("bot 6"));

        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.text("field")).isEqualTo("bots");
        assertThat(get("/api/bots", alice).body().path("items").size()).isEqualTo(5);
        assertThat(post("/api/bots", UserId.random(), validGridBot("someone else's")).status()).isEqualTo(201);
    }

    @Test
    void anotherUsersBotIsNotFound() {
        String id = post("/api/bots", alice, validGridBot("mine")).text("id");
        UserId mallory = UserId.random();

        assertThat(get("/api/bots/" + id, mallory).status()).isEqualTo(404);
        assertThat(post("/api/bots/" + id + "/start", mallory, null).status()).isEqualTo(404);
        assertThat(post("/api/bots/" + id + "/stop", mallory, null).status()).isEqualTo(404);
        assertThat(get("/api/bots/" + id, alice).text("status")).isEqualTo("CREATED");
    }
}
