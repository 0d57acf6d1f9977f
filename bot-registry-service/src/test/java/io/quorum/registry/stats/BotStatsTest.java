package io.quorum.registry.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.registry.RegistryScenario;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-bot stats and the summary, folded from PositionChanged on the embedded Kafka. */
class BotStatsTest extends RegistryScenario {

    private static final String BOT = """
            {"name":"%s","kind":"GRID","symbol":"BTCUSDT","budget":"1000","leverage":2,
             "grid":{"lower":"100000","upper":"110000","gridCount":20,"spacing":"ARITHMETIC"}}""";
    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Symbol ETH = Symbol.of("ETHUSDT");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final UserId alice = UserId.random();
    private final EventProbe positions = EventProbe.on(Topics.POSITIONS_NAME);

    @AfterEach
    void closeProbe() throws InterruptedException {
        positions.close();
    }

    private BotId createBot(UserId owner, String name) {
        return BotId.of(post("/api/bots", owner, BOT.formatted(name)).text("id"));
    }

    private Envelope<PositionChanged> change(BotId bot, Symbol symbol, PositionSide side, String size, String pnl,
                                             String fees, String stopLoss) {
        boolean flat = side == PositionSide.FLAT;
        return Envelope.originating(new PositionChanged(alice, bot, symbol, side, Quantity.of(size),
                flat ? null : Price.of("100000"), 2, Money.of(pnl), Money.of(fees),
                stopLoss == null ? null : Price.of(stopLoss), null, null), Instant.parse("2026-03-01T12:00:00Z"));
    }

    private Response stats(BotId bot) {
        return get("/api/bots/" + bot + "/stats", alice);
    }

    @Test
    void countsTradesWinsLossesPnlAndFeesOnceEach() {
        BotId bot = createBot(alice, "traded");
        post("/api/bots/" + bot + "/start", alice, null);
        var closedWithProfit = change(bot, BTC, PositionSide.FLAT, "0", "20", "1.10", null);

        positions.publish(change(bot, BTC, PositionSide.LONG, "0.01", "0", "0.55", null));
        positions.publish(change(bot, BTC, PositionSide.LONG, "0.01", "0", "0.55", "99000")); // protection only
        positions.publish(closedWithProfit);
        positions.publish(closedWithProfit); // redelivered
        positions.publish(change(bot, BTC, PositionSide.LONG, "0.01", "20", "1.65", null));
        positions.publish(change(bot, ETH, PositionSide.LONG, "0.5", "0", "0.25", null));
        positions.publish(change(bot, BTC, PositionSide.FLAT, "0", "15", "2.20", null)); // closed with a loss of 5

        await().atMost(PATIENCE).until(() -> stats(bot).body().path("trades").asInt() == 5);
        Response stats = stats(bot);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.text("realizedPnl")).isEqualTo("15");
        assertThat(stats.text("fees")).isEqualTo("2.45");
        assertThat(stats.text("netPnl")).isEqualTo("12.55");
        assertThat(stats.body().path("wins").asInt()).isEqualTo(1);
        assertThat(stats.body().path("losses").asInt()).isEqualTo(1);
        assertThat(stats.body().path("winRate").decimalValue()).isEqualByComparingTo("50");
        assertThat(stats.body().path("leverage").asInt()).isEqualTo(2);
        assertThat(stats.text("status")).isEqualTo("RUNNING");
    }

    @Test
    void aBotThatNeverTradedHasZeroStatsAndNoWinRate() {
        BotId bot = createBot(alice, "idle");

        Response stats = stats(bot);

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().path("trades").asInt()).isZero();
        assertThat(stats.text("realizedPnl")).isEqualTo("0");
        assertThat(stats.body().path("winRate").isNull()).isTrue();
    }

    @Test
    void anotherUsersOrADeletedBotHasNoStats() {
        BotId bot = createBot(alice, "private");

        assertThat(get("/api/bots/" + bot + "/stats", UserId.random()).status()).isEqualTo(404);
        send("DELETE", "/api/bots/" + bot, alice, null, SECRET);
        assertThat(stats(bot).status()).isEqualTo(404);
        assertThat(get("/api/bots/" + BotId.random() + "/stats", alice).status()).isEqualTo(404);
        assertThat(get("/api/bots/not-an-id/stats", alice).text("field")).isEqualTo("id");
    }

    @Test
    void theSummaryAddsUpTheCallersBots() {
        BotId running = createBot(alice, "running");
        BotId idle = createBot(alice, "idle");
        BotId winner = createBot(alice, "winner");
        post("/api/bots/" + running + "/start", alice, null);
        positions.publish(change(running, BTC, PositionSide.LONG, "0.01", "0", "1", null));
        positions.publish(change(running, BTC, PositionSide.FLAT, "0", "-4", "2", null));
        positions.publish(change(winner, BTC, PositionSide.LONG, "0.01", "0", "1", null));
        positions.publish(change(winner, BTC, PositionSide.FLAT, "0", "10", "2", null));

        await().atMost(PATIENCE).until(() -> stats(running).body().path("trades").asInt() == 2
                && stats(winner).body().path("trades").asInt() == 2);
        Response summary = get("/api/bots/summary", alice);

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().path("totalBots").asInt()).isEqualTo(3);
        assertThat(summary.body().path("running").asInt()).isEqualTo(1);
        assertThat(summary.text("totalRealizedPnl")).isEqualTo("6");
        assertThat(summary.text("totalFees")).isEqualTo("4");
        assertThat(summary.text("totalPnl")).isEqualTo("2");
        assertThat(summary.body().path("averageWinRate").decimalValue()).isEqualByComparingTo("50");
        assertThat(stats(idle).body().path("trades").asInt()).isZero();

        Response nobody = get("/api/bots/summary", UserId.random());
        assertThat(nobody.body().path("totalBots").asInt()).isZero();
        assertThat(nobody.text("totalPnl")).isEqualTo("0");
        assertThat(nobody.body().path("averageWinRate").isNull()).isTrue();
    }
}
