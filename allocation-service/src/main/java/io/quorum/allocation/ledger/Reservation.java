package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What one approved order holds back from its bot's budget. A partial fill frees its share; the
 * order's end (last fill, cancel, venue refusal) frees the rest and closes it.
 */
public final class Reservation {

    private final IntentId intentId;
    private final BotId botId;
    private final Money amount;
    private Money remaining;
    private boolean open;

    public Reservation(IntentId intentId, BotId botId, Money amount, Money remaining, boolean open) {
        this.intentId = Objects.requireNonNull(intentId, "intentId");
        this.botId = Objects.requireNonNull(botId, "botId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.remaining = Objects.requireNonNull(remaining, "remaining");
        this.open = open;
    }

    public static Reservation open(IntentId intentId, BotId botId, Money amount) {
        return new Reservation(intentId, botId, amount, amount, true);
    }

    /**
     * Frees the share of a fill of {@code filled} out of {@code orderQty}; frees everything left when
     * the order is done. Rounds the share down: a partial fill never frees more than it should.
     */
    public Money releaseForFill(Quantity filled, Quantity orderQty, boolean orderDone) {
        if (!open) {
            return Money.ZERO;
        }
        if (orderDone) {
            return close();
        }
        Money share = Money.of(amount.value().multiply(filled.value())
                .divide(orderQty.value(), Money.SCALE, RoundingMode.DOWN)).min(remaining);
        remaining = remaining.minus(share);
        return share;
    }

    /** The order ended without (further) fills: everything still held comes free. */
    public Money close() {
        if (!open) {
            return Money.ZERO;
        }
        Money released = remaining;
        remaining = Money.ZERO;
        open = false;
        return released;
    }

    public IntentId intentId() { return intentId; }
    public BotId botId() { return botId; }
    public Money amount() { return amount; }
    public Money remaining() { return remaining; }
    public boolean isOpen() { return open; }
}
