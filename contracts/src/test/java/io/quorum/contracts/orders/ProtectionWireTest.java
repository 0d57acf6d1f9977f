package io.quorum.contracts.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.serde.EventJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProtectionWireTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");

    @Test
    void anOrderWrittenBeforeProtectionExistedReadsAsUnprotected() {
        String json = """
                {"type":"order.intent-created.v1","eventId":"00000000-0000-0000-0000-000000000001",
                 "occurredAt":"2025-01-01T00:00:00Z","correlationId":"00000000-0000-0000-0000-000000000002",
                 "payload":{"intentId":"00000000-0000-0000-0000-000000000003","userId":"00000000-0000-0000-0000-000000000004",
                  "botId":"00000000-0000-0000-0000-000000000005","order":{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT",
                  "limitPrice":"100","quantity":"0.01","leverage":2,"reduceOnly":false},"gridLevel":3}}""";

        Envelope<?> read = EventJson.read(json.getBytes(StandardCharsets.UTF_8));

        OrderSpec order = ((OrderIntentCreated) read.payload()).order();
        assertThat(order.stopLoss()).isNull();
        assertThat(order.takeProfit()).isNull();
        assertThat(order.isProtected()).isFalse();
    }

    @Test
    void aPositionChangeWrittenBeforeProtectionExistedReadsWithoutStopsOrReason() {
        String json = """
                {"type":"position.changed.v1","eventId":"00000000-0000-0000-0000-000000000001",
                 "occurredAt":"2025-01-01T00:00:00Z","correlationId":"00000000-0000-0000-0000-000000000002",
                 "payload":{"userId":"00000000-0000-0000-0000-000000000004","botId":"00000000-0000-0000-0000-000000000005",
                  "symbol":"BTCUSDT","side":"LONG","size":"0.01","entryPrice":"100","leverage":2,"realizedPnl":"0",
                  "feesPaid":"0.01"}}""";

        PositionChanged change = (PositionChanged) EventJson.read(json.getBytes(StandardCharsets.UTF_8)).payload();

        assertThat(change.stopLoss()).isNull();
        assertThat(change.reason()).isNull();
    }

    @Test
    void aLimitBuysStopLiesBelowItsPriceAndItsTargetAbove() {
        OrderSpec buy = OrderSpec.limit(BTC, Side.BUY, Price.of("100"), Quantity.of("1"), 2, false);

        assertThat(buy.protectedBy(Price.of("95"), Price.of("110")).isProtected()).isTrue();
        assertThatThrownBy(() -> buy.protectedBy(Price.of("101"), null)).hasMessageContaining("below the limit price");
        assertThatThrownBy(() -> buy.protectedBy(null, Price.of("99"))).hasMessageContaining("above the limit price");
    }

    @Test
    void aReduceOnlyOrderCarriesNoProtection() {
        OrderSpec close = OrderSpec.market(BTC, Side.SELL, Quantity.of("1"), 2, true);

        assertThatThrownBy(() -> close.protectedBy(Price.of("95"), null)).hasMessageContaining("reduce-only");
    }

    @Test
    void anApprovalWrittenBeforeSizingExistedReadsWithoutASizingRecord() {
        String json = """
                {"type":"order.approved.v1","eventId":"00000000-0000-0000-0000-000000000001",
                 "occurredAt":"2025-01-01T00:00:00Z","correlationId":"00000000-0000-0000-0000-000000000002",
                 "payload":{"intentId":"00000000-0000-0000-0000-000000000003","userId":"00000000-0000-0000-0000-000000000004",
                  "botId":"00000000-0000-0000-0000-000000000005","clientOrderId":"q00000000-00000000000000000000",
                  "order":{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","limitPrice":"100","quantity":"0.01","leverage":2,
                  "reduceOnly":false},"reserved":"0.50055"}}""";

        OrderApproved approved = (OrderApproved) EventJson.read(json.getBytes(StandardCharsets.UTF_8)).payload();

        assertThat(approved.reserved()).isEqualTo(io.quorum.contracts.money.Money.of("0.50055"));
        assertThat(approved.expectedSlippagePercent()).isNull();
        assertThat(approved.estimatedFee()).isNull();
        assertThat(approved.scale()).isNull();
        assertThat(approved.slippageBasis()).isNull();
    }
}
