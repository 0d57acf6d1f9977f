package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class HaltFlowTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    private OrderPlaced place(OrderSpec spec) {
        var approval = approval(user, bot, spec, now());
        probe.publish(approval);
        return awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId())).payload();
    }

    @Test
    void aHaltedBotHasItsOrdersCancelledItsPositionClosedAtMarketAndNothingLeftOpen() throws Exception {
        tick("60000", now());
        OrderPlaced entry = place(OrderSpec.market(BTC, Side.BUY, Quantity.of("0.02"), 2, false));
        awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(entry.intentId()));
        OrderPlaced restingLow = place(OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.01"), 2, false));
        OrderPlaced restingHigh = place(OrderSpec.limit(BTC, Side.SELL, Price.of("70000"), Quantity.of("0.01"), 2, false));
        assertThat(books.contains(BTC, restingLow.clientOrderId())).isTrue();

        Envelope<BotTradingHalted> halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(2);
        assertThat(cleared.causationId()).isEqualTo(halt.eventId());
        var cancelled = envelopes(OrderCancelled.class, c -> c.botId().equals(bot));
        assertThat(cancelled).extracting(c -> c.payload().clientOrderId())
                .containsExactlyInAnyOrder(restingLow.clientOrderId(), restingHigh.clientOrderId());
        assertThat(cancelled).allSatisfy(c -> {
            assertThat(c.payload().reason()).isEqualTo("bot stopped");
            assertThat(c.payload().unfilled()).isEqualTo(Quantity.of("0.01"));
        });

        IntentId closeIntent = IntentId.derive(bot.toString(), "stop-close", halt.eventId().toString());
        OrderPlaced close = awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(closeIntent)).payload();
        assertThat(close.order().type()).isEqualTo(OrderType.MARKET);
        assertThat(close.order().side()).isEqualTo(Side.SELL);
        assertThat(close.order().reduceOnly()).isTrue();
        assertThat(close.order().quantity()).isEqualTo(Quantity.of("0.02"));
        OrderFilled closeFill = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(closeIntent)).payload();
        assertThat(closeFill.price()).isEqualTo(Price.of("59970"));
        assertThat(closeFill.liquidity()).isEqualTo(Liquidity.TAKER);

        PositionChanged flat = envelopes(PositionChanged.class, p -> p.botId().equals(bot)).getLast().payload();
        assertThat(flat.side()).isEqualTo(PositionSide.FLAT);
        // bought at 60030, sold at 59970: 0.02 × −60; fees 0.66033 + 0.65967
        assertThat(flat.realizedPnl()).isEqualTo(Money.of("-1.2"));
        assertThat(flat.feesPaid()).isEqualTo(Money.of("1.32"));

        assertThat(jdbc.sql("select count(*) from venue_orders where bot_id = ? and status = 'OPEN'")
                .param(bot.value()).query(Long.class).single()).isZero();
        assertThat(books.orders(BTC)).noneMatch(order -> order.botId().equals(bot));
        mvc.perform(get("/api/orders").param("botId", bot.toString())
                        .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[*].status", Matchers.not(Matchers.hasItem("OPEN"))))
                .andExpect(jsonPath("$.items[0].intentId").value(closeIntent.toString()))
                .andExpect(jsonPath("$.items[0].status").value("FILLED"));
        mvc.perform(get("/api/positions").param("botId", bot.toString())
                        .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].side").value("FLAT"))
                .andExpect(jsonPath("$.items[0].realizedPnl").value("-1.2"));
    }

    @Test
    void aRedeliveredHaltClearsOnceAndABotWithNothingOpenIsClearedWithZeroCancelled() {
        Envelope<BotTradingHalted> halt = Envelope.originating(new BotTradingHalted(user, bot), now());

        probe.publish(halt);
        probe.publish(halt);
        var sentinel = approval(user, BotId.random(), OrderSpec.limit(BTC, Side.BUY, Price.of("1000"), Quantity.of("0.01"), 1, false), now());
        probe.publish(sentinel);
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(sentinel.payload().intentId()));

        var cleared = envelopes(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared).hasSize(1);
        assertThat(cleared.getFirst().payload().cancelled()).isZero();
        assertThat(envelopes(OrderPlaced.class, p -> p.botId().equals(bot))).isEmpty();
    }
}
