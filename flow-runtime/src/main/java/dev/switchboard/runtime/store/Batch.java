package dev.switchboard.runtime.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one execution slice that are committed together, in one transaction, by
 * {@link SliceCommits#commit}. Collecting them lets a step's records reach the database in one
 * round of statements and one commit instead of one transaction each.
 * Nothing is written until the batch is committed.
 *
 * <pre>{@code
 * Batch next = new Batch();
 * store.steps().begin(next, false, runId, worker, "post", "post", 1, input, new StepStore.Totals(120, 1), now);
 * if (!store.commits().commit(done, next, runId, worker, null)) { ... the run is no longer ours ... }
 * }</pre>
 */
public final class Batch {

    /**
     * One statement; with {@code orInsert}, that INSERT runs instead when the UPDATE changed no row.
     * A {@code guard} that writes no row (the run is no longer this worker's) stops the batch.
     */
    record Write(String sql, Object[] params, String orInsert, Object[] insertParams, boolean guard) {
    }

    private final List<Write> writes = new ArrayList<>();

    void add(String sql, Object[] params, boolean guard) {
        writes.add(new Write(sql, params, null, null, guard));
    }

    void updateOrInsert(String update, Object[] params, String insert, Object[] insertParams, boolean guard) {
        writes.add(new Write(update, params, insert, insertParams, guard));
    }

    /** The statements to execute, in order. */
    List<Write> writes() {
        return writes;
    }

    public boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Forgets every write (after a commit, or when the run turned out not to be ours any more). */
    public void clear() {
        writes.clear();
    }
}
