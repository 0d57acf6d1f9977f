package io.quorum.grid.bench;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;

/**
 * The literal naive baseline of issue 3: every slot of every grid of every symbol — 2.7 million — in one array,
 * each asked its symbol before the same price comparisons as the per-symbol scan. Slots lie grid by grid, so the
 * grids a tick concerns are counted once. Two views: the slots waiting at the start (for the ticks that change
 * nothing), and all slots with their waiting state (for the walk, which changes them as the index's walk does).
 */
final class AllSlots {

    final Symbol[] waitingSymbol;
    final int[] waitingGrid;
    final Price[] waitingSell;

    final Symbol[] symbol;
    final int[] grid;
    final Price[] sell;
    final Price[] buy;
    final boolean[] waiting;

    AllSlots(GridMarket market) {
        int all = GridMarket.SYMBOLS * GridMarket.GRIDS_PER_SYMBOL * GridMarket.LEVELS;
        symbol = new Symbol[all];
        grid = new int[all];
        sell = new Price[all];
        buy = new Price[all];
        waiting = new boolean[all];
        int n = 0;
        int waits = 0;
        for (int s = 0; s < GridMarket.SYMBOLS; s++) {
            for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
                for (int i = 0; i < GridMarket.LEVELS; i++) {
                    symbol[n] = market.symbols[s];
                    grid[n] = s * GridMarket.GRIDS_PER_SYMBOL + g;
                    sell[n] = market.sells[s][g][i];
                    buy[n] = market.buys[s][g][i];
                    waiting[n] = market.waiting[s][g][i];
                    if (waiting[n]) {
                        waits++;
                    }
                    n++;
                }
            }
        }
        waitingSymbol = new Symbol[waits];
        waitingGrid = new int[waits];
        waitingSell = new Price[waits];
        int w = 0;
        for (int i = 0; i < all; i++) {
            if (waiting[i]) {
                waitingSymbol[w] = symbol[i];
                waitingGrid[w] = grid[i];
                waitingSell[w] = sell[i];
                w++;
            }
        }
    }

    /** Every slot waiting at the start, of every symbol: the grids of {@code tick}'s symbol whose sell it crossed upward. */
    int scan(Symbol tick, Price previous, Price price) {
        int concerned = 0;
        int last = -1;
        for (int i = 0; i < waitingSell.length; i++) {
            if (waitingSymbol[i].equals(tick) && waitingGrid[i] != last
                    && previous.isBelow(waitingSell[i]) && !price.isBelow(waitingSell[i])) {
                concerned++;
                last = waitingGrid[i];
            }
        }
        return concerned;
    }

    /**
     * Every slot of every symbol, as the walk through the index sees them: a waiting slot of the tick's symbol whose
     * sell the tick crossed upward concerns its grid and stops waiting; one whose buy the tick fell to waits again.
     */
    int scanAndFollow(Symbol tick, Price previous, Price price) {
        int concerned = 0;
        int last = -1;
        for (int i = 0; i < sell.length; i++) {
            if (!symbol[i].equals(tick)) {
                continue;
            }
            if (waiting[i]) {
                if (previous.isBelow(sell[i]) && !price.isBelow(sell[i])) {
                    waiting[i] = false;
                    if (grid[i] != last) {
                        concerned++;
                        last = grid[i];
                    }
                }
            } else if (!buy[i].isBelow(price) && buy[i].isBelow(previous)) {
                waiting[i] = true;
            }
        }
        return concerned;
    }
}
