package io.quorum.execution.venue.bybit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.venue.bybit.VenueExecution.VenueClose;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VenueExecutionTest {

    private static VenueExecution of(String execType, String stopOrderType) {
        return new VenueExecution("e-1", "o-1", "", Symbol.of("BTCUSDT"), Side.SELL, Price.of("60000.0"),
                Quantity.of("0.010"), Money.of("0.33"), false, Instant.EPOCH, execType, stopOrderType);
    }

    @Test
    void bybitsOwnClosesAreRecognisedFromStopOrderTypeAndExecType() {
        assertThat(of("Trade", "StopLoss").venueClose()).contains(VenueClose.STOP_LOSS);
        assertThat(of("Trade", "PartialStopLoss").venueClose()).contains(VenueClose.STOP_LOSS);
        assertThat(of("Trade", "TakeProfit").venueClose()).contains(VenueClose.TAKE_PROFIT);
        assertThat(of("Trade", "PartialTakeProfit").venueClose()).contains(VenueClose.TAKE_PROFIT);
        assertThat(of("Trade", "TrailingStop").venueClose()).contains(VenueClose.TRAILING_STOP);
        assertThat(of("BustTrade", "UNKNOWN").venueClose()).contains(VenueClose.LIQUIDATION);
        assertThat(of("AdlTrade", "").venueClose()).contains(VenueClose.AUTO_DELEVERAGING);
    }

    @Test
    void aPlainTradeAConditionalOrderOfSomeoneElsesAndFundingAreNotBybitsCloses() {
        assertThat(of("Trade", "UNKNOWN").venueClose()).isEmpty();
        assertThat(of("Trade", "").venueClose()).isEmpty();
        assertThat(of("Trade", "Stop").venueClose()).isEmpty(); // a conditional order someone placed
        assertThat(of("Funding", "").venueClose()).isEqualTo(Optional.empty());
    }

    @Test
    void fundingAndSettlementAreNotTrades() {
        assertThat(of("Funding", "UNKNOWN").isTrade()).isFalse();
        assertThat(of("Settle", "").isTrade()).isFalse();
        assertThat(of("Trade", "").isTrade()).isTrue();
        assertThat(of("BustTrade", "UNKNOWN").isTrade()).isTrue();
        assertThat(of("AdlTrade", "UNKNOWN").isTrade()).isTrue();
    }
}
