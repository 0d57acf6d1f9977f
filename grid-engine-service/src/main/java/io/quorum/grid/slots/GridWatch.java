package io.quorum.grid.slots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The prices at which a live grid has something to do, so a tick index can find it without scanning:
 * {@code anyTick} until it has seen its first tick or armed; its trigger while waiting; its stop-loss
 * and take-profit; and, of its slots' sell prices ({@code sells}, by slot index), those of the slots that wait
 * ({@code waiting}), which place again when crossed upward.
 */
public record GridWatch(BotId bot, Symbol symbol, boolean anyTick, Price trigger, Price stopLoss, Price takeProfit,
                        List<Price> sells, BitSet waiting) {

    public GridWatch {
        sells = List.copyOf(sells);
        waiting = (BitSet) waiting.clone();
        if (waiting.length() > sells.size()) {
            throw new IllegalArgumentException("slot " + (waiting.length() - 1) + " waits, but the grid has "
                    + sells.size() + " slots");
        }
    }

    /** A watch whose slots are the given crossings in ascending order, all of them waiting. */
    public GridWatch(BotId bot, Symbol symbol, boolean anyTick, Price trigger, Price stopLoss, Price takeProfit,
                     Set<Price> crossings) {
        this(bot, symbol, anyTick, trigger, stopLoss, takeProfit, List.copyOf(new TreeSet<>(crossings)),
                allOf(crossings.size()));
    }

    @Override
    public BitSet waiting() {
        return (BitSet) waiting.clone();
    }

    public boolean waits(int slot) {
        return waiting.get(slot);
    }

    /** The sell prices of the waiting slots. */
    public Set<Price> crossings() {
        Set<Price> crossings = new HashSet<>();
        waiting.stream().forEach(slot -> crossings.add(sells.get(slot)));
        return crossings;
    }

    private static BitSet allOf(int slots) {
        BitSet all = new BitSet(slots);
        all.set(0, slots);
        return all;
    }
}
