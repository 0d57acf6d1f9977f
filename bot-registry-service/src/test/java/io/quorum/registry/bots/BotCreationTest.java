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
        assertThat(get("/api/bots", alice).body().findValuesAsString("id")).containsExactly(id);
        assertThat(get("/api/bots", UserId.random()).body().size()).isZero();
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
            lower above upper       | bot      | BTCUSDT  | 1000 | 2  | 110000    | 100000 | 20  | grid.lower
            lower off the tick      | bot      | BTCUSDT  | 1000 | 2  | 100000.05 | 110000 | 20  | grid.lower
            """)
    void aBrokenRuleIsABadRequestNamingTheField(String scenario, String name, String symbol, String budget,
                                                String leverage, String lower, String upper, String gridCount,
                                                String field) {
        Response refused = post("/api/bots", alice, gridBot(name, symbol, budget, leverage, lower, upper, gridCount));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).as("%s", refused.body()).isEqualTo(field);
        assertThat(get("/api/bots", alice).body().size()).isZero();
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
        assertThat(get("/api/bots", alice).body().size()).isEqualTo(5);
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
