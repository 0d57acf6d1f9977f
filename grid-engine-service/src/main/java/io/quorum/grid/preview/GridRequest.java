package io.quorum.grid.preview;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.grid.platform.InvalidRequestException;
import java.util.List;
import java.util.Map;

/**
 * A grid to check or preview, as the registry and the web UI send it. Malformed values are refused by
 * Jackson with their path ({@code grid.lower}); what is missing or breaks a rule is refused here, naming
 * the field. Optional grid fields may be absent or null; {@code spacing} defaults to arithmetic.
 */
record GridRequest(Symbol symbol, Money budget, Integer leverage, Body grid) {

    record Body(Price lower, Price upper, Integer gridCount, GridSpacing spacing, Money investment, Price triggerPrice,
                Price stopLossPrice, Price takeProfitPrice) {
    }

    /** The GridSpec constructor's refusals, by the start of their message, and the field each concerns. */
    private static final List<Map.Entry<String, String>> SPEC_FIELDS = List.of(
            Map.entry("grid lower price", "grid.lower"),
            Map.entry("grid count", "grid.gridCount"),
            Map.entry("the grid's investment", "grid.investment"),
            Map.entry("the stop-loss price", "grid.stopLossPrice"),
            Map.entry("the take-profit price", "grid.takeProfitPrice"),
            Map.entry("the trigger price", "grid.triggerPrice"));

    Symbol requiredSymbol() {
        return required("symbol", symbol);
    }

    Money requiredBudget() {
        Money value = required("budget", budget);
        if (!value.isPositive()) {
            throw new InvalidRequestException("budget", "must be positive, was " + value);
        }
        return value;
    }

    int requiredLeverage() {
        int value = required("leverage", leverage);
        if (value < 1 || value > BotStarted.MAX_LEVERAGE) {
            throw new InvalidRequestException("leverage", "must be between 1 and " + BotStarted.MAX_LEVERAGE + ", was " + value);
        }
        return value;
    }

    GridSpec spec() {
        Body body = required("grid", grid);
        Price lower = required("grid.lower", body.lower());
        Price upper = required("grid.upper", body.upper());
        int count = required("grid.gridCount", body.gridCount());
        GridSpacing spacing = body.spacing() == null ? GridSpacing.ARITHMETIC : body.spacing();
        try {
            return new GridSpec(lower, upper, count, spacing, body.investment(), body.triggerPrice(), body.stopLossPrice(),
                    body.takeProfitPrice());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    static String fieldOf(String refusal) {
        return SPEC_FIELDS.stream()
                .filter(entry -> refusal != null && refusal.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("grid");
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }
}
