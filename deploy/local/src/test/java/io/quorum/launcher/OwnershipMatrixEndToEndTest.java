package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two users on the whole stack through the gateway: every endpoint that takes an object id, called by one user
 * (mallory) with the other's (alice's) ids, answers as if the object did not exist — 404 problem+json, the same
 * answer as for an id nobody has — shows nothing of alice's, and changes nothing of hers (her own API reads the same
 * before and after). One row per endpoint and id; a new endpoint is one more row.
 *
 * <p>Alice has a running grid bot, a grid bot never started and a running AI trend bot, so each service knows her
 * bots as hers before the stranger calls (the rows test ownership, not ignorance), an API token, an exchange key set
 * and notification settings that name her running bot.
 *
 * <p>Two rows take the id in a body about the caller's own account — the balance check's {@code botId} and the
 * notification settings' {@code bots} — where allocation and notifier know bots from the lifecycle topic
 * ({@code BotCreated} onwards): a bot known as another user's is a 404 like every other row, but an id they have not
 * heard of is answered as the caller's own bot not yet known (200 counting the caller's account; 400 naming the id),
 * since it may be exactly that — a bot created a moment ago. So for those rows the stranger's 404 cannot equal the
 * answer for an id nobody has: they assert the 404, that it shows nothing of alice's and changes nothing, and the
 * caller's-own answer for an id nobody has.
 */
@ExtendWith(WholeQuorum.class)
@Order(WholeQuorum.LAST)
class OwnershipMatrixEndToEndTest {

    /** How an endpoint answers an id nobody has. */
    private enum Unknown {
        /** 404 problem+json, the same as the stranger gets for alice's id (the id aside). */
        NOT_FOUND,
        /** 200 for the caller's own account: an id the service has not heard of may be the caller's newest bot. */
        OK,
        /** 400 naming the id, for the same reason. */
        BAD_REQUEST
    }

    private record Row(String method, String path, Function<Owned, Object> body, Unknown unknown) {
        Row(String method, String path) {
            this(method, path, owned -> null, Unknown.NOT_FOUND);
        }

        Row(String method, String path, Function<Owned, Object> body) {
            this(method, path, body, Unknown.NOT_FOUND);
        }
    }

    /** Alice's ids, and what her requests show of them. */
    private record Owned(String running, String created, String ai, String token, Object gridConfig) {

        /** The path with every placeholder replaced by alice's ids. */
        String fill(String path) {
            return path.replace("{running}", running).replace("{created}", created).replace("{ai}", ai)
                    .replace("{token}", token);
        }
    }

    /** Ids nobody has, to compare what the stranger gets for alice's with what anyone gets for none. */
    private static final Owned NOBODYS = new Owned(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
            UUID.randomUUID().toString(), UUID.randomUUID().toString(), null);

    private static final List<String> BOTS = List.of("{running}", "{created}", "{ai}");
    private static final List<String> GRID_BOTS = List.of("{running}", "{created}");

    private static final List<Row> ROWS = rows();

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String bot : BOTS) {
            rows.add(new Row("GET", "/api/bots/" + bot));
            rows.add(new Row("PATCH", "/api/bots/" + bot, owned -> Map.of("name", "mallory was here", "budget", "10")));
            rows.add(new Row("DELETE", "/api/bots/" + bot));
            rows.add(new Row("POST", "/api/bots/" + bot + "/start", owned -> Map.of()));
            rows.add(new Row("POST", "/api/bots/" + bot + "/stop", owned -> Map.of()));
            rows.add(new Row("GET", "/api/bots/" + bot + "/stats"));
            rows.add(new Row("GET", "/api/bots/" + bot + "/audit"));
            for (String list : List.of("/api/orders", "/api/executions", "/api/positions", "/api/signals", "/api/journal",
                    "/api/journal/lessons")) {
                rows.add(new Row("GET", list + "?botId=" + bot));
            }
            rows.add(new Row("POST", "/api/balance/check", owned -> Map.of("amount", "100", "botId", owned.fill(bot)),
                    Unknown.OK));
        }
        for (String bot : GRID_BOTS) {
            rows.add(new Row("GET", "/api/grid-bot/" + bot + "/config"));
            rows.add(new Row("PUT", "/api/grid-bot/" + bot + "/config", Owned::gridConfig));
            rows.add(new Row("GET", "/api/grid-bot/" + bot + "/orders"));
            rows.add(new Row("GET", "/api/grid-bot/" + bot + "/stats"));
            rows.add(new Row("GET", "/api/grid-bot/" + bot + "/history"));
        }
        rows.add(new Row("DELETE", "/api/tokens/{token}"));
        // the stranger has no key set: deleting the venue's keys only ever touches the caller's own
        rows.add(new Row("DELETE", "/api/keys/DEMO"));
        for (String bot : BOTS) {
            rows.add(new Row("PUT", "/api/notifications/settings",
                    owned -> Map.of("bots", Map.of(owned.fill(bot), Map.of("muted", false))), Unknown.BAD_REQUEST));
        }
        return List.copyOf(rows);
    }

    private static final String SECRET_NAME = "alice-private-grid-7f3a";
    private static final String SECRET_BUDGET = "1777.25";
    private static final String TOKEN_NAME = "alice-script-token-91c2";
    private static final String KEY_LABEL = "alice-key-label-5d0e";
    private static final String WEBHOOK = "https://hooks.slack.com/services/TALICE/BALICE/alicewebhook";

    private static QuorumServices services;

    @BeforeAll
    static void onTheWholeStack(QuorumServices shared) {
        services = shared;
    }

    @Test
    void aStrangerGetsNothingOfAnotherUsersObjectsAndChangesNothing() {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var aliceSignUp = signUp(anonymous, "alice");
        GatewayClient alice = anonymous.as(aliceSignUp.get("apiToken"));
        GatewayClient mallory = anonymous.as(signUp(anonymous, "mallory").get("apiToken"));

        String running = createGrid(alice, SECRET_NAME);
        String created = createGrid(alice, "alice never started");
        var ai = createdWith(alice, Map.of("name", "alice trend", "kind", "AI_TREND", "templateId", "conservative-trend",
                "symbol", "BTCUSDT", "budget", "1500", "leverage", 2));
        for (String bot : List.of(running, ai)) {
            assertThat(alice.post("/api/bots/" + bot + "/start", Map.of()).status()).isEqualTo(200);
        }
        var token = alice.post("/api/tokens", Map.of("name", TOKEN_NAME));
        assertThat(token.status()).isEqualTo(201);
        GatewayClient aliceScript = anonymous.as(token.body().get("token").asString());
        assertThat(alice.put("/api/keys", Map.of("venue", "DEMO", "label", KEY_LABEL, "apiKey", "alice-api-key-0001",
                "apiSecret", "alice-api-secret-0001")).status()).isEqualTo(200);
        // every service has learnt her bots as hers before the stranger tries them: the notifier takes all three in her
        // settings (it knows a bot from its BotCreated on), and the allocation, whose answers to her are the same
        // whether it knows a bot or not, has them in its bot_owners
        await().atMost(Duration.ofMinutes(3)).until(() -> alice.get("/api/grid-bot/" + running + "/orders").status() == 200
                && alice.get("/api/orders?botId=" + running).status() == 200
                && alice.get("/api/orders?botId=" + ai).status() == 200
                && alice.get("/api/signals?botId=" + ai).status() == 200
                && alice.put("/api/notifications/settings", Map.of(
                        "slack", Map.of("webhookUrl", WEBHOOK, "enabled", false),
                        "bots", Map.of(running, Map.of("muted", true), created, Map.of("muted", false),
                                ai, Map.of("muted", false)))).status() == 200
                && allocationKnows(List.of(running, created, ai)));
        var config = alice.get("/api/grid-bot/" + created + "/config");
        assertThat(config.status()).isEqualTo(200);
        Owned owned = new Owned(running, created, ai, token.body().get("id").asString(), config.body());
        List<String> secrets = List.of(SECRET_NAME, SECRET_BUDGET, TOKEN_NAME, KEY_LABEL, WEBHOOK, "alicewebhook",
                aliceSignUp.get("userId"), aliceSignUp.get("email"));
        Map<String, String> before = aliceSees(alice, owned);

        for (Row row : ROWS) {
            String path = owned.fill(row.path());
            String what = row.method() + " " + path;
            var answer = mallory.send(row.method(), path, row.body().apply(owned));
            var unknown = mallory.send(row.method(), NOBODYS.fill(row.path()), row.body().apply(
                    new Owned(NOBODYS.running(), NOBODYS.created(), NOBODYS.ai(), NOBODYS.token(), config.body())));

            assertThat(answer.status()).as(what + " → " + answer.body()).isEqualTo(404);
            assertThat(answer.body().path("status").asInt()).as(what + " is problem+json").isEqualTo(404);
            assertThat(answer.body().toString()).as(what + " shows nothing of alice's").doesNotContain(secrets);
            switch (row.unknown()) {
                case NOT_FOUND -> assertThat(withoutIds(answer.body().toString(), owned))
                        .as(what + " answers as for an id nobody has")
                        .isEqualTo(withoutIds(unknown.body().toString(), NOBODYS));
                case OK -> assertThat(unknown.status()).as(what + " with an id nobody has → " + unknown.body())
                        .isEqualTo(200);
                case BAD_REQUEST -> assertThat(unknown.status()).as(what + " with an id nobody has → " + unknown.body())
                        .isEqualTo(400);
            }
        }

        // the stranger's own lists hold nothing of alice's either
        for (String list : List.of("/api/bots", "/api/audit", "/api/tokens", "/api/keys", "/api/balance", "/api/balance/bots",
                "/api/orders", "/api/executions", "/api/positions", "/api/notifications", "/api/notifications/dead-letters",
                "/api/notifications/settings")) {
            var answer = mallory.get(list);
            assertThat(answer.status()).as(list).isEqualTo(200);
            assertThat(answer.body().toString()).as(list + " shows nothing of alice's").doesNotContain(secrets)
                    .doesNotContain(running).doesNotContain(created).doesNotContain(ai);
        }

        assertThat(aliceSees(alice, owned)).as("what alice's own API shows after the stranger's calls").isEqualTo(before);
        assertThat(alice.get("/api/bots/" + running).body().get("status").asString()).isEqualTo("RUNNING");
        assertThat(alice.get("/api/bots/" + created).body().get("status").asString()).isEqualTo("CREATED");
        assertThat(aliceScript.get("/api/bots").status()).as("alice's API token still works").isEqualTo(200);
    }

    private static Map<String, String> signUp(GatewayClient anonymous, String name) {
        var signUp = anonymous.post("/api/users", Map.of("name", name, "email", name + "-matrix@example.com",
                "password", name + " matrix password"));
        assertThat(signUp.status()).isEqualTo(201);
        return Map.of("apiToken", signUp.body().get("apiToken").asString(), "userId", signUp.body().get("userId").asString(),
                "email", signUp.body().get("email").asString());
    }

    private static String createGrid(GatewayClient alice, String name) {
        return createdWith(alice, Map.of("name", name, "kind", "GRID", "symbol", "BTCUSDT", "budget", SECRET_BUDGET,
                "leverage", 2,
                "grid", Map.of("lower", "103800", "upper", "104800", "gridCount", 10, "spacing", "ARITHMETIC")));
    }

    private static String createdWith(GatewayClient alice, Map<String, Object> bot) {
        // a loaded machine may time out the registry's calls to allocation and the grid engine (503): ask again
        var created = await().atMost(Duration.ofMinutes(5)).until(() -> alice.post("/api/bots", bot),
                response -> response.status() != 503);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** Everything of alice's the stranger could have touched, as her own API shows it. */
    private static Map<String, String> aliceSees(GatewayClient alice, Owned owned) {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/bots", "/api/balance", "/api/balance/bots", "/api/tokens",
                "/api/keys", "/api/notifications/settings", "/api/audit"));
        for (String bot : List.of(owned.running(), owned.created(), owned.ai())) {
            paths.addAll(List.of("/api/bots/" + bot, "/api/bots/" + bot + "/audit", "/api/bots/" + bot + "/stats"));
        }
        for (String bot : List.of(owned.running(), owned.created())) {
            paths.add("/api/grid-bot/" + bot + "/config");
        }
        paths.add("/api/grid-bot/" + owned.running() + "/orders");
        for (String path : paths) {
            var answer = alice.get(path);
            // her own calls keep moving her tokens' last use; what the stranger could change is the rest
            seen.put(path, (answer.status() + " " + answer.body()).replaceAll("\"lastUsedAt\":(\"[^\"]*\"|null)", ""));
        }
        return seen;
    }

    /** Whether the allocation has learnt whose each of the bots is (its table {@code bot_owners}). */
    private static boolean allocationKnows(List<String> bots) throws SQLException {
        String ids = String.join(",", bots.stream().map(bot -> "'" + UUID.fromString(bot) + "'").toList());
        try (Connection db = DriverManager.getConnection(EmbeddedInfrastructure.get().jdbcUrl("allocation"), "postgres",
                "postgres");
             var statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from bot_owners where bot_id in (" + ids + ")")) {
            rs.next();
            return rs.getLong(1) == bots.size();
        }
    }

    private static String withoutIds(String body, Owned ids) {
        return body.replace(ids.running(), "<id>").replace(ids.created(), "<id>").replace(ids.ai(), "<id>")
                .replace(ids.token(), "<id>");
    }
}
