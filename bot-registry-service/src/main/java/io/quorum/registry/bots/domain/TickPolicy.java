package io.quorum.registry.bots.domain;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;

/** Grid bounds must be prices the venue accepts: a whole number of the instrument's ticks. */
public final class TickPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        Instrument instrument = InstrumentPolicy.instrumentOf(draft).orElseThrow();
        if (!instrument.isOnTick(Price.of(draft.grid().lower()))) {
            return offTick("grid.lower", instrument);
        }
        if (!instrument.isOnTick(Price.of(draft.grid().upper()))) {
            return offTick("grid.upper", instrument);
        }
        return Verdict.ALLOWED;
    }

    private Verdict offTick(String field, Instrument instrument) {
        return Verdict.reject(name(), field, "must be a multiple of the " + instrument.symbol() + " tick size "
                + instrument.tickSize().stripTrailingZeros().toPlainString());
    }
}
