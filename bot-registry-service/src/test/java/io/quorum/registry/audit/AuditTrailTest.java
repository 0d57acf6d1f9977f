package io.quorum.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who did what to which bot, readable by its owner only, newest first, paged. */
class AuditTrailTest extends RegistryScenario {

    private static final String BOT = """
            {"name":"%s","kind":"GRID","symbol":"BTCUSDT","budget":"1000","leverage":2,
             "grid":{"lower":"100000","upper":"110000","gridCount":20,"spacing":"ARITHMETIC"}}""";

    private final UserId alice = UserId.random();

    @Test
    void recordsWhoCreatedChangedStartedStoppedAndDeletedABot() {
        String bot = post("/api/bots", alice, BOT.formatted("audited")).text("id");
        send("PATCH", "/api/bots/" + bot, alice, "{\"name\":\"renamed\",\"leverage\":3}", SECRET);
        put("/api/grid-bot/" + bot + "/config", alice,
                "{\"lower\":\"100000\",\"upper\":\"120000\",\"gridCount\":20,\"spacing\":\"ARITHMETIC\"}");
        post("/api/bots/" + bot + "/start", alice, null);
        post("/api/bots/" + bot + "/stop", alice, null);

        JsonNode entries = get("/api/bots/" + bot + "/audit", alice).body().path("items");

        assertThat(entries.findValuesAsString("action"))
                .containsExactly("STOP_REQUESTED", "STARTED", "CHANGED", "CHANGED", "CREATED");
        assertThat(entries.findValuesAsString("actor")).containsOnly(alice.toString());
        assertThat(entries.findValuesAsString("botId")).containsOnly(bot);
        JsonNode edit = entries.get(3).path("changes");
        assertThat(edit.path("name").path("from").asString()).isEqualTo("audited");
        assertThat(edit.path("name").path("to").asString()).isEqualTo("renamed");
        assertThat(edit.path("leverage").path("from").asString()).isEqualTo("2");
        assertThat(edit.path("leverage").path("to").asString()).isEqualTo("3");
        assertThat(edit.has("budget")).isFalse();
        JsonNode grid = entries.get(2).path("changes");
        assertThat(grid.path("grid.upper").path("to").asString()).isEqualTo("120000");
        assertThat(grid.has("grid.lower")).isFalse();
        assertThat(entries.get(0).path("detail").asString()).isEqualTo("stopped by its owner");
        assertThat(entries.get(0).path("at").asString()).isNotBlank();
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String bot = post("/api/bots", alice, BOT.formatted("strict")).text("id");
        send("PATCH", "/api/bots/" + bot, alice, "{\"leverage\":99}", SECRET);
        send("PATCH", "/api/bots/" + bot, alice, "{\"status\":\"RUNNING\"}", SECRET);

        assertThat(get("/api/bots/" + bot + "/audit", alice).body().path("items").findValuesAsString("action"))
                .containsExactly("CREATED");
    }

    @Test
    void eachUserReadsOnlyTheirOwnTrailPageByPage() {
        UserId bob = UserId.random();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(post("/api/bots", alice, BOT.formatted("mine " + i)).text("id"));
        }
        String bobs = post("/api/bots", bob, BOT.formatted("bob's")).text("id");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = get("/api/audit?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), alice);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(page.body().path("items").findValuesAsString("botId"));
            cursor = page.body().path("next").isNull() ? null : page.body().path("next").asString();
        } while (cursor != null);

        assertThat(seen).isEqualTo(mine.reversed());
        assertThat(get("/api/audit", bob).body().path("items").findValuesAsString("botId")).containsExactly(bobs);
        assertThat(get("/api/bots/" + bobs + "/audit", alice).status()).isEqualTo(404);
        assertThat(get("/api/audit?limit=500", alice).text("field")).isEqualTo("limit");
        assertThat(get("/api/audit?cursor=eA", alice).text("field")).isEqualTo("cursor");
    }
}
