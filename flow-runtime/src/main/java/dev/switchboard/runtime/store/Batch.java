package dev.switchboard.runtime.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one execution slice that are committed together, in one transaction, by
 * {@link RunStore#commit}. Collecting them lets a step's records and the owner's action count
 * reach the database in one round of statements and one commit instead of one transaction each.
 * Nothing is written until the batch is committed.
 *
 * <pre>{@code
 * Batch next = new Batch();
 * store.steps().begin(next, false, runId, worker, "post", "post", 1, input, 120, now);
 * if (!store.commit(done, next, runId, worker, null)) { ... the run is no longer ours ... }
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
    /** Owner, period and slot of the action counter row, and how many actions to add to it. */
    private Object[] counter;
    private long actions;

    void add(String sql, Object[] params, boolean guard) {
        writes.add(new Write(sql, params, null, null, guard));
    }

    void updateOrInsert(String update, Object[] params, String insert, Object[] insertParams, boolean guard) {
        writes.add(new Write(update, params, insert, insertParams, guard));
    }

    /**
     * Counts one action on the owner's counter row (see {@link OwnerLimits#countAction}). The
     * actions of one batch are added by one statement, placed last so that the row is locked
     * for the shortest time.
     */
    void countAction(String owner, String period, int slot) {
        Object[] key = {owner, period, slot};
        if (counter != null && !java.util.Arrays.equals(counter, key)) {
            flushCount(); // a new month began within the batch
        }
        counter = key;
        actions++;
    }

    private void flushCount() {
        writes.add(new Write("UPDATE flow_action_count SET actions = actions + ? WHERE owner = ? AND period = ? AND slot = ?",
                new Object[] {actions, counter[0], counter[1], counter[2]},
                "INSERT INTO flow_action_count (owner, period, slot, actions) VALUES (?, ?, ?, ?)",
                new Object[] {counter[0], counter[1], counter[2], actions}, false));
        counter = null;
        actions = 0;
    }

    /** The statements to execute, in order, the action count last. */
    List<Write> writes() {
        if (actions > 0) {
            flushCount();
        }
        return writes;
    }

    public boolean isEmpty() {
        return writes.isEmpty() && actions == 0;
    }

    /** Forgets every write (after a commit, or when the run turned out not to be ours any more). */
    public void clear() {
        writes.clear();
        counter = null;
        actions = 0;
    }
}
