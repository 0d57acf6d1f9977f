package io.quorum.contracts.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.serde.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwapWireTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");

    private static String json(OrderSpec spec) {
        BotId bot = BotId.random();
        IntentId intent = IntentId.random();
        var approved = new OrderApproved(intent, UserId.random(), bot, ClientOrderId.forIntent(bot, intent), spec, Money.of("10"));
        return new String(EventJson.write(Envelope.originating(approved, Instant.parse("2025-01-01T00:00:00Z"))),
                StandardCharsets.UTF_8);
    }

    @Test
    void anOrderWithoutTwapIsWrittenAsBeforeAndATwapOrderCarriesItsDurationAndSlices() {
        OrderSpec plain = OrderSpec.market(BTC, Side.BUY, Quantity.of("1"), 2, false);
        OrderSpec sliced = plain.asTwap(TwapSpec.over(Duration.ofMinutes(10), 5));

        assertThat(json(plain)).doesNotContain("twap");
        String written = json(sliced);
        assertThat(written).contains("\"twap\":{\"durationSeconds\":600,\"slices\":5}");
        OrderApproved read = (OrderApproved) EventJson.read(written.getBytes(StandardCharsets.UTF_8)).payload();
        assertThat(read.order().twap()).isEqualTo(new TwapSpec(600, 5));
        assertThat(read.order().twap().duration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aLimitOrderCanBeATwapTooAndTheShapeIsBounded() {
        OrderSpec limit = OrderSpec.limit(BTC, Side.BUY, Price.of("100"), Quantity.of("1"), 2, false);

        assertThat(limit.twap()).isNull();
        assertThat(limit.asTwap(new TwapSpec(60, 2)).twap()).isEqualTo(new TwapSpec(60, 2));
        assertThat(limit.asTwap(new TwapSpec(60, 2)).protectedBy(Price.of("90"), null).twap()).isEqualTo(new TwapSpec(60, 2));
        assertThatThrownBy(() -> new TwapSpec(0, 5)).hasMessageContaining("between 1 s and 24 h");
        assertThatThrownBy(() -> new TwapSpec(60, 1)).hasMessageContaining("between 2 and 100 slices");
        assertThatThrownBy(() -> new TwapSpec(60, 101)).hasMessageContaining("between 2 and 100 slices");
    }

    @Test
    void anApprovalMarkedTwapBySizeSaysSoOnTheWireAndOneWithoutTheFieldReadsAsNotMarked() {
        BotId bot = BotId.random();
        IntentId intent = IntentId.random();
        OrderSpec market = OrderSpec.market(BTC, Side.BUY, Quantity.of("2"), 2, false);
        var marked = new OrderApproved(intent, UserId.random(), bot, ClientOrderId.forIntent(bot, intent), market,
                Money.of("130000"), null, Money.of("71.5"), java.math.BigDecimal.ONE, SlippageBasis.BOOK, true);
        String written = new String(EventJson.write(Envelope.originating(marked, Instant.parse("2025-01-01T00:00:00Z"))),
                StandardCharsets.UTF_8);
        assertThat(written).contains("\"twapBySize\":true");
        OrderApproved read = (OrderApproved) EventJson.read(written.getBytes(StandardCharsets.UTF_8)).payload();
        assertThat(read.slicedBySize()).isTrue();
        assertThat(read).isEqualTo(marked);

        // an approval written before the field existed, and one not marked: the field is absent, the order not sliced
        String old = json(market);
        assertThat(old).doesNotContain("twapBySize");
        assertThat(((OrderApproved) EventJson.read(old.getBytes(StandardCharsets.UTF_8)).payload()).slicedBySize()).isFalse();
        var unmarked = new OrderApproved(intent, marked.userId(), bot, marked.clientOrderId(), market, Money.of("1"),
                null, null, null, null, false);
        assertThat(unmarked.twapBySize()).isNull();
        assertThat(new String(EventJson.write(Envelope.originating(unmarked, Instant.parse("2025-01-01T00:00:00Z"))),
                StandardCharsets.UTF_8)).doesNotContain("twapBySize");
    }
}
