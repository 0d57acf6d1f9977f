package io.quorum.registry.bots.domain;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import java.util.Optional;

/** A bot trades one instrument Quorum knows the venue rules of. */
public final class InstrumentPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        if (instrumentOf(draft).isEmpty()) {
            return Verdict.reject(name(), "symbol", "'" + draft.symbol() + "' is not an instrument Quorum trades");
        }
        return Verdict.ALLOWED;
    }

    static Optional<Instrument> instrumentOf(BotDraft draft) {
        if (draft.symbol() == null) {
            return Optional.empty();
        }
        try {
            return Instruments.find(Symbol.of(draft.symbol()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
