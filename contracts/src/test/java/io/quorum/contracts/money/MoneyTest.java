package io.quorum.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instruments;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalValuesAreEqualWhateverTheirScale() {
        assertThat(Price.of("104200.10")).isEqualTo(Price.of("104200.1"));
        assertThat(Quantity.of("1.000")).isEqualTo(Quantity.of("1"));
        assertThat(Money.of("100")).isEqualTo(Money.of("1E+2"));
    }

    @Test
    void refusesNonPositivePricesNegativeQuantitiesAndNonNumbers() {
        assertThatThrownBy(() -> Price.of("0")).hasMessageContaining("price must be positive");
        assertThatThrownBy(() -> Price.of("-1")).hasMessageContaining("price must be positive");
        assertThatThrownBy(() -> Quantity.of("-0.001")).hasMessageContaining("quantity must not be negative");
        assertThatThrownBy(() -> Price.of("NaN")).hasMessageContaining("must be a decimal number");
        assertThatThrownBy(() -> Price.of("Infinity")).hasMessageContaining("must be a decimal number");
    }

    @Test
    void knowsTheInstrumentTickAndStep() {
        var btc = Instruments.of(Symbol.of("BTCUSDT"));
        assertThat(btc.isOnTick(Price.of("104200.1"))).isTrue();
        assertThat(btc.isOnTick(Price.of("104200.15"))).isFalse();
        assertThat(btc.stepDown(new BigDecimal("0.01239"))).isEqualTo(Quantity.of("0.012"));
        assertThat(btc.tickBelow(new BigDecimal("104200.19"))).isEqualTo(Price.of("104200.1"));
        assertThat(btc.tickAbove(new BigDecimal("104200.11"))).isEqualTo(Price.of("104200.2"));
    }

    @Property
    void roundingToTheGridNeverCrossesTheValue(@ForAll @BigRange(min = "0.1", max = "1000000") BigDecimal raw) {
        var btc = Instruments.of(Symbol.of("BTCUSDT"));
        Price below = btc.tickBelow(raw.max(new BigDecimal("0.1")));
        assertThat(below.value()).isLessThanOrEqualTo(raw);
        assertThat(btc.isOnTick(below)).isTrue();
        assertThat(btc.tickAbove(raw).value()).isGreaterThanOrEqualTo(raw);
    }
}
