package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.orders.OrderSpec;
import java.util.Optional;

/** The order must fit the venue's rules for its instrument, or the venue would refuse it after money was set aside. */
public final class InstrumentPolicy implements OrderPolicy {

    @Override
    public Verdict check(IntentContext context) {
        OrderSpec order = context.order();
        Optional<Instrument> found = Instruments.find(order.symbol());
        if (found.isEmpty()) {
            return Verdict.reject(this, order.symbol() + " is not traded by Quorum");
        }
        Instrument instrument = found.get();
        if (order.limitPrice() != null && !instrument.isOnTick(order.limitPrice())) {
            return Verdict.reject(this, "limit price " + order.limitPrice() + " is not on the tick of "
                    + instrument.tickSize().toPlainString());
        }
        if (!instrument.isTradable(order.quantity())) {
            return Verdict.reject(this, "quantity " + order.quantity() + " must be a multiple of "
                    + instrument.qtyStep().toPlainString() + " and at least " + instrument.minQty().toPlainString());
        }
        if (order.leverage() > instrument.maxLeverage()) {
            return Verdict.reject(this, "leverage " + order.leverage() + " is above the instrument's maximum of "
                    + instrument.maxLeverage());
        }
        return Verdict.ALLOW;
    }
}
