package io.quorum.execution.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory changes only once the database transaction that justifies them has committed, so
 * memory never shows what the database rolled back.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("no transaction to wait for");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                change.run();
            }
        });
    }
}
