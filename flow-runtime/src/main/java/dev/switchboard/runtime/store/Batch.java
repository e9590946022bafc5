package dev.switchboard.runtime.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one execution slice that are committed together, in one transaction, by
 * {@link RunStore#commit}. Collecting them lets a step's records, the run's size and lease, and
 * the owner's action count reach the database in one round of statements and one commit instead
 * of one transaction each. Nothing is written until the batch is committed.
 *
 * <pre>{@code
 * Batch batch = new Batch();
 * store.steps().begin(batch, runId, "post", "post", 1, input, now);
 * batch.addSize(120);
 * if (!store.commit(batch, runId, worker, leaseUntil, null)) { ... the run is no longer ours ... }
 * }</pre>
 */
public final class Batch {

    /** One statement; with {@code orInsert}, that INSERT runs instead when the UPDATE changed no row. */
    record Write(String sql, Object[] params, String orInsert, Object[] insertParams) {
    }

    private final List<Write> writes = new ArrayList<>();
    private long sizeDelta;
    /** Owner, period and slot of the action counter row, and how many actions to add to it. */
    private Object[] counter;
    private long actions;

    void add(String sql, Object... params) {
        writes.add(new Write(sql, params, null, null));
    }

    void updateOrInsert(String update, Object[] params, String insert, Object[] insertParams) {
        writes.add(new Write(update, params, insert, insertParams));
    }

    /** Bytes to add to the run's {@code size_bytes}. */
    public void addSize(long bytes) {
        sizeDelta += bytes;
    }

    long sizeDelta() {
        return sizeDelta;
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
                new Object[] {counter[0], counter[1], counter[2], actions}));
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
        return writes.isEmpty() && sizeDelta == 0 && actions == 0;
    }

    /** Forgets every write (after a commit, or when the run turned out not to be ours any more). */
    public void clear() {
        writes.clear();
        sizeDelta = 0;
        counter = null;
        actions = 0;
    }
}
