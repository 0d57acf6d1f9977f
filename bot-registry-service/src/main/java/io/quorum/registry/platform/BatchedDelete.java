package io.quorum.registry.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delete run in batches until a batch comes back short: each batch is its own statement, so a pruning never holds
 * many rows at once, and rows another transaction holds are skipped ({@code for update skip locked} in the statement)
 * instead of waited for.
 */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * Runs {@code sql} — a delete whose two parameters are {@code bound} and the batch size — until it deletes fewer
     * than {@code batch} rows; how many it deleted in all.
     */
    public static int run(JdbcClient jdbc, String sql, Object bound, int batch) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).params(bound, batch).update();
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
