package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EventProbe;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, item 7: 50 users each fire 20 concurrent create / start / stop requests at the real registry and the real
 * allocation (and the paper execution service, which confirms the stops), on the embedded Kafka and PostgreSQL.
 * <ul>
 *   <li>while they run, a sampler reads every user's account and active budgets in one statement (one snapshot of
 *       the allocation's database) over and over: no user's budgets ever take more than their balance;</li>
 *   <li>after things settle (no bot STOPPING): every bot has its row and its CREATED audit entry, and no bot exists
 *       that no accepted create made; a bot holds an active budget exactly when it is RUNNING, of exactly its budget;</li>
 *   <li>the final state is the accepted (2xx) requests' one: per bot, as many STARTED entries and {@code BotStarted}
 *       events as accepted starts, as many stop requests as accepted stops, and RUNNING exactly when one more start
 *       than stops was accepted; no request answered a 5xx.</li>
 * </ul>
 * The registry calls the registry directly with the gateway's headers (the gateway's own checks are its tests').
 */
class ConcurrentBotRequestsTest {

    private static final int USERS = 50;
    private static final int REQUESTS_PER_USER = 20;
    private static final int BOTS_AT_START = 3;
    private static final String SECRET = "concurrency-secret";
    private static final BigDecimal PAPER_BALANCE = new BigDecimal("10000");

    /** One request fired and what it was answered. */
    private record Outcome(UserId user, String kind, String botId, int status, String createdId) {
    }

    @Test
    void fiftyUsersFiringTwentyConcurrentRequestsEachNeverOverAllocateAndLeaveAConsistentState() throws Exception {
        try (DirectQuorum quorum = new DirectQuorum(SECRET, Duration.ofMinutes(5),
                     Map.of("quorum.allocation.paper-starting-balance", PAPER_BALANCE.toPlainString()));
             EventProbe lifecycle = EventProbe.on(quorum.kafkaBootstrapServers(), List.of(Topics.BOT_LIFECYCLE_NAME))) {
            QuorumServices services = quorum.services();
            services.start(QuorumService.ALLOCATION);
            services.start(QuorumService.EXECUTION);
            // generous waits for the allocation, whose 200 request threads take a burst of 1,000 on a loaded machine:
            // a start that gives up waiting cannot know whether its budget was reserved (see the registry's README),
            // which is not what this test is about
            services.start(QuorumService.REGISTRY, Map.of("quorum.allocation.connect-timeout", "PT2M",
                    "quorum.allocation.read-timeout", "PT2M"));
            String registry = services.url(QuorumService.REGISTRY);
            Random random = new Random(20261122L);

            Map<UserId, List<String>> botsAtStart = new HashMap<>();
            for (int u = 0; u < USERS; u++) {
                UserId user = UserId.random();
                List<String> bots = new ArrayList<>();
                for (int b = 0; b < BOTS_AT_START; b++) {
                    var created = quorum.send(registry, "POST", "/api/bots", user, botRequest("setup " + b, random));
                    assertThat(created.status()).as("setup: %s", created.body()).isEqualTo(201);
                    bots.add(created.body().get("id").asString());
                }
                botsAtStart.put(user, bots);
            }

            List<Outcome> outcomes = new CopyOnWriteArrayList<>();
            List<String> overAllocations = new CopyOnWriteArrayList<>();
            AtomicInteger samples = new AtomicInteger();
            AtomicBoolean firing = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().name("allocation-sampler").start(() -> {
                try (Connection allocation = quorum.connect("allocation")) {
                    while (firing.get()) {
                        overAllocations.addAll(overAllocated(allocation));
                        samples.incrementAndGet();
                    }
                } catch (SQLException e) {
                    overAllocations.add("the sampler failed: " + e);
                }
            });

            List<Runnable> requests = new ArrayList<>();
            for (var entry : botsAtStart.entrySet()) {
                UserId user = entry.getKey();
                for (int r = 0; r < REQUESTS_PER_USER; r++) {
                    int pick = random.nextInt(10);
                    String bot = entry.getValue().get(random.nextInt(BOTS_AT_START));
                    if (pick < 3) {
                        String body = botRequest("fired " + r, random);
                        requests.add(() -> {
                            var answer = quorum.send(registry, "POST", "/api/bots", user, body);
                            outcomes.add(new Outcome(user, "create", null, answer.status(),
                                    answer.status() == 201 ? answer.body().get("id").asString() : null));
                        });
                    } else {
                        String action = pick < 7 ? "start" : "stop";
                        requests.add(() -> outcomes.add(new Outcome(user, action, bot,
                                quorum.send(registry, "POST", "/api/bots/" + bot + "/" + action, user, null).status(), null)));
                    }
                }
            }
            Collections.shuffle(requests, random);
            fireAllAtOnce(requests);
            firing.set(false);
            sampler.join();

            System.out.printf("concurrency: %d requests, %d samples of every account, answers %s%n", outcomes.size(),
                    samples.get(), countBy(outcomes));
            assertThat(samples.get()).as("the allocation was sampled while the requests ran").isPositive();
            assertThat(overAllocations).as("a user's budgets above their balance, seen by the sampler").isEmpty();
            assertThat(outcomes).hasSize(USERS * REQUESTS_PER_USER);
            assertThat(outcomes.stream().filter(o -> o.status() >= 500).toList()).as("requests that failed on the server")
                    .isEmpty();

            try (Connection registryDb = quorum.connect("registry"); Connection allocationDb = quorum.connect("allocation")) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> count(registryDb, "select count(*) from bots where status = 'STOPPING'") == 0
                                && count(allocationDb, "select count(*) from bot_budget where status = 'HALTING'") == 0);
                assertThat(overAllocated(allocationDb)).isEmpty();
                nothingHalfCreated(registryDb, botsAtStart, outcomes);
                finalStateIsTheAcceptedRequests(registryDb, allocationDb, lifecycle, outcomes);
            }
        }
    }

    /** Every account whose active budgets claim more than its balance, in one snapshot. */
    private static List<String> overAllocated(Connection allocation) throws SQLException {
        List<String> over = new ArrayList<>();
        try (var statement = allocation.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select a.user_id, coalesce(a.venue_equity, a.balance) as equity,
                            coalesce(sum(b.amount) filter (where b.status in ('RESERVED', 'HALTING')), 0) as allocated
                     from account a left join bot_budget b on b.user_id = a.user_id
                     group by a.user_id, a.venue_equity, a.balance""")) {
            while (rs.next()) {
                if (rs.getBigDecimal("allocated").compareTo(rs.getBigDecimal("equity")) > 0) {
                    over.add(rs.getString("user_id") + ": " + rs.getBigDecimal("allocated") + " of " + rs.getBigDecimal("equity"));
                }
            }
        }
        return over;
    }

    /** Every bot is one the setup or an accepted create made, with its row and its CREATED entry; nothing else exists. */
    private static void nothingHalfCreated(Connection registry, Map<UserId, List<String>> botsAtStart,
                                           List<Outcome> outcomes) throws SQLException {
        List<String> expected = new ArrayList<>();
        botsAtStart.values().forEach(expected::addAll);
        outcomes.stream().filter(o -> o.kind().equals("create") && o.status() == 201).forEach(o -> expected.add(o.createdId()));
        List<String> rows = strings(registry, "select id from bots");
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(strings(registry, "select b.id from bots b where (select count(*) from audit_entries a"
                + " where a.bot_id = b.id and a.action = 'CREATED') <> 1"))
                .as("bots without exactly one CREATED entry").isEmpty();
        assertThat(outcomes.stream().filter(o -> o.kind().equals("create"))
                .allMatch(o -> o.status() == 201 || o.status() == 400))
                .as("a create is accepted, or refused by the 5-bot limit").isTrue();
        Map<UserId, Long> created = new HashMap<>();
        outcomes.stream().filter(o -> o.kind().equals("create") && o.status() == 201)
                .forEach(o -> created.merge(o.user(), 1L, Long::sum));
        created.forEach((user, n) -> assertThat(n + BOTS_AT_START).as("%s's bots", user).isLessThanOrEqualTo(5));
    }

    private static void finalStateIsTheAcceptedRequests(Connection registry, Connection allocation, EventProbe lifecycle,
                                                        List<Outcome> outcomes) throws SQLException {
        Map<String, Integer> starts = new HashMap<>();
        Map<String, Integer> stops = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.kind().equals("start")) {
                assertThat(o.status()).as("a start is accepted or refused with 409").isIn(200, 409);
                if (o.status() == 200) {
                    starts.merge(o.botId(), 1, Integer::sum);
                }
            } else if (o.kind().equals("stop")) {
                assertThat(o.status()).as("a stop is accepted or refused with 409").isIn(202, 409);
                if (o.status() == 202) {
                    stops.merge(o.botId(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> status = new HashMap<>();
        Map<String, BigDecimal> budget = new HashMap<>();
        try (var statement = registry.createStatement();
             ResultSet rs = statement.executeQuery("select id, status, budget from bots")) {
            while (rs.next()) {
                status.put(rs.getString("id"), rs.getString("status"));
                budget.put(rs.getString("id"), rs.getBigDecimal("budget"));
            }
        }
        Map<String, BigDecimal> active = new HashMap<>();
        try (var statement = allocation.createStatement();
             ResultSet rs = statement.executeQuery("select bot_id, amount from bot_budget where status <> 'RELEASED'")) {
            while (rs.next()) {
                active.put(rs.getString("bot_id"), rs.getBigDecimal("amount"));
            }
        }
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(lifecycle.events(BotStarted.class).size())
                .isEqualTo(starts.values().stream().mapToInt(Integer::intValue).sum()));
        Map<String, Integer> published = new HashMap<>();
        lifecycle.events(BotStarted.class).forEach(e -> published.merge(e.botId().toString(), 1, Integer::sum));

        for (String bot : status.keySet()) {
            int s = starts.getOrDefault(bot, 0);
            int t = stops.getOrDefault(bot, 0);
            String expected = s == t + 1 ? "RUNNING" : s == 0 ? "CREATED" : "STOPPED";
            assertThat(s - t).as("%s: %d starts and %d stops accepted", bot, s, t).isBetween(0, 1);
            assertThat(status.get(bot)).as("%s after %d starts and %d stops", bot, s, t).isEqualTo(expected);
            assertThat(audited(registry, bot, "STARTED")).as("%s's STARTED entries", bot).isEqualTo(s);
            assertThat(audited(registry, bot, "STOP_REQUESTED")).as("%s's stop requests", bot).isEqualTo(t);
            assertThat(published.getOrDefault(bot, 0)).as("%s's BotStarted events", bot).isEqualTo(s);
            if (expected.equals("RUNNING")) {
                assertThat(active.get(bot)).as("%s's budget at the allocation", bot).isEqualByComparingTo(budget.get(bot));
            } else {
                assertThat(active).as("a budget held for %s, which is %s", bot, expected).doesNotContainKey(bot);
            }
        }
        assertThat(status.keySet()).containsAll(active.keySet());
    }

    private static int audited(Connection registry, String bot, String action) throws SQLException {
        try (var statement = registry.prepareStatement(
                "select count(*) from audit_entries where bot_id = ?::uuid and action = ?")) {
            statement.setString(1, bot);
            statement.setString(2, action);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Runs every request at once, each on its own thread, released together. */
    private static void fireAllAtOnce(List<Runnable> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable request : requests) {
                running.add(threads.submit(() -> {
                    ready.await();
                    request.run();
                    return null;
                }));
            }
            ready.countDown();
            for (Future<?> request : running) {
                request.get();
            }
        }
    }

    private static String botRequest(String name, Random random) {
        int budget = 2500 + 100 * random.nextInt(26); // 2,500 to 5,000: three of them do not all fit in 10,000
        return """
                {"name":"%s","kind":"AI_TREND","templateId":"conservative-trend","symbol":"BTCUSDT","budget":"%d","leverage":2}"""
                .formatted(name, budget);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Long> countBy(List<Outcome> outcomes) {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        outcomes.forEach(o -> counts.merge(o.kind() + " " + o.status(), 1L, Long::sum));
        return new java.util.TreeMap<>(counts);
    }
}
