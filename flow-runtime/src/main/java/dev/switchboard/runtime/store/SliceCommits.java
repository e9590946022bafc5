package dev.switchboard.runtime.store;

import dev.switchboard.runtime.run.RunEvent;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.Transitions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The commits of one execution slice: before each action, the records of the steps that ended
 * with the start of the next one; at the end (or pause), the last records with the run's
 * transition and the slice's actions counted toward the owner's monthly quota.
 *
 * <p>Actions are counted once per slice, not once per step: the step rows carry how many
 * actions the run had started ({@code run_actions}, V106) and the run's row how many are counted
 * ({@code actions_counted}), so a slice that crashes before its end leaves what it started in its
 * step rows and the slice that recovers the run counts it (from the largest {@code run_actions}).
 * A run canceled in the middle of a slice is counted by the worker that notices
 * ({@link #countLost}).
 *
 * <pre>{@code
 * if (!store.commits().commit(done, next, runId, worker, null)) { ... canceled or taken over ... }
 * store.commits().commit(done, runId, worker, RunStatus.RUNNING, RunEvent.SUCCEED, change, count);
 * }</pre>
 */
public final class SliceCommits {

    /**
     * The actions of a run to count when its slice ends, in the month {@code period}: the run
     * started {@code total} actions, {@code counted} of them are counted already.
     */
    public record Count(String owner, String period, String worker, long total, long counted) {

        long delta() {
            return total - counted;
        }

        /** Adds {@code actions} to the worker's slot of the owner's counter for the period, creating the row the first time. */
        Batch.Write write(long actions) {
            int slot = Math.floorMod(worker.hashCode(), OwnerLimits.SLOTS);
            return new Batch.Write("UPDATE flow_action_count SET actions = actions + ? WHERE owner = ? AND period = ? AND slot = ?",
                    new Object[] {actions, owner, period, slot}, "INSERT INTO flow_action_count (owner, period, slot, actions) "
                            + "VALUES (?, ?, ?, ?)", new Object[] {owner, period, slot, actions}, false);
        }
    }

    private static final String ENDED = Arrays.stream(RunStatus.values()).filter(RunStatus::terminal)
            .map(s -> "'" + s.name() + "'").reduce((a, b) -> a + ", " + b).orElseThrow();

    private final Jdbc jdbc;
    private final boolean postgres;

    SliceCommits(Jdbc jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /**
     * Commits, in one transaction, the records of steps that already ended ({@code done}, written
     * whatever happens, as they describe the past), then the writes of the step about to start
     * ({@code next}). Its start row is written only while the run is RUNNING and leased to this
     * worker ({@link StepStore#begin} with the worker), so that write is the ownership check and
     * the run's row is not updated on each step; with {@code leaseUntil}, the lease is first
     * renewed (when it might not outlast the coming action). When the run is no longer this
     * worker's (canceled, taken over), nothing of {@code next} is written and false comes back.
     * Both batches are cleared.
     */
    public boolean commit(Batch done, Batch next, String id, String worker, Instant leaseUntil) {
        try {
            return jdbc.inTransaction(c -> {
                if (postgres && leaseUntil == null) {
                    // the usual case in one round trip: every record updates or inserts one row and the start is ours
                    List<Batch.Write> all = new ArrayList<>(done.writes());
                    all.addAll(next.writes());
                    if (Arrays.stream(Jdbc.together(c, all, null, null)).allMatch(n -> n == 1)) {
                        return true;
                    }
                    c.rollback(); // a row to insert after all, or the run is no longer ours: one by one below
                }
                Jdbc.execute(c, done.writes());
                if (leaseUntil != null && Jdbc.update(c, "UPDATE flow_run SET lease_until = ? WHERE id = ? AND lease_owner = ? "
                        + "AND status = 'RUNNING'", leaseUntil, id, worker) == 0) {
                    return false;
                }
                return Jdbc.execute(c, next.writes());
            });
        } finally {
            done.clear();
            next.clear();
        }
    }

    /**
     * Commits the records of steps that ended together with the run's transition (paused,
     * succeeded, failed…) and, when it applies, the slice's uncounted actions ({@code count}), in
     * one transaction; the records are written even when the transition no longer applies (then
     * the actions are counted only if the run has ended: see {@link #countLost}). Returns whether
     * the transition applied; the batch is cleared.
     */
    public boolean commit(Batch done, String id, String worker, RunStatus from, RunEvent event, Change change, Count count) {
        try {
            long delta = count.delta();
            List<Object> params = new ArrayList<>();
            String sql = transitionSql(id, worker, from, event, delta > 0 ? change.actionsCounted(count.total()) : change, params);
            return jdbc.inTransaction(c -> {
                if (postgres) {
                    // in one round trip when every record updates or inserts one row (without a count, the transition may apply
                    // or not; with one, it must apply and the counter row exist, or all is done again one by one)
                    List<Batch.Write> all = new ArrayList<>(done.writes());
                    Batch.Write last = delta > 0 ? count.write(delta) : new Batch.Write(sql, params.toArray(), null, null, false);
                    if (delta > 0) {
                        all.add(new Batch.Write(sql, params.toArray(), null, null, false));
                    }
                    int[] counts = Jdbc.together(c, all, last.sql(), last.params());
                    int must = delta > 0 ? counts.length : counts.length - 1;
                    if (Arrays.stream(counts, 0, must).allMatch(n -> n == 1)) {
                        return counts[counts.length - 1] == 1;
                    }
                    c.rollback();
                }
                Jdbc.execute(c, done.writes());
                if (Jdbc.update(c, sql, params.toArray()) == 1) {
                    if (delta > 0) {
                        Jdbc.execute(c, List.of(count.write(delta)));
                    }
                    return true;
                }
                countIfEnded(c, id, count);
                return false;
            });
        } finally {
            done.clear();
        }
    }

    /**
     * Counts the actions of a slice that found its run no longer its own, if the run has ended (it
     * was canceled: no slice will follow to count them); a run taken over by another worker is
     * counted by that worker's slice, which starts from the step rows. Several workers may try:
     * each counts only what the run's row does not count yet.
     */
    public void countLost(String id, Count count) {
        if (count.delta() > 0) {
            jdbc.inTransaction(c -> {
                countIfEnded(c, id, count);
                return null;
            });
        }
    }

    private static void countIfEnded(Connection c, String id, Count count) throws SQLException {
        List<Long> counted = Jdbc.query(c, "SELECT actions_counted FROM flow_run WHERE id = ? AND status IN (" + ENDED + ") FOR UPDATE",
                rs -> rs.getLong(1), id);
        if (!counted.isEmpty() && counted.get(0) < count.total()) {
            Jdbc.update(c, "UPDATE flow_run SET actions_counted = ? WHERE id = ?", count.total(), id);
            Jdbc.execute(c, List.of(count.write(count.total() - counted.get(0))));
        }
    }

    static String transitionSql(String id, String worker, RunStatus from, RunEvent event, Change change, List<Object> params) {
        RunStatus to = Transitions.next(from, event);
        StringBuilder sql = new StringBuilder("UPDATE flow_run SET status = ?");
        params.add(to.name());
        change.appendTo(sql, params, to.terminal());
        if (worker != null && to != RunStatus.RUNNING && !to.terminal()) {
            // paused or deferred: the worker lets go of the run in the same statement (no separate release)
            sql.append(", lease_owner = NULL, lease_until = NULL");
        }
        sql.append(" WHERE id = ? AND status = ?");
        params.add(id);
        params.add(from.name());
        if (worker != null) {
            sql.append(" AND lease_owner = ?");
            params.add(worker);
        }
        return sql.toString();
    }
}
