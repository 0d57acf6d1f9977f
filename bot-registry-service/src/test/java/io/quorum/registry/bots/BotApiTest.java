package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The bot API beyond create/start/stop: PATCH with its allow-list, DELETE, start-all and stop-all, paging. */
class BotApiTest extends RegistryScenario {

    private final UserId alice = UserId.random();

    @Autowired
    BotLifecycle lifecycle;

    private String createBot(String name) {
        Response created = post("/api/bots", alice, BotCreationTest.validGridBot(name));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private Response patch(String bot, UserId caller, String json) {
        return send("PATCH", "/api/bots/" + bot, caller, json, SECRET);
    }

    private Response delete(String bot, UserId caller) {
        return send("DELETE", "/api/bots/" + bot, caller, null, SECRET);
    }

    @Test
    void patchChangesNameBudgetAndLeverageOfABotThatIsNotRunning() {
        String bot = createBot("before");

        Response patched = patch(bot, alice, "{\"name\":\"  after \",\"budget\":\"1500.50\",\"leverage\":3}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("name")).isEqualTo("after");
        assertThat(patched.text("budget")).isEqualTo("1500.5");
        assertThat(patched.body().path("leverage").asInt()).isEqualTo(3);
        Response read = get("/api/bots/" + bot, alice);
        assertThat(read.text("name")).isEqualTo("after");
        assertThat(read.text("budget")).isEqualTo("1500.5");
        assertThat(read.body().path("grid").path("gridCount").asInt()).isEqualTo(20);
    }

    @Test
    void aRunningBotMayBeRenamedButItsBudgetAndLeverageOnlyChangeOnceStopped() {
        String bot = createBot("runner");
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);

        Response budget = patch(bot, alice, "{\"budget\":\"2000\"}");
        Response leverage = patch(bot, alice, "{\"leverage\":5}");
        Response renamed = patch(bot, alice, "{\"name\":\"still running\"}");

        assertThat(budget.status()).isEqualTo(409);
        assertThat(budget.text("detail")).isEqualTo("Stop the bot to change its budget or leverage");
        assertThat(budget.text("botStatus")).isEqualTo("RUNNING");
        assertThat(leverage.status()).isEqualTo(409);
        assertThat(renamed.status()).isEqualTo(200);
        Response read = get("/api/bots/" + bot, alice);
        assertThat(read.text("name")).isEqualTo("still running");
        assertThat(read.text("budget")).isEqualTo("1000");
        assertThat(read.body().path("leverage").asInt()).isEqualTo(2);
        assertThat(read.text("status")).isEqualTo("RUNNING");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id          | {"id":"00000000-0000-0000-0000-000000000001"}
            status      | {"status":"RUNNING"}
            userId      | {"name":"mine now","userId":"00000000-0000-0000-0000-000000000001"}
            owner       | {"owner":"00000000-0000-0000-0000-000000000001"}
            kind        | {"kind":"AI_TREND"}
            symbol      | {"symbol":"ETHUSDT"}
            grid        | {"grid":{"lower":"1","upper":"2","gridCount":2,"spacing":"ARITHMETIC"}}
            templateId  | {"templateId":"aggressive-trend"}
            createdAt   | {"createdAt":"2020-01-01T00:00:00Z"}
            isAdmin     | {"budget":"10","isAdmin":true}
            """)
    void everyFieldOutsideTheAllowListIsA400NamingItAndChangesNothing(String field, String json) {
        String bot = createBot("guarded");
        JsonNode before = get("/api/bots/" + bot, alice).body();

        Response refused = patch(bot, alice, json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).isEqualTo(field);
        assertThat(get("/api/bots/" + bot, alice).body()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty name           | {"name":"  "}                   | name
            name not a string    | {"name":42}                     | name
            name null            | {"name":null}                   | name
            zero budget          | {"budget":"0"}                  | budget
            negative budget      | {"budget":-5}                   | budget
            budget not a number  | {"budget":"lots"}               | budget
            budget too large     | {"budget":"1e400"}              | budget
            budget too precise   | {"budget":"1.000000001"}        | budget
            leverage above 20    | {"leverage":21}                 | leverage
            leverage a decimal   | {"leverage":2.5}                | leverage
            leverage a string    | {"leverage":"2"}                | leverage
            empty object         | {}                              | body
            an array             | [{"name":"x"}]                  | body
            not json             | {"name":                        | body
            """)
    void anEditBreakingACreationRuleIsA400NamingTheFieldAndChangesNothing(String what, String json, String field) {
        String bot = createBot("checked");
        JsonNode before = get("/api/bots/" + bot, alice).body();

        Response refused = patch(bot, alice, json);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo(field);
        assertThat(get("/api/bots/" + bot, alice).body()).isEqualTo(before);
    }

    @Test
    void aBudgetBelowTheGridsInvestmentIsRefusedByTheSameRuleAsOnCreation() {
        String bot = post("/api/bots", alice, """
                {"name":"invests","kind":"GRID","symbol":"BTCUSDT","budget":"1000","leverage":2,
                 "grid":{"lower":"100000","upper":"110000","gridCount":20,"spacing":"ARITHMETIC","investment":"800"}}""")
                .text("id");

        Response refused = patch(bot, alice, "{\"budget\":\"500\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("grid.investment");
        assertThat(get("/api/bots/" + bot, alice).text("budget")).isEqualTo("1000");
    }

    @Test
    void anotherUsersBotCannotBeChangedOrDeletedAndLooksAbsent() {
        String bot = createBot("alice's");
        UserId mallory = UserId.random();

        assertThat(patch(bot, mallory, "{\"name\":\"mallory's\"}").status()).isEqualTo(404);
        assertThat(delete(bot, mallory).status()).isEqualTo(404);
        assertThat(get("/api/bots/" + bot + "/audit", mallory).status()).isEqualTo(404);
        assertThat(get("/api/bots/" + bot, alice).text("name")).isEqualTo("alice's");
    }

    @Test
    void aDeletedBotLeavesListsReadsAndTheLimitButKeepsItsHistory() {
        List<String> bots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bots.add(createBot("bot " + i));
        }
        assertThat(post("/api/bots", alice, BotCreationTest.validGridBot("sixth")).status()).isEqualTo(400);
        String deleted = bots.getFirst();

        assertThat(delete(deleted, alice).status()).isEqualTo(204);

        assertThat(get("/api/bots/" + deleted, alice).status()).isEqualTo(404);
        assertThat(delete(deleted, alice).status()).isEqualTo(404);
        assertThat(patch(deleted, alice, "{\"name\":\"back\"}").status()).isEqualTo(404);
        assertThat(post("/api/bots/" + deleted + "/start", alice, null).status()).isEqualTo(404);
        assertThat(get("/api/bots", alice).body().path("items").findValuesAsString("id")).doesNotContain(deleted);
        assertThat(post("/api/bots", alice, BotCreationTest.validGridBot("sixth")).status()).isEqualTo(201);
        JsonNode history = get("/api/bots/" + deleted + "/audit", alice).body().path("items");
        assertThat(history.findValuesAsString("action")).containsExactly("DELETED", "CREATED");
    }

    @Test
    void onlyABotThatDoesNotTradeCanBeDeleted() {
        String bot = createBot("busy");
        post("/api/bots/" + bot + "/start", alice, null);

        Response refused = delete(bot, alice);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(get("/api/bots/" + bot, alice).text("status")).isEqualTo("RUNNING");
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        assertThat(delete(bot, alice).status()).isEqualTo(409);
    }

    @Test
    void whileAStartIsUnderWayTheBudgetCannotChangeNorTheBotBeDeletedNorStartedTwice() {
        String bot = createBot("starting");
        var ticket = lifecycle.beginStart(BotId.of(bot), alice);

        assertThat(patch(bot, alice, "{\"budget\":\"2000\"}").status()).isEqualTo(409);
        assertThat(delete(bot, alice).status()).isEqualTo(409);
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(409);
        assertThat(patch(bot, alice, "{\"name\":\"renamed meanwhile\"}").status()).isEqualTo(200);

        lifecycle.abandonStart(ticket);
        assertThat(patch(bot, alice, "{\"budget\":\"2000\"}").status()).isEqualTo(200);
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
    }

    @Test
    void startAllStartsWhatItCanAndSaysPerBotWhatHappened() {
        String first = createBot("first");
        String second = createBot("second");
        String refused = createBot("no money");
        ALLOCATION.refuse(BotId.of(refused), "1000", "200");
        post("/api/bots/" + second + "/start", alice, null);

        JsonNode results = post("/api/bots/start-all", alice, null).body().path("results");

        assertThat(results.findValuesAsString("botId")).containsExactly(first, second, refused);
        assertThat(results.findValuesAsString("outcome")).containsExactly("STARTED", "ALREADY_RUNNING", "REFUSED");
        assertThat(results.get(2).path("reason").asString()).contains("1000", "200");
        assertThat(results.get(2).path("status").asString()).isEqualTo("CREATED");
        assertThat(get("/api/bots/" + first, alice).text("status")).isEqualTo("RUNNING");
        assertThat(get("/api/bots/" + refused, alice).text("status")).isEqualTo("CREATED");

        JsonNode stops = post("/api/bots/stop-all", alice, null).body().path("results");

        assertThat(stops.findValuesAsString("outcome")).containsExactly("STOP_REQUESTED", "STOP_REQUESTED", "NOT_RUNNING");
        assertThat(stops.findValuesAsString("status")).containsExactly("STOPPING", "STOPPING", "CREATED");
        assertThat(post("/api/bots/stop-all", alice, null).body().path("results").findValuesAsString("outcome"))
                .containsExactly("ALREADY_STOPPING", "ALREADY_STOPPING", "NOT_RUNNING");
    }

    @Test
    void startAllWithoutBotsAnswersAnEmptyList() {
        Response answer = post("/api/bots/start-all", UserId.random(), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("results").isEmpty()).isTrue();
    }

    @Test
    void theListIsPagedByCursor() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createBot("paged " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = get("/api/bots?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), alice);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(page.body().path("items").findValuesAsString("id"));
            cursor = page.body().path("next").isNull() ? null : page.body().path("next").asString();
            pages++;
        } while (cursor != null);

        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);
        assertThat(get("/api/bots", alice).body().path("next").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=0             | limit
            limit=101           | limit
            limit=ten           | limit
            limit=-1            | limit
            cursor=!!!          | cursor
            cursor=bm9wZQ       | cursor
            cursor=             | cursor
            limit=              | limit
            """)
    void badPagingParametersAreA400NamingThem(String query, String field) {
        Response refused = get("/api/bots?" + query, alice);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo(field);
    }
}
