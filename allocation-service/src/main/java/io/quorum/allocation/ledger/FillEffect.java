package io.quorum.allocation.ledger;

import io.quorum.contracts.money.Money;

/** What one fill does to a bot's run: margin it ties up (positive) or frees (negative), profit realized, fee paid. */
public record FillEffect(Money marginChange, Money realizedPnl, Money fee) {

    /** What the fill does to the user's balance: the ledger moves exactly as the fills do. */
    public Money balanceChange() {
        return realizedPnl.minus(fee);
    }
}
