package io.quorum.registry.bots.domain;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every price of a grid must be one the venue accepts: a whole number of the instrument's ticks. */
public final class TickPolicy implements BotPolicy {

    /**
     * Far above any price traded, and finer than any tick: a value outside is refused before any arithmetic on it (a
     * price of 1e999999999 cannot even be written out in full).
     */
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");
    static final int MAX_DECIMALS = 18;

    @Override
    public Verdict check(BotDraft draft) {
        Instrument instrument = InstrumentPolicy.instrumentOf(draft).orElseThrow();
        for (Map.Entry<String, BigDecimal> price : pricesOf(draft.grid()).entrySet()) {
            if (price.getValue() != null && (price.getValue().compareTo(MAX_PRICE) > 0
                    || price.getValue().stripTrailingZeros().scale() > MAX_DECIMALS)) {
                return Verdict.reject(name(), price.getKey(), "must be at most " + MAX_PRICE.toPlainString()
                        + " with at most " + MAX_DECIMALS + " decimal places");
            }
            if (price.getValue() != null && !instrument.isOnTick(Price.of(price.getValue()))) {
                return Verdict.reject(name(), price.getKey(), "must be a multiple of the " + instrument.symbol()
                        + " tick size " + instrument.tickSize().stripTrailingZeros().toPlainString());
            }
        }
        return Verdict.ALLOWED;
    }

    private static Map<String, BigDecimal> pricesOf(BotDraft.Grid grid) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("grid.lower", grid.lower());
        prices.put("grid.upper", grid.upper());
        prices.put("grid.triggerPrice", grid.triggerPrice());
        prices.put("grid.stopLossPrice", grid.stopLossPrice());
        prices.put("grid.takeProfitPrice", grid.takeProfitPrice());
        return prices;
    }
}
