package io.quorum.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.bybit.BybitAdapters;
import org.knowm.xchange.derivative.FuturesContract;

class TradesAndBooksStreamTest {

    @Test
    void aUsdtLinearPerpetualIsTheLibrarysPerpetualFuturesContractAndNamedBackTheSame() {
        var instrument = TradesAndBooksStream.instrumentOf(Symbol.of("BTCUSDT")).orElseThrow();

        assertThat(instrument).isInstanceOf(FuturesContract.class);
        assertThat(((FuturesContract) instrument).isPerpetual()).isTrue();
        assertThat(instrument.getBase().getCurrencyCode()).isEqualTo("BTC");
        assertThat(instrument.getCounter().getCurrencyCode()).isEqualTo("USDT");
        assertThat(BybitAdapters.convertToBybitSymbol(instrument)).isEqualTo("BTCUSDT");
        assertThat(BybitAdapters.convertToBybitSymbol(TradesAndBooksStream.instrumentOf(Symbol.of("1000PEPEUSDT")).orElseThrow()))
                .isEqualTo("1000PEPEUSDT");
    }

    @Test
    void aUsdcPerpetualIsNamedPerpAndAnythingElseIsNotFollowedThroughTheLibrary() {
        var usdc = TradesAndBooksStream.instrumentOf(Symbol.of("ETHPERP")).orElseThrow();
        assertThat(usdc.getCounter().getCurrencyCode()).isEqualTo("USDC");
        assertThat(BybitAdapters.convertToBybitSymbol(usdc)).isEqualTo("ETHPERP");

        assertThat(TradesAndBooksStream.instrumentOf(Symbol.of("USDT"))).isEmpty();
        assertThat(TradesAndBooksStream.instrumentOf(Symbol.of("BTCUSD"))).isEmpty();
    }
}
