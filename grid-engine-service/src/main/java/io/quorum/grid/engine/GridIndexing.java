package io.quorum.grid.engine;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.index.TickIndex;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.WatchChange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the {@link TickIndex} in step with the grids table: what a transaction changed in its grids' watches is
 * applied only after it commits, so a rolled-back change leaves the index describing what the database still holds.
 * Usually that is a few slots that started or stopped waiting, each moved alone; a grid is put whole only when it
 * starts or something beyond its slots changes (first tick, arming, exit, stop). Rebuilt from the database when the
 * service starts.
 *
 * <p>Slot moves do not commute (a slot unwatched by one transaction and watched again by the next must end watched),
 * so they are applied in commit order: a transaction with changes holds {@link #commitOrder} from just before its
 * commit until its changes are applied. A later transaction of the same grid waits for the grid's row lock until the
 * earlier one commits, and then for this lock until its changes are in the index.
 */
public class GridIndexing {

    private final TickIndex index = new TickIndex();
    private final ReentrantLock commitOrder = new ReentrantLock();

    public GridIndexing(Grids grids) {
        index.rebuild(grids.live().stream().flatMap(grid -> grid.watch().stream()).toList());
    }

    public List<BotId> concerned(Symbol symbol, Price previous, Price price) {
        return index.concerned(symbol, previous, price);
    }

    /** Call after saving a changed grid inside the transaction that changes it. */
    public void changed(Grid grid) {
        WatchChange change = grid.drainWatchChange();
        if (change instanceof WatchChange.Slots slots && slots.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(change);
            return;
        }
        pending().changes.add(change);
    }

    private void apply(WatchChange change) {
        index.apply(change);
    }

    /** This transaction's changes, registered with it on the first one. */
    private Pending pending() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Pending implements TransactionSynchronization {
        final List<WatchChange> changes = new ArrayList<>();

        GridIndexing owner() {
            return GridIndexing.this;
        }

        @Override
        public void beforeCompletion() {
            commitOrder.lock();
        }

        @Override
        public void afterCommit() {
            changes.forEach(GridIndexing.this::apply);
        }

        @Override
        public void afterCompletion(int status) {
            if (commitOrder.isHeldByCurrentThread()) {
                commitOrder.unlock();
            }
        }
    }

    int size() {
        return index.size();
    }

    /** What the index holds ({@link TickIndex#describe()}). */
    List<String> describe() {
        return index.describe();
    }

    /** What an index rebuilt from {@code grids}' live grids holds: what this one should hold once changes are applied. */
    static List<String> describeRebuilt(Grids grids) {
        TickIndex rebuilt = new TickIndex();
        rebuilt.rebuild(grids.live().stream().flatMap(grid -> grid.watch().stream()).toList());
        return rebuilt.describe();
    }
}
