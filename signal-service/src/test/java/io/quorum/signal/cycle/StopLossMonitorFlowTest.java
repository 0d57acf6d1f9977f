package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.signal.SignalServiceTest;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stop-loss monitor on 1m candles of a symbol no other scenario trades (ETHUSDT), so no other test's bot is
 * watched: a position past −10 % of its margin gets one out-of-cycle STOP_LOSS decision and a reduce-only close.
 */
class StopLossMonitorFlowTest extends SignalServiceTest {

    private static final Symbol ETH = Symbol.of("ETHUSDT");
    private static final Instant OPENED = Instant.parse("2025-07-01T00:00:00Z");

    private final UserId user = UserId.random();
    private final List<BotId> started = new ArrayList<>();
    private EventProbe probe;

    @BeforeEach
    void openProbe() {
        probe = EventProbe.on(Topics.SIGNAL_DECISIONS_NAME, Topics.ORDER_INTENTS_NAME);
    }

    @AfterEach
    void stopBots() throws InterruptedException {
        started.forEach(bot -> probe.publish(Envelope.originating(new BotStopRequested(bot, user, "test over"), Instant.now())));
        probe.close();
    }

    @Test
    void aLongPastTenPercentOfItsMarginIsClosedOnceByAnOutOfCycleStopLossDecision() throws Exception {
        BotId bot = startWithLong("2000", 2);
        BotId sentinel = startWithLong("1900", 1); // at 1x it reaches −10 % only at 1710

        Instant t1 = OPENED.plus(Duration.ofMinutes(1));
        Instant t2 = t1.plus(Duration.ofMinutes(1));
        Instant t3 = t2.plus(Duration.ofMinutes(1));
        probe.publish(m1(t1, "1900.01")); // −9.999 % of margin at 2x
        Envelope<CandleClosed> reaching = m1(t2, "1900"); // exactly −10 %
        probe.publish(reaching);

        SignalDecided decided = probe.awaitEvent(SignalDecided.class, d -> d.botId().equals(bot));
        assertThat(decided.candleClosedAt()).isEqualTo(t2);
        assertThat(decided.action()).isEqualTo(TradeAction.STOP_LOSS);
        assertThat(decided.votes()).extracting(CastVote::voter).containsExactly("stop-loss-monitor");
        assertThat(decided.votes().getFirst().explanation()).startsWith("unrealised result -10.00 % of margin at 1900");
        assertThat(decided.reason()).startsWith("out-of-cycle decision of the stop-loss monitor on the 1m close: STOP_LOSS");
        assertThat(decided.required()).containsEntry(TradeAction.STOP_LOSS, 1);
        OrderIntentCreated close = probe.awaitEvent(OrderIntentCreated.class, i -> i.botId().equals(bot));
        assertThat(close.intentId()).isEqualTo(decided.intentId());
        assertThat(close.order().type()).isEqualTo(OrderType.MARKET);
        assertThat(close.order().side()).isEqualTo(Side.SELL);
        assertThat(close.order().reduceOnly()).isTrue();
        assertThat(close.order().quantity()).isEqualTo(Quantity.of("0.5"));

        // the close is in flight: the candle again, under a new id, and a deeper fall trigger nothing more for this trade
        probe.publish(reaching);
        probe.publish(Envelope.originating(reaching.payload(), t2));
        probe.publish(m1(t3, "1700"));
        probe.awaitEvent(SignalDecided.class, d -> d.botId().equals(sentinel) && d.candleClosedAt().equals(t3));

        assertThat(probe.events(SignalDecided.class).stream().filter(d -> d.botId().equals(bot))).hasSize(1);
        assertThat(probe.events(OrderIntentCreated.class).stream().filter(i -> i.botId().equals(bot))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from decisions where bot_id = ?").param(bot.value()).query(Integer.class).single())
                .isEqualTo(1);
        String page = getAs(user, "/api/signals?botId=" + bot).getContentAsString();
        assertThat((String) JsonPath.read(page, "$.items[0].action")).isEqualTo("STOP_LOSS");
    }

    private BotId startWithLong(String entry, int leverage) {
        BotId bot = BotId.random();
        TrendSpec trend = new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15,
                List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("1"), Percent.of("20"),
                new TrendSpec.LeverageBounds(1, 3),
                new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3")),
                new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5")), Percent.of("-10"),
                TrendSpec.defaultThresholds(), List.of("ema-cross", "rsi-bands", "llm:fake"));
        probe.publish(Envelope.originating(new BotStarted(bot, user, "eth trend", BotKind.AI_TREND, ETH, Money.of("1000"),
                3, null, trend), Instant.now()));
        probe.publish(Envelope.originating(new PositionChanged(user, bot, ETH, PositionSide.LONG, Quantity.of("0.5"),
                Price.of(entry), leverage, Money.ZERO, Money.of("0.5"), Price.of("1800"), null, null), OPENED));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from positions p join ai_bots b using (bot_id) where bot_id = ?")
                .param(bot.value()).query(Integer.class).single() == 1);
        started.add(bot);
        return bot;
    }

    private static Envelope<CandleClosed> m1(Instant closeTime, String close) {
        Price price = Price.of(close);
        return Envelope.originating(new CandleClosed(ETH, Interval.M1, closeTime.minus(Duration.ofMinutes(1)), price, price,
                price, price, Quantity.of("10")), closeTime);
    }
}
