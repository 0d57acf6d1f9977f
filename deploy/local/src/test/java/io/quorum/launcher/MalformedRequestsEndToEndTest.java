package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests an attacker would send, through the gateway to every service: a valid body with at least
 * one typed field broken (wrong type, NaN, infinity, huge, negative, zero, text, injection, unicode,
 * missing), sometimes an unknown field or hostile text on top, sometimes the wrong content type; bodies
 * that are not JSON; bodies over the size limit; ids, limits and cursors that are not. Every answer
 * must be a 4xx problem+json saying what is wrong, and no table of any service may gain or lose a row, except the
 * sign-in lockout's record of failed attempts per email ({@link #LOCKOUT_RECORDS}), which only grows. Sign-in is
 * fuzzed like the rest (the stack's lockout threshold is raised so that the passwords are compared, not locked out),
 * and so are the password fields of sign-up and sign-in.
 */
class MalformedRequestsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> SCHEMAS = List.of("registry", "allocation", "grid", "execution", "notifier", "signal",
            "marketdata");
    /**
     * The one table a malformed request may write to: a fuzzed sign-in is a failed attempt for its email, and the
     * lockout counts every failed attempt, whatever the password, before comparing it (one row per email, its hash).
     */
    private static final String LOCKOUT_RECORDS = "registry.sign_in_attempts";

    /** A request to send, and a name for it in a failure. */
    record Attempt(String method, String path, String contentType, byte[] body, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * An endpoint with a body: a valid body; the paths (dotted) of its typed fields, which any bad value breaks; of its
     * text fields, which a value that is not text (or empty, or far too long) breaks; and of its required fields,
     * which leaving out breaks. A field the endpoint may go without is not required: leaving it out is no attack.
     */
    record Endpoint(String method, String path, ObjectNode valid, List<String> typedFields, List<String> textFields,
                    List<String> requiredFields) {

        Endpoint(String method, String path, ObjectNode valid, List<String> typedFields, List<String> requiredFields) {
            this(method, path, valid, typedFields, List.of(), requiredFields);
        }
    }

    private static QuorumServices services;
    private static String gateway;
    private static String token;
    private static String fuzzedBot;
    private static List<Endpoint> endpoints;
    private static Map<String, Long> rowsBefore;
    private static GatewayClient user;
    private static List<String> botBefore;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeContainer
    static void startQuorum() throws Exception {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        services = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                "malformed-secret", true, Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN",
                        // the fuzz signs up from one address over and over: the registry's sign-up limit would answer 429
                        "quorum.auth.sign-ups.per-hour", 1_000_000, "quorum.auth.sign-ups.burst", 1_000_000,
                        // the rows of every table are compared before and after: the registry's pruning of the attempt
                        // tables (every 10 min) must not delete one in between
                        "quorum.auth.attempts-pruning.interval", "P1D",
                        // every fuzzed sign-in fails for its email: past the lockout's default five, a 429 would answer
                        // before the password is compared (the lockout has its own tests, SignInLockoutTest)
                        "quorum.auth.lockout.threshold", 1_000_000));
        for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY,
                QuorumService.EXECUTION, QuorumService.NOTIFIER, QuorumService.SIGNAL)) {
            services.start(service);
        }
        services.start(QuorumService.MARKET_DATA, Map.of("quorum.replay.enabled", false));
        // thousands of requests from one user and address: the rate limits are the gateway's own tests' business
        services.start(QuorumService.GATEWAY, Map.of("quorum.gateway.limits.requests-per-minute", 10_000_000,
                "quorum.gateway.limits.burst", 1_000_000, "quorum.gateway.limits.sign-ups-per-hour", 1_000_000,
                "quorum.gateway.limits.sign-up-burst", 1_000_000));
        gateway = services.url(QuorumService.GATEWAY);

        GatewayClient anonymous = new GatewayClient(gateway, null);
        var signUp = anonymous.post("/api/users", Map.of("name", "fuzz", "email", "fuzz-target@example.com",
                "password", "fuzz end-to-end password"));
        assertThat(signUp.status()).as(signUp.body().toString()).isEqualTo(201);
        user = anonymous.as(signUp.body().get("apiToken").asString());
        token = user.token();
        ObjectNode grid = object(Map.of("lower", "103800", "upper", "104800", "gridCount", 10, "spacing", "ARITHMETIC"));
        ObjectNode bot = object(Map.of("name", "fuzzed grid", "kind", "GRID", "symbol", "BTCUSDT", "budget", "2000",
                "leverage", 2));
        bot.set("grid", grid);
        // a loaded machine may time out the registry's calls to allocation and the grid engine (503): ask again
        var created = await().atMost(Duration.ofMinutes(5)).until(() -> user.post("/api/bots", bot),
                response -> response.status() != 503);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String botId = created.body().get("id").asString();
        fuzzedBot = botId;
        ObjectNode signIn = object(Map.of("email", "fuzz-target@example.com", "password", "fuzz end-to-end password"));
        ObjectNode preview = object(Map.of("symbol", "BTCUSDT", "budget", "2000", "leverage", 2));
        preview.set("grid", grid.deepCopy());

        ObjectNode aiBot = object(Map.of("name", "fuzzed trend", "kind", "AI_TREND", "templateId", "conservative-trend",
                "symbol", "BTCUSDT", "budget", "1500", "leverage", 2));
        ObjectNode gridConfig = object(Map.of("lower", "103800", "upper", "104800", "gridCount", 12, "spacing", "GEOMETRIC",
                "leverage", 3));
        ObjectNode settings = JSON.createObjectNode();
        settings.set("slack", object(Map.of("webhookUrl", "https://hooks.slack.com/services/T0/B0/fuzz", "enabled", true)));
        List<String> gridFields = List.of("grid.lower", "grid.upper", "grid.gridCount", "grid.spacing");
        endpoints = List.of(
                new Endpoint("POST", "/api/users", object(Map.of("name", "x", "email", "someone@example.com",
                        "password", "a long enough password")), List.of("email"), List.of("name", "password"),
                        List.of("name", "email", "password")),
                new Endpoint("POST", "/api/auth/sign-in", signIn, List.of("email"), List.of("password"),
                        List.of("email", "password")),
                new Endpoint("POST", "/api/bots", bot, concat(List.of("kind", "symbol", "budget", "leverage"), gridFields),
                        List.of("name"), concat(List.of("name", "kind", "symbol", "budget", "leverage"), gridFields)),
                new Endpoint("POST", "/api/bots", aiBot, List.of("kind", "symbol", "budget", "leverage", "templateId"),
                        List.of("name"), List.of("name", "kind", "symbol", "budget", "leverage", "templateId")),
                new Endpoint("PATCH", "/api/bots/" + botId, object(Map.of("name", "renamed grid", "budget", "2100",
                        "leverage", 3)), List.of("budget", "leverage"), List.of("name"), List.of()),
                new Endpoint("PUT", "/api/grid-bot/" + botId + "/config", gridConfig,
                        List.of("lower", "upper", "gridCount", "spacing", "leverage"),
                        List.of("lower", "upper", "gridCount", "spacing")),
                new Endpoint("POST", "/api/grid-bot/preview", preview, concat(List.of("symbol", "budget", "leverage"), gridFields),
                        List.of("symbol", "budget", "leverage", "grid.lower", "grid.upper", "grid.gridCount")),
                new Endpoint("POST", "/api/balance/check", object(Map.of("amount", "100")), List.of("amount"), List.of("amount")),
                new Endpoint("PUT", "/api/keys", object(Map.of("venue", "DEMO", "label", "main", "apiKey", "fuzz-api-key-0001",
                        "apiSecret", "fuzz-api-secret-0001")), List.of("venue"), List.of("apiKey", "apiSecret"),
                        List.of("venue", "apiKey", "apiSecret")),
                new Endpoint("POST", "/api/tokens", object(Map.of("name", "fuzz token")), List.of(), List.of("name"),
                        List.of("name")),
                new Endpoint("PUT", "/api/notifications/settings", settings, List.of("slack.webhookUrl"), List.of(),
                        List.of("slack.enabled")));
        // what earlier tests left on the shared broker is consumed first: the rows are counted once they stop moving
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(new Callable<>() {
            Map<String, Long> last = Map.of();
            int quiet;

            @Override
            public Boolean call() throws SQLException {
                Map<String, Long> now = rows(infra);
                quiet = now.equals(last) ? quiet + 1 : 0;
                last = now;
                return quiet >= 3;
            }
        });
        rowsBefore = rows(infra);
        botBefore = botSeen();
    }

    @AfterContainer
    static void stopQuorum() throws Exception {
        try {
            Map<String, Long> rowsAfter = rows(EmbeddedInfrastructure.get());
            assertThat(without(rowsAfter, LOCKOUT_RECORDS)).as("rows of every table after the malformed requests")
                    .isEqualTo(without(rowsBefore, LOCKOUT_RECORDS));
            assertThat(rowsAfter.get(LOCKOUT_RECORDS)).as("the lockout's records only gain the emails tried")
                    .isGreaterThanOrEqualTo(rowsBefore.get(LOCKOUT_RECORDS));
            assertThat(botSeen()).as("the user's bot, its grid and settings after the malformed requests").isEqualTo(botBefore);
            // the failed sign-ins broke nothing: the right password still signs in (and clears the user's record)
            var signIn = new GatewayClient(gateway, null).post("/api/auth/sign-in",
                    Map.of("email", "fuzz-target@example.com", "password", "fuzz end-to-end password"));
            assertThat(signIn.status()).as(signIn.body().toString()).isEqualTo(200);
        } finally {
            services.close();
        }
    }

    // A new random seed every run (a failure's report names its seed, to replay with seed = "…"). Before the fixed
    // seed was dropped, the final code ran green on seeds -73308051832962358, -8049996037815117932,
    // 2340748706344674761, -6777712167183402823 and -1985799296374983073 (1,000 tries each); the runs before it found
    // the 500s for a sign-in email with a NUL and a grid price of 1e999999999, fixed in the registry.
    @Property(tries = 1000)
    void everyMalformedRequestIsRefusedWithAProblemNamingIt(@ForAll("attempts") Attempt attempt) throws Exception {
        refusedWithAProblemNamingIt(attempt);
    }

    private static void refusedWithAProblemNamingIt(Attempt attempt) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + attempt.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(attempt + " → " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(attempt.description())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(attempt.description()).isEqualTo(response.statusCode());
        assertThat(problem.path("detail").asString("") + problem.path("title").asString("")).as(attempt.description())
                .isNotBlank();
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, brokenBodies()),
                Tuple.of(1, notJson()),
                Tuple.of(1, oversized()),
                Tuple.of(2, badQueries()));
    }

    /** Values no typed field (number, price, count, enum, symbol, email, venue) takes. */
    private static Arbitrary<JsonNode> badValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        NODES.stringNode("NaN"), NODES.stringNode("Infinity"), NODES.stringNode("-Infinity"),
                        NODES.numberNode(-1), NODES.stringNode("-0.0001"), NODES.numberNode(new BigInteger("99999999999999999999999999")),
                        NODES.stringNode("1e999999999"), NODES.stringNode(""), NODES.stringNode("   "),
                        NODES.stringNode("\t"), NODES.nullNode(), NODES.booleanNode(true),
                        NODES.arrayNode(), NODES.objectNode(), NODES.stringNode("' OR 1=1 --"),
                        NODES.stringNode("'); DROP TABLE bots; --"), NODES.stringNode("<script>alert(1)</script>"),
                        NODES.stringNode("${jndi:ldap://x/a}"), NODES.stringNode("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ \u202e"),
                        NODES.stringNode("\u0000"), NODES.stringNode("0x10"), NODES.stringNode("1,5"),
                        NODES.stringNode("x".repeat(10_000))),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank() && !s.matches("[0-9.]+"))
                        .map(s -> (JsonNode) NODES.stringNode("§" + s)));
    }

    /**
     * Values no text field (a name, a key) takes: not text, blank, far longer than any allows, or holding a control
     * character (a NUL cannot even be stored).
     */
    private static Arbitrary<JsonNode> badTexts() {
        return Arbitraries.of(NODES.nullNode(), NODES.stringNode(""), NODES.stringNode("   "), NODES.arrayNode(),
                NODES.objectNode(), NODES.stringNode("x".repeat(10_000)), NODES.stringNode("nul \u0000 inside"),
                NODES.stringNode("line\nbreak"), NODES.stringNode("\u001b[2J escape"));
    }

    /** A field of the endpoint broken: a bad value in a typed or text field, or a required field left out. */
    private record Broken(String field, JsonNode value) {
    }

    private static Arbitrary<Broken> broken(Endpoint endpoint) {
        List<Arbitrary<Broken>> ways = new ArrayList<>();
        if (!endpoint.typedFields().isEmpty()) {
            // null of an optional field means not given, which is no attack: null only for required ones ("" and
            // blank text are no value of a typed field, optional or not)
            ways.add(Arbitraries.of(endpoint.typedFields()).flatMap(field -> badValues()
                    .filter(value -> endpoint.requiredFields().contains(field) || !value.isNull())
                    .map(value -> new Broken(field, value))));
        }
        if (!endpoint.textFields().isEmpty()) {
            ways.add(Combinators.combine(Arbitraries.of(endpoint.textFields()), badTexts()).as(Broken::new));
        }
        if (!endpoint.requiredFields().isEmpty()) {
            ways.add(Arbitraries.of(endpoint.requiredFields()).map(field -> new Broken(field, null)));
        }
        return Arbitraries.oneOf(ways);
    }

    private static Arbitrary<Attempt> brokenBodies() {
        return Arbitraries.of(endpoints).flatMap(endpoint -> Combinators.combine(
                broken(endpoint),
                Arbitraries.of("none", "unknown field", "hostile text", "wrong content type", "no content type"),
                Arbitraries.of("application/xml", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"))
                .as((broken, extra, contentType) -> {
                    ObjectNode body = endpoint.valid().deepCopy();
                    if (broken.value() != null) {
                        set(body, broken.field(), broken.value());
                    } else {
                        remove(body, broken.field());
                    }
                    String type = "application/json";
                    switch (extra) {
                        case "unknown field" -> body.put("isAdmin", true).put("userId", "00000000-0000-0000-0000-000000000001");
                        case "hostile text" -> {
                            if (body.has("name")) {
                                body.put("name", "'; DROP TABLE bots; -- 𝔘 \u0000");
                            }
                        }
                        case "wrong content type" -> type = contentType;
                        case "no content type" -> type = null;
                        default -> {
                        }
                    }
                    String shown = broken.value() != null ? abbreviated(broken.value().toString()) : "(missing)";
                    return new Attempt(endpoint.method(), endpoint.path(), type, JSON.writeValueAsBytes(body),
                            endpoint.method() + " " + endpoint.path() + " " + broken.field() + "=" + shown + " +" + extra
                                    + (type == null ? "" : " as " + type));
                }));
    }

    private static Arbitrary<Attempt> notJson() {
        Arbitrary<String> garbage = Arbitraries.oneOf(
                Arbitraries.of("{", "[1,2", "{\"name\":", "null", "\"text\"", "42", "{}}", "<xml/>", "{'a':1}", "\u0000\u0001"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(200).map(s -> "{" + s));
        return Combinators.combine(Arbitraries.of(endpoints), garbage).as((endpoint, text) ->
                new Attempt(endpoint.method(), endpoint.path(), "application/json", text.getBytes(StandardCharsets.UTF_8),
                        endpoint.method() + " " + endpoint.path() + " body " + abbreviated(text)));
    }

    private static Arbitrary<Attempt> oversized() {
        return Combinators.combine(Arbitraries.of(endpoints), Arbitraries.integers().between(257, 2048)).as((endpoint, kb) -> {
            ObjectNode body = endpoint.valid().deepCopy();
            body.put("padding", "p".repeat(kb * 1024));
            return new Attempt(endpoint.method(), endpoint.path(), "application/json", JSON.writeValueAsBytes(body),
                    endpoint.method() + " " + endpoint.path() + " with " + kb + " KB");
        });
    }

    private static Arbitrary<Attempt> badQueries() {
        Arbitrary<String> bad = Arbitraries.of("0", "-1", "abc", "1e3", "99999999999", "%27%20OR%201%3D1", "%F0%9D%94%98",
                "NaN", "", "%00");
        // an encoded NUL in a path is refused by the servlet container itself, before any Quorum code
        Arbitrary<String> inPath = bad.filter(v -> !v.equals("%00"));
        String bot = "botId=" + fuzzedBot + "&";
        Arbitrary<String> lists = Arbitraries.of("/api/orders?", "/api/executions?", "/api/positions?", "/api/notifications?",
                "/api/notifications/dead-letters?", "/api/bots?", "/api/audit?", "/api/tokens?", "/api/balance/bots?",
                "/api/templates?", "/api/bots/" + fuzzedBot + "/audit?", "/api/orders?" + bot, "/api/signals?" + bot,
                "/api/journal?" + bot, "/api/journal/lessons?" + bot, "/api/grid-bot/" + fuzzedBot + "/history?");
        Arbitrary<Attempt> gets = Arbitraries.oneOf(
                Combinators.combine(lists, Arbitraries.of("limit=", "cursor="), bad).as((list, param, v) -> list + param + v),
                bad.map(v -> "/api/executions?cursor=" + v + "x"), bad.map(v -> "/api/notifications?cursor=" + v + "%25"),
                bad.map(v -> "/api/market/BTCUSDT/candles?interval=" + v), bad.map(v -> "/api/market/BTCUSDT/candles?limit=" + v),
                Arbitraries.of("/api/signals?botId=", "/api/journal?botId=", "/api/journal/lessons?botId=", "/api/orders?botId=",
                        "/api/executions?botId=", "/api/positions?botId=").flatMap(list -> bad.map(v -> list + v)),
                Arbitraries.of("/api/bots/", "/api/grid-bot/", "/api/templates/", "/api/market/").flatMap(prefix -> inPath
                        .flatMap(v -> Arbitraries.of("", "/orders", "/config", "/stats", "/history", "/audit", "/candles")
                                .map(suffix -> prefix + v + "z" + suffix))))
                .map(p -> new Attempt("GET", p, null, null, "GET " + p));
        Arbitrary<Attempt> others = Arbitraries.oneOf(
                inPath.flatMap(v -> Arbitraries.of("DELETE /api/bots/", "POST /api/bots/", "DELETE /api/tokens/",
                        "DELETE /api/keys/", "PATCH /api/bots/").flatMap(call -> Arbitraries.of("", "/start", "/stop")
                        .filter(suffix -> suffix.isEmpty() || call.equals("POST /api/bots/"))
                        .map(suffix -> call + v + "z" + suffix))),
                // a method the path does not take
                Arbitraries.of("DELETE /api/orders", "PUT /api/balance", "POST /api/signals", "PATCH /api/notifications",
                        "DELETE /api/notifications/settings", "POST /api/journal", "PUT /api/bots/" + fuzzedBot + "/start",
                        "DELETE /api/grid-bot/" + fuzzedBot + "/orders", "POST /api/market/BTCUSDT/candles"))
                .map(call -> {
                    String[] parts = call.split(" ", 2);
                    return new Attempt(parts[0], parts[1], "application/json", parts[0].equals("DELETE") ? null
                            : "{}".getBytes(StandardCharsets.UTF_8), call);
                });
        return Arbitraries.frequencyOf(Tuple.of(4, gets), Tuple.of(1, others));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    private static ObjectNode object(Map<String, Object> fields) {
        return JSON.valueToTree(new LinkedHashMap<>(fields));
    }

    private static void set(ObjectNode body, String dotted, JsonNode value) {
        String[] parts = dotted.split("\\.");
        ObjectNode at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (ObjectNode) at.get(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode body, String dotted) {
        String[] parts = dotted.split("\\.");
        ObjectNode at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (ObjectNode) at.get(parts[i]);
        }
        at.remove(parts[parts.length - 1]);
    }

    /** The fuzzed user's bot, its grid, balance, keys, tokens and notification settings, as the user's API shows them. */
    private static List<String> botSeen() {
        return List.of("/api/bots/" + fuzzedBot, "/api/grid-bot/" + fuzzedBot + "/config", "/api/balance", "/api/keys",
                "/api/tokens", "/api/notifications/settings").stream()
                .map(path -> path + " " + user.get(path).body().toString().replaceAll("\"lastUsedAt\":(\"[^\"]*\"|null)", ""))
                .toList();
    }

    private static Map<String, Long> without(Map<String, Long> rows, String table) {
        Map<String, Long> rest = new TreeMap<>(rows);
        rest.remove(table);
        return rest;
    }

    /** Rows of every table of every service's schema. */
    private static Map<String, Long> rows(EmbeddedInfrastructure infra) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String schema : SCHEMAS) {
            try (Connection connection = DriverManager.getConnection(infra.jdbcUrl(schema), "postgres", "postgres")) {
                List<String> tables = new ArrayList<>();
                try (ResultSet result = connection.createStatement().executeQuery(
                        "select table_name from information_schema.tables where table_schema = '" + schema
                                + "' and table_type = 'BASE TABLE'")) {
                    while (result.next()) {
                        tables.add(result.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet count = connection.createStatement().executeQuery(
                            "select count(*) from \"" + schema + "\".\"" + table + "\"")) {
                        count.next();
                        rows.put(schema + "." + table, count.getLong(1));
                    }
                }
            }
        }
        return rows;
    }
}
