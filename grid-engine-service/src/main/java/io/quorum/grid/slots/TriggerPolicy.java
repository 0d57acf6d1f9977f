package io.quorum.grid.slots;

import io.quorum.contracts.money.Price;

/**
 * When a waiting grid arms: on the first tick at which the price reaches its trigger. A tick reaches
 * it when it is exactly at the trigger, or when the trigger lies between the previous tick's price and
 * this one's (inclusive), whichever way the price moved. The previous price is the symbol's latest
 * tick before this one, even if it came before the grid started: so the first tick after the start
 * counts when it is at the trigger or beyond it, seen from where the market stood at the start. With
 * no earlier tick of the symbol at all, only a tick exactly at the trigger counts.
 */
public final class TriggerPolicy {

    public boolean reached(Price trigger, Price previous, Price price) {
        if (price.compareTo(trigger) == 0) {
            return true;
        }
        if (previous == null) {
            return false;
        }
        boolean rose = !previous.isAbove(trigger) && !price.isBelow(trigger);
        boolean fell = !previous.isBelow(trigger) && !price.isAbove(trigger);
        return rose || fell;
    }
}
