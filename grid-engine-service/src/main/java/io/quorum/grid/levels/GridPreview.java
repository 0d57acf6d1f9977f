package io.quorum.grid.levels;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a grid would trade, computed without placing anything: its slots, the range of slot quantities,
 * one cycle's profit at the lowest and the highest slot after maker fees on both legs, and what all its
 * buys together commit (margin plus the fees the allocation reserves).
 */
public record GridPreview(Symbol symbol, List<PlannedSlot> levels, QuantityRange quantityPerLevel,
                          AtEnds<BigDecimal> profitPerGridPercent, AtEnds<Money> profitPerGrid, Money totalInvestment,
                          int leverage) {

    public GridPreview {
        levels = List.copyOf(levels);
    }

    /** The number of slots, i.e. buy/sell level pairs: {@code gridCount}. */
    public int levelCount() {
        return levels.size();
    }

    public record QuantityRange(Quantity min, Quantity max) {
    }

    /** A figure at the lowest slot and at the highest one. */
    public record AtEnds<T>(T lowestLevel, T highestLevel) {
    }
}
