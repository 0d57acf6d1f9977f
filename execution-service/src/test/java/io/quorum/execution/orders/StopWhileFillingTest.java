package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import io.quorum.testkit.EventProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Stop means stop while fills are arriving: ticks keep crossing the bot's levels, several at a time,
 * before, during and after the halt is processed, on the ticks consumer, while the halt runs on the
 * decisions consumer. The bot must come out with nothing open anywhere, every order ended once, a flat
 * position, and BotOrdersCleared published after its last fill.
 */
class StopWhileFillingTest extends ExecutionServiceTest {

    private static final int LEVELS_PER_SIDE = 150;
    private static final int TICKS = 60;
    private static final int HALT_AFTER_FILLS = 20;

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    @Test
    void aBotHaltedWhileTicksKeepFillingItsLevelsEndsWithNothingOpenAndEveryOrderEndedOnce() throws Exception {
        tick("60000", now());
        Set<ClientOrderId> grid = placeGrid();
        long deadlocksBefore = deadlocks();

        List<Envelope<TickObserved>> ticks = new ArrayList<>();
        CompletableFuture<Void> ticker = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= TICKS; i++) {
                // swings out further each time, crossing about five fresh levels on alternate sides
                BigDecimal swing = BigDecimal.valueOf(5L * i);
                BigDecimal price = i % 2 == 1 ? BigDecimal.valueOf(60000).subtract(swing) : BigDecimal.valueOf(60000).add(swing);
                Envelope<TickObserved> tick = Envelope.originating(new TickObserved(BTC, Price.of(price)), now());
                ticks.add(tick);
                probe.publish(tick);
                pause(); // paced like a market, so the halt lands while the bot still has levels left to fill
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> envelopes(OrderFilled.class, f -> f.botId().equals(bot)).size() >= HALT_AFTER_FILLS);
        Envelope<BotTradingHalted> halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);
        ticker.get();

        Instant lastTick = ticks.getLast().occurredAt();
        await().atMost(Duration.ofSeconds(60)).until(() -> marks.of(BTC).filter(m -> !m.lastTickAt().isBefore(lastTick)).isPresent());
        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.causationId()).isEqualTo(halt.eventId());

        Set<ClientOrderId> everyOrder = envelopes(OrderPlaced.class, p -> p.botId().equals(bot)).stream()
                .map(p -> p.payload().clientOrderId()).collect(Collectors.toSet());
        assertThat(everyOrder).containsAll(grid).hasSizeBetween(grid.size(), grid.size() + 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> ended(everyOrder).keySet().equals(everyOrder));

        // every order ended exactly once, on the topic and in the database
        assertThat(ended(everyOrder)).allSatisfy((id, endings) -> assertThat(endings).as(id.value()).isEqualTo(1L));
        assertThat(jdbc.sql("select count(*) from venue_orders where bot_id = ? and status not in ('FILLED', 'CANCELLED')")
                .param(bot.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from fills where bot_id = ?").param(bot.value()).query(Long.class).single())
                .isEqualTo(envelopes(OrderFilled.class, f -> f.botId().equals(bot)).size());
        assertThat(cleared.payload().cancelled()).isEqualTo(envelopes(OrderCancelled.class, c -> c.botId().equals(bot)).size());

        // the halt came while fills were still arriving, and nothing of the bot filled after it
        List<Envelope<?>> executions = probe.envelopes();
        int clearedAt = lastIndexOf(executions, e -> e.eventId().equals(cleared.eventId()));
        int lastFillAt = lastIndexOf(executions, e -> e.payload() instanceof OrderFilled f && f.botId().equals(bot));
        assertThat(lastFillAt).isLessThan(clearedAt);
        assertThat(envelopes(OrderCancelled.class, c -> c.botId().equals(bot))).isNotEmpty();

        // nothing open: database, book and API
        assertThat(books.orders(BTC)).noneMatch(order -> order.botId().equals(bot));
        mvc.perform(get("/api/orders").param("botId", bot.toString()).param("limit", "500")
                        .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(everyOrder.size()))
                .andExpect(jsonPath("$.items[*].status", Matchers.not(Matchers.hasItem("OPEN"))));

        // flat: the last position event, the table, the API, and the fills themselves
        PositionChanged last = envelopes(PositionChanged.class, p -> p.botId().equals(bot)).getLast().payload();
        assertThat(last.side()).isEqualTo(PositionSide.FLAT);
        assertThat(jdbc.sql("select side from positions where bot_id = ?").param(bot.value()).query(String.class).list())
                .containsOnly("FLAT");
        assertThat(netFilled()).isEqualByComparingTo(BigDecimal.ZERO);
        mvc.perform(get("/api/positions").param("botId", bot.toString())
                        .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].side").value("FLAT"));

        // the halt and the fills queued behind each other's row locks: no deadlock, nothing given up on
        assertThat(deadLetters(halt, ticks)).isEmpty();
        assertThat(deadlocks()).isEqualTo(deadlocksBefore);
    }

    /** Deadlocks PostgreSQL has detected in this database (its statistics lag a little; the dead-letter check waits). */
    private long deadlocks() {
        return jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()").query(Long.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(30);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Buys below 60,000 and sells above, two apart, placed from the far end inwards on each side. */
    private Set<ClientOrderId> placeGrid() {
        List<Envelope<?>> approvals = new ArrayList<>();
        for (int k = LEVELS_PER_SIDE; k >= 1; k--) {
            approvals.add(approval(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of(BigDecimal.valueOf(60000 - 2L * k)),
                    Quantity.of("0.001"), 2, false), now()));
            approvals.add(approval(user, bot, OrderSpec.limit(BTC, Side.SELL, Price.of(BigDecimal.valueOf(60000 + 2L * k)),
                    Quantity.of("0.001"), 2, false), now()));
        }
        approvals.forEach(probe::publish);
        await().atMost(Duration.ofSeconds(60)).until(() -> envelopes(OrderPlaced.class, p -> p.botId().equals(bot)).size() == approvals.size());
        Set<ClientOrderId> placed = envelopes(OrderPlaced.class, p -> p.botId().equals(bot)).stream()
                .map(p -> p.payload().clientOrderId()).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> placed.stream().allMatch(id -> books.contains(BTC, id)));
        return placed;
    }

    /** For each order that has ended, how many times: fills plus cancellations on the executions topic. */
    private Map<ClientOrderId, Long> ended(Set<ClientOrderId> orders) {
        return probe.envelopes().stream()
                .map(e -> switch (e.payload()) {
                    case OrderFilled f -> f.clientOrderId();
                    case OrderCancelled c -> c.clientOrderId();
                    default -> null;
                })
                .filter(orders::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private BigDecimal netFilled() {
        return jdbc.sql("select coalesce(sum(case when side = 'BUY' then quantity else -quantity end), 0) from fills where bot_id = ?")
                .param(bot.value()).query(BigDecimal.class).single();
    }

    private static int lastIndexOf(List<Envelope<?>> envelopes, java.util.function.Predicate<Envelope<?>> matching) {
        for (int i = envelopes.size() - 1; i >= 0; i--) {
            if (matching.test(envelopes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Dead letters that carry the halt or one of this test's ticks. */
    private static List<String> deadLetters(Envelope<?> halt, List<Envelope<TickObserved>> ticks) throws InterruptedException {
        Set<String> ours = ticks.stream().map(t -> t.eventId().toString()).collect(Collectors.toSet());
        ours.add(halt.eventId().toString());
        try (EventProbe dlt = EventProbe.on(Topics.ORDER_DECISIONS.deadLetterTopic(), Topics.TICKS.deadLetterTopic())) {
            // the dead-letter topics are read from the beginning; give the probe a moment to catch up
            Thread.sleep(2_000);
            return java.util.stream.Stream.concat(dlt.records(Topics.ORDER_DECISIONS.deadLetterTopic()).stream(),
                            dlt.records(Topics.TICKS.deadLetterTopic()).stream())
                    .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                    .filter(value -> ours.stream().anyMatch(value::contains))
                    .toList();
        }
    }
}
