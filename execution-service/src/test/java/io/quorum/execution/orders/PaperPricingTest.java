package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperPricingTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private final Slippage slippage = new Slippage(new BigDecimal("0.0005"));
    private final PaperPricing pricing = new PaperPricing(slippage);

    @Test
    void aMarketBuyPaysTheSlippageRoundedUpToTheTick() {
        // 60001.3 × 1.0005 = 60031.30065 → next 0.1 tick up
        assertThat(slippage.marketFillPrice(Side.BUY, Price.of("60001.3"), Instruments.of(BTC))).isEqualTo(Price.of("60031.4"));
    }

    @Test
    void aMarketSellGetsTheSlippageRoundedDownToTheTick() {
        // 60001.3 × 0.9995 = 59971.29935 → next 0.1 tick down
        assertThat(slippage.marketFillPrice(Side.SELL, Price.of("60001.3"), Instruments.of(BTC))).isEqualTo(Price.of("59971.2"));
    }

    @Test
    void aPriceAlreadyOnTheTickIsNotMovedFurther() {
        assertThat(slippage.marketFillPrice(Side.BUY, Price.of("60000"), Instruments.of(BTC))).isEqualTo(Price.of("60030"));
        assertThat(slippage.marketFillPrice(Side.SELL, Price.of("60000"), Instruments.of(BTC))).isEqualTo(Price.of("59970"));
    }

    @Test
    void slippageMustBeAFractionBelowOne() {
        assertThatThrownBy(() -> new Slippage(new BigDecimal("-0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slippage(BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarketOrderFillsAtOnceWithSlippage() {
        var market = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false);

        assertThat(pricing.immediateFillPrice(market, Optional.of(Price.of("60000")))).contains(Price.of("60030"));
        assertThat(pricing.immediateFillPrice(market, Optional.empty())).isEmpty();
    }

    @Test
    void aMarketableLimitFillsAtOnceAtTheLastPrice() {
        var buy = OrderSpec.limit(BTC, Side.BUY, Price.of("61000"), Quantity.of("0.01"), 1, false);
        var sell = OrderSpec.limit(BTC, Side.SELL, Price.of("59000"), Quantity.of("0.01"), 1, false);
        var buyAtLast = OrderSpec.limit(BTC, Side.BUY, Price.of("60000"), Quantity.of("0.01"), 1, false);

        assertThat(pricing.immediateFillPrice(buy, Optional.of(Price.of("60000")))).contains(Price.of("60000"));
        assertThat(pricing.immediateFillPrice(sell, Optional.of(Price.of("60000")))).contains(Price.of("60000"));
        assertThat(pricing.immediateFillPrice(buyAtLast, Optional.of(Price.of("60000")))).contains(Price.of("60000"));
    }

    @Test
    void aLimitAwayFromTheMarketRests() {
        var buy = OrderSpec.limit(BTC, Side.BUY, Price.of("59999.9"), Quantity.of("0.01"), 1, false);
        var sell = OrderSpec.limit(BTC, Side.SELL, Price.of("60000.1"), Quantity.of("0.01"), 1, false);

        assertThat(pricing.immediateFillPrice(buy, Optional.of(Price.of("60000")))).isEmpty();
        assertThat(pricing.immediateFillPrice(sell, Optional.of(Price.of("60000")))).isEmpty();
        assertThat(pricing.immediateFillPrice(buy, Optional.empty())).isEmpty();
    }

    @Test
    void feesAreTheExactNotionalTimesTheRateOfTheLiquidity() {
        var fees = new FeeSchedule(FeeRate.of("0.0002"), FeeRate.of("0.00055"));
        Money notional = Price.of("60030").times(Quantity.of("0.013"));

        assertThat(fees.feeOn(notional, Liquidity.MAKER)).isEqualTo(Money.of("0.156078"));
        assertThat(fees.feeOn(notional, Liquidity.TAKER)).isEqualTo(Money.of("0.42921450"));
    }
}
