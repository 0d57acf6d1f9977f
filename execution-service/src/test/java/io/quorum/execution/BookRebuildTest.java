package io.quorum.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.matching.PaperBooks;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a restart the books hold exactly the open limit orders of the database. */
class BookRebuildTest extends ExecutionServiceTest {

    @Autowired
    VenueOrders orders;

    private VenueOrder stored(OrderSpec spec, Instant at) {
        BotId bot = BotId.random();
        IntentId intent = IntentId.random();
        VenueOrder order = VenueOrder.open(intent, ClientOrderId.forIntent(bot, intent), UserId.random(), bot, spec, at);
        orders.insertIfAbsent(order);
        return order;
    }

    @Test
    void theBooksAreRebuiltFromTheOpenLimitOrdersAtStartUp() {
        Instant at = now();
        VenueOrder open = stored(OrderSpec.limit(BTC, Side.BUY, Price.of("2000"), Quantity.of("0.01"), 1, false), at);
        VenueOrder cancelled = stored(OrderSpec.limit(BTC, Side.BUY, Price.of("2000"), Quantity.of("0.01"), 1, false), at);
        cancelled.cancel("bot stopped", at);
        orders.recordTransition(cancelled);
        VenueOrder market = stored(OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false), at);

        PaperBooks rebuilt = new VenueConfiguration.Paper().paperBooks(orders);

        assertThat(rebuilt.contains(BTC, open.clientOrderId())).isTrue();
        assertThat(rebuilt.contains(BTC, cancelled.clientOrderId())).isFalse();
        assertThat(rebuilt.contains(BTC, market.clientOrderId())).isFalse();
        assertThat(rebuilt.crossedBy(BTC, Price.of("2000"), at)).extracting(o -> o.clientOrderId()).contains(open.clientOrderId());
    }
}
