package io.quorum.grid.engine;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.index.TickIndex;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.GridWatch;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the {@link TickIndex} in step with the grids table: a changed grid is re-indexed only after its
 * transaction commits, so a rolled-back change leaves the index describing what the database still holds.
 * Rebuilt from the database when the service starts.
 */
public class GridIndexing {

    private final TickIndex index = new TickIndex();

    public GridIndexing(Grids grids) {
        index.rebuild(grids.live().stream().flatMap(grid -> grid.watch().stream()).toList());
    }

    public List<BotId> concerned(Symbol symbol, Price previous, Price price) {
        return index.concerned(symbol, previous, price);
    }

    /** Call after saving a changed grid inside the transaction that changes it. */
    public void changed(Grid grid) {
        BotId bot = grid.bot().botId();
        GridWatch watch = grid.watch().orElse(null);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.put(bot, watch);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.put(bot, watch);
            }
        });
    }

    int size() {
        return index.size();
    }
}
