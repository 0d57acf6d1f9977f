package io.quorum.execution.orders;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.orders.OrderSpec;
import java.util.Optional;
import java.util.function.Function;

/** Only listed instruments, limit prices on the tick, and quantities on the step and at least the minimum. */
public final class TradableInstrumentPolicy implements PlacementPolicy {

    private static final String NAME = "TradableInstrumentPolicy";

    private final Function<Symbol, Optional<Instrument>> instruments;

    /** The rules Quorum ships (the paper venue's). */
    public TradableInstrumentPolicy() {
        this(Instruments::find);
    }

    /** The rules a venue publishes (the live venue's, read from Bybit). */
    public TradableInstrumentPolicy(Function<Symbol, Optional<Instrument>> instruments) {
        this.instruments = instruments;
    }

    @Override
    public Verdict check(PlacementRequest request) {
        OrderSpec order = request.approved().order();
        Optional<Instrument> found = instruments.apply(order.symbol());
        if (found.isEmpty()) {
            return Verdict.reject(NAME, "symbol " + order.symbol() + " is not traded on the venue");
        }
        Instrument instrument = found.get();
        if (order.limitPrice() != null && !instrument.isOnTick(order.limitPrice())) {
            return Verdict.reject(NAME, "limit price " + order.limitPrice() + " is not on the "
                    + instrument.tickSize().toPlainString() + " tick of " + order.symbol());
        }
        if (!instrument.isTradable(order.quantity())) {
            return Verdict.reject(NAME, "quantity " + order.quantity() + " is not a multiple of "
                    + instrument.qtyStep().toPlainString() + " of at least " + instrument.minQty().toPlainString()
                    + " for " + order.symbol());
        }
        return Verdict.allow();
    }
}
