package io.quorum.grid.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.grid.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridRequestTest {

    /** lower, upper, count, investment, trigger, stop-loss, take-profit → the field the GridSpec refusal names. */
    @ParameterizedTest(name = "{7}")
    @CsvSource(nullValues = "-", value = {
            "64000, 60000, 4, -, -, -, -, grid.lower",
            "60000, 64000, 1, -, -, -, -, grid.gridCount",
            "60000, 64000, 101, -, -, -, -, grid.gridCount",
            "60000, 64000, 4, -1, -, -, -, grid.investment",
            "60000, 64000, 4, -, -, 61000, -, grid.stopLossPrice",
            "60000, 64000, 4, -, -, -, 63000, grid.takeProfitPrice",
            "60000, 64000, 4, -, 58000, 59000, -, grid.triggerPrice",
            "60000, 64000, 4, -, 66000, -, 65000, grid.triggerPrice"})
    void eachRefusalOfTheGridSpecNamesTheFieldItConcerns(String lower, String upper, int count, String investment,
                                                        String trigger, String stopLoss, String takeProfit, String field) {
        var request = new GridRequest(Symbol.of("BTCUSDT"), Money.of("1000"), 2, new GridRequest.Body(Price.of(lower),
                Price.of(upper), count, GridSpacing.ARITHMETIC, investment == null ? null : Money.of(investment),
                price(trigger), price(stopLoss), price(takeProfit)));

        assertThatThrownBy(request::spec).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void missingValuesAreNamedAndSpacingDefaultsToArithmetic() {
        var body = new GridRequest.Body(Price.of("60000"), Price.of("64000"), 4, null, null, null, null, null);

        assertThat(new GridRequest(null, null, null, body).spec().spacing()).isEqualTo(GridSpacing.ARITHMETIC);
        assertThatThrownBy(() -> new GridRequest(null, null, null, body).requiredSymbol())
                .hasFieldOrPropertyWithValue("field", "symbol");
        assertThatThrownBy(() -> new GridRequest(null, Money.of("0"), null, body).requiredBudget())
                .hasFieldOrPropertyWithValue("field", "budget");
        assertThatThrownBy(() -> new GridRequest(null, null, 21, body).requiredLeverage())
                .hasFieldOrPropertyWithValue("field", "leverage");
        assertThatThrownBy(() -> new GridRequest(null, null, null, null).spec()).hasFieldOrPropertyWithValue("field", "grid");
        assertThatThrownBy(() -> new GridRequest(null, null, null,
                new GridRequest.Body(Price.of("60000"), null, 4, null, null, null, null, null)).spec())
                .hasFieldOrPropertyWithValue("field", "grid.upper");
    }

    private static Price price(String text) {
        return text == null ? null : Price.of(text);
    }
}
