package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import org.junit.jupiter.api.Test;

class OrderCommitmentTest {

    final OrderCommitment commitment = new OrderCommitment(new FeeSchedule(FeeRate.of("0.0002"), FeeRate.of("0.00055")));
    final Symbol btc = Symbol.of("BTCUSDT");

    @Test
    void anOpeningLimitOrderHoldsItsMarginAndTheTakerFee() {
        var order = OrderSpec.limit(btc, Side.BUY, Price.of("50000"), Quantity.of("0.01"), 5, false);

        assertThat(commitment.of(order, null)).isEqualTo(Money.of("100.275"));
    }

    @Test
    void aReduceOnlyOrderHoldsOnlyItsFee() {
        var order = OrderSpec.limit(btc, Side.SELL, Price.of("50000"), Quantity.of("0.01"), 5, true);

        assertThat(commitment.of(order, null)).isEqualTo(Money.of("0.275"));
    }

    @Test
    void aReduceOnlyMarketOrderIsPricedAtTheReference() {
        var order = OrderSpec.market(btc, Side.SELL, Quantity.of("0.01"), 5, true);

        assertThat(commitment.of(order, Price.of("40000"))).isEqualTo(Money.of("0.22"));
        assertThat(commitment.of(order, null)).isEqualTo(Money.ZERO);
    }
}
