package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import org.junit.jupiter.api.Test;

/**
 * At most one venue order per intent, ever. Decisions are keyed by user, so a later approval of the
 * same user is handled after the duplicates: once it is placed, the duplicates have been handled too.
 */
class IdempotencyTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    private OrderSpec farBelowTheMarket() {
        return OrderSpec.limit(BTC, Side.BUY, Price.of("1000"), Quantity.of("0.01"), 1, false);
    }

    private void awaitDuplicatesHandled() {
        var sentinel = approval(user, bot, farBelowTheMarket(), now());
        probe.publish(sentinel);
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(sentinel.payload().intentId()));
    }

    private long rowsOf(IntentId intent) {
        return jdbc.sql("select count(*) from venue_orders where intent_id = ?").param(intent.value()).query(Long.class).single();
    }

    @Test
    void theSameApprovalDeliveredTwicePlacesOneOrder() {
        var approval = approval(user, bot, farBelowTheMarket(), now());

        probe.publish(approval);
        probe.publish(approval);
        awaitDuplicatesHandled();

        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId()))).hasSize(1);
        assertThat(rowsOf(approval.payload().intentId())).isEqualTo(1);
    }

    @Test
    void anotherEnvelopeForAnIntentAlreadyPlacedPlacesNothing() {
        var approval = approval(user, bot, farBelowTheMarket(), now());
        Envelope<OrderApproved> again = Envelope.originating(approval.payload(), now());

        probe.publish(approval);
        probe.publish(again);
        awaitDuplicatesHandled();

        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId()))).hasSize(1);
        assertThat(rowsOf(approval.payload().intentId())).isEqualTo(1);
        assertThat(books.orders(BTC).stream().filter(o -> o.clientOrderId().equals(approval.payload().clientOrderId())))
                .hasSize(1);
    }

    @Test
    void aRefusedIntentIsRefusedOnceHoweverOftenItArrives() {
        var approval = approval(user, bot, OrderSpec.market(NEVER_TICKED, Side.SELL, Quantity.of("0.01"), 1, false), now());

        probe.publish(approval);
        probe.publish(approval);
        probe.publish(Envelope.originating(approval.payload(), now()));
        awaitDuplicatesHandled();

        assertThat(envelopes(OrderRejectedByVenue.class, r -> r.intentId().equals(approval.payload().intentId()))).hasSize(1);
        assertThat(rowsOf(approval.payload().intentId())).isEqualTo(1);
    }
}
