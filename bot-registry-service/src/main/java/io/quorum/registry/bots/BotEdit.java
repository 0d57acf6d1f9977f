package io.quorum.registry.bots;

import io.quorum.contracts.money.Money;
import io.quorum.registry.bots.domain.BotSettings;
import java.math.BigDecimal;

/**
 * What a PATCH asks to change: each of the editable fields, or null where it stays. The allow-list itself is
 * {@link BotEditRequest}; nothing else ever reaches here.
 */
record BotEdit(String name, BigDecimal budget, Integer leverage) {

    boolean touchesTrading() {
        return budget != null || leverage != null;
    }

    /** The settings after this edit, unchecked (the name stripped as on creation). */
    BotSettings applyTo(BotSettings current) {
        return current.with(name == null ? current.name() : name.strip(),
                budget == null ? current.budget() : Money.of(budget),
                leverage == null ? current.leverage() : leverage);
    }
}
