package io.quorum.registry.bots.domain;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every price of a grid must be one the venue accepts: a whole number of the instrument's ticks. */
public final class TickPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        Instrument instrument = InstrumentPolicy.instrumentOf(draft).orElseThrow();
        for (Map.Entry<String, BigDecimal> price : pricesOf(draft.grid()).entrySet()) {
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
