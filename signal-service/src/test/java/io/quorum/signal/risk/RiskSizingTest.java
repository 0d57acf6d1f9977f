package io.quorum.signal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskSizingTest {

    private static final Symbol BTCUSDT = Symbol.of("BTCUSDT");
    private static final Instrument BTC = Instruments.of(BTCUSDT);
    private static final FeeRate TAKER = FeeRate.of("0.00055");
    /** Long at 100,000 with a 1 % stop at 10x. */
    private static final ConfirmedPlan PLAN = new ConfirmedPlan(Side.BUY, Price.of("100000"), Price.of("104000"),
            Price.of("99000"), 10, List.of());

    private final RiskSizing sizing = new RiskSizing();

    @Test
    void onePercentOfAThousandAtAThousandDollarStopBuysOneHundredthOfABitcoin() {
        SizedOrder order = (SizedOrder) sizing.size(PLAN, SizingBudget.of(Money.of("1000"), Money.of("1000"),
                Percent.of("1"), TAKER), BTC);

        assertThat(order.quantity()).isEqualTo(Quantity.of("0.01"));
        assertThat(order.riskAmount()).isEqualTo(Money.of("10"));
        assertThat(order.notional()).isEqualTo(Money.of("1000"));
        assertThat(order.margin()).isEqualTo(Money.of("100"));
        assertThat(order.fee()).isEqualTo(Money.of("0.55"));
        assertThat(order.limitedBy()).isEqualTo("risk");
        assertThat(order.entryOrder(BTCUSDT).type()).isEqualTo(OrderType.MARKET);
        assertThat(order.entryOrder(BTCUSDT).leverage()).isEqualTo(10);
    }

    @Test
    void whenLittleOfTheBudgetIsLeftTheMarginAndFeeMustFitIt() {
        SizedOrder order = (SizedOrder) sizing.size(PLAN, SizingBudget.of(Money.of("1000"), Money.of("50"),
                Percent.of("1"), TAKER), BTC);

        // 50 × 10 / (100,000 × 1.0055) = 0.00497…, stepped down to 0.004
        assertThat(order.quantity()).isEqualTo(Quantity.of("0.004"));
        assertThat(order.limitedBy()).isEqualTo("budget");
        assertThat(order.margin().plus(order.fee()).exceeds(Money.of("50"))).isFalse();
    }

    @Test
    void aTemplateExposureCapLimitsTheNotional() {
        SizedOrder order = (SizedOrder) sizing.size(PLAN, new SizingBudget(Money.of("1000"), Money.of("1000"),
                Percent.of("5"), TAKER, Money.of("2500")), BTC);

        assertThat(order.quantity()).isEqualTo(Quantity.of("0.025"));
        assertThat(order.limitedBy()).isEqualTo("exposure");
    }

    @Test
    void anOrderBelowTheMinimumQuantityIsRefusedAsTooSmall() {
        Sizing outcome = sizing.size(PLAN, SizingBudget.of(Money.of("10"), Money.of("10"), Percent.of("1"), TAKER), BTC);

        assertThat(outcome).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason())
                .startsWith("too small: 0.0001 BTCUSDT (limited by risk)").contains("minimum order of 0.001"));
    }
}
