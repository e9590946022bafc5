package dev.switchboard.runtime.store;

import dev.switchboard.runtime.run.RunEvent;
import dev.switchboard.runtime.run.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the per-owner limits look at, and the starts they let through. A start is checked and
 * recorded in one transaction that first locks the owner's row of {@code flow_owner_gate}
 * ({@code SELECT … FOR UPDATE} on PostgreSQL, an UPDATE of the row on H2): starts of one owner take turns, and each
 * one counts the runs the previous ones started, so two workers (or servers) cannot both take
 * the last place of a limit. The runs started in the current minute are counted on that row too
 * (V104), so a check reads one row however many runs the owner starts. Actions are counted in a few rows per owner and month
 * ({@code flow_action_count}, one slot per worker) so that runs of one owner do not wait on
 * each other's row lock; the quota reads their sum. A run's actions are counted when its
 * execution slice ends ({@link SliceCommits}).
 *
 * <pre>{@code
 * boolean started = store.limits().admit(runId, worker, "alice", "2026-03", minute,
 *         seen -> seen.running() >= 5 ? new Decision(RunEvent.DEFER, Change.none().availableAt(later))
 *                 : new Decision(RunEvent.START, Change.none().started(now)));
 * }</pre>
 */
public final class OwnerLimits {

    /** Rows an owner's monthly action count is spread over. */
    static final int SLOTS = 16;

    /**
     * What the limits see when a run of the owner would start: actions this period, runs started
     * since the minute began, and other runs running now.
     */
    public record Admission(long actions, int startedSince, int running) {
    }

    /** The transition to apply to the queued run: START, or DEFER / REJECT_QUOTA with their change. */
    public record Decision(RunEvent event, Change change) {
    }

    private final Jdbc jdbc;
    private final boolean postgres;

    OwnerLimits(Jdbc jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /**
     * Locks the owner's gate, reads what the limits see, and applies the transition
     * {@code decide} picks to the QUEUED run leased to {@code worker}, all in one transaction.
     * Returns true when the run started.
     */
    public boolean admit(String id, String worker, String owner, String period, Instant minute, Function<Admission, Decision> decide) {
        return jdbc.inTransaction(c -> {
            asynchronousCommit(c);
            return admit(c, id, worker, owner, period, minute, decide);
        });
    }

    /**
     * On PostgreSQL, makes the transaction's commit not wait for the WAL flush. The gate is held
     * until the commit; without waiting for the flush, the owner's next start waits less. Safe: the
     * run's first action commits its start synchronously, which flushes this commit first; a start
     * (or claim) lost to a database crash before that had no effect and happens again.
     */
    private void asynchronousCommit(Connection c) throws SQLException {
        if (postgres) {
            Jdbc.update(c, "SET LOCAL synchronous_commit TO OFF");
        }
    }

    /** {@link #admit} in the caller's transaction (a claim's: see {@link RunClaims}). */
    boolean admit(Connection c, String id, String worker, String owner, String period, Instant minute,
            Function<Admission, Decision> decide) throws SQLException {
        Admission seen;
        if (postgres) {
            seen = lockAndRead(c, id, owner, period, minute);
        } else {
            int startedSince = lock(c, owner, minute);
            seen = Jdbc.query(c, SEEN, rs -> new Admission(rs.getLong(1), startedSince, rs.getInt(2)), owner, period, owner, id).get(0);
        }
        Decision decision = decide.apply(seen);
        List<Object> params = new ArrayList<>();
        String sql = SliceCommits.transitionSql(id, worker, RunStatus.QUEUED, decision.event(), decision.change(), params);
        String count = "UPDATE flow_owner_gate SET minute_at = ?, minute_starts = ? WHERE owner = ?";
        if (postgres && decision.event() == RunEvent.START) {
            // the start and its count in one round trip; the count only if the start applied (the run is ours)
            int[] rows = Jdbc.together(c, List.of(new Batch.Write(sql, params.toArray(), null, null, false)), count
                    + " AND EXISTS (SELECT 1 FROM flow_run WHERE id = ? AND status = 'RUNNING' AND lease_owner = ?)",
                    new Object[] {minute, seen.startedSince() + 1, owner, id, worker});
            return rows[0] == 1;
        }
        boolean started = Jdbc.update(c, sql, params.toArray()) == 1 && decision.event() == RunEvent.START;
        if (started) {
            Jdbc.update(c, count, minute, seen.startedSince() + 1, owner);
        }
        return started;
    }

    /** What the limits read besides the gate (parameters: owner, period, owner, run id). */
    private static final String SEEN = "SELECT (SELECT SUM(actions) FROM flow_action_count WHERE owner = ? AND period = ?), "
            + "(SELECT COUNT(*) FROM flow_run WHERE owner = ? AND status = 'RUNNING' AND id <> ?)";

    /**
     * PostgreSQL: locks the gate and reads what the limits see in one round trip. The statements
     * run in order and the second takes its snapshot once the first holds the lock, so it sees
     * every start committed before; a missing gate row is created as in {@link #lock}.
     */
    private static Admission lockAndRead(Connection c, String id, String owner, String period, Instant minute) throws SQLException {
        Integer startedSince = null;
        long actions;
        int running;
        try (PreparedStatement st = c.prepareStatement("SELECT minute_at, minute_starts FROM flow_owner_gate WHERE owner = ? FOR UPDATE;\n"
                + SEEN)) {
            Jdbc.bind(st, owner, owner, period, owner, id);
            st.execute();
            try (ResultSet rs = st.getResultSet()) {
                if (rs.next()) {
                    startedSince = minute.equals(Jdbc.instant(rs, "minute_at")) ? rs.getInt(2) : 0;
                }
            }
            st.getMoreResults();
            try (ResultSet rs = st.getResultSet()) {
                rs.next();
                actions = rs.getLong(1);
                running = rs.getInt(2);
            }
        }
        if (startedSince == null) {
            Jdbc.update(c, "INSERT INTO flow_owner_gate (owner) VALUES (?)", owner);
            startedSince = 0;
        }
        return new Admission(actions, startedSince, running);
    }

    /**
     * How a run of the owner is checked when it starts: the month and minute it counts in, and the
     * decision on what the limits see (see {@link #admit}).
     */
    public record Start(String period, Instant minute, Function<Admission, Decision> decide) {
    }

    /**
     * Takes the owner's gate row for the rest of the transaction, creating it the first time, and
     * returns how many runs the owner started in {@code minute}. Two first starts racing to create
     * it: the second INSERT fails as a duplicate once the first commits, and
     * {@link Jdbc#inTransaction} runs the work again, which then finds the row.
     */
    private static int lock(Connection c, String owner, Instant minute) throws SQLException {
        // H2 (PostgreSQL: lockAndRead) does not keep the parsed form of a SELECT … FOR UPDATE (it parsed it again on
        // every start: 7 % of a worker's CPU in a profile); an UPDATE of the row takes the same lock and is kept, and
        // the read after it sees the row as locked
        List<Integer> row = Jdbc.update(c, "UPDATE flow_owner_gate SET minute_starts = minute_starts WHERE owner = ?", owner) == 0
                ? List.of() : Jdbc.query(c, "SELECT minute_at, minute_starts FROM flow_owner_gate WHERE owner = ?",
                        rs -> minute.equals(Jdbc.instant(rs, "minute_at")) ? rs.getInt(2) : 0, owner);
        if (row.isEmpty()) {
            Jdbc.update(c, "INSERT INTO flow_owner_gate (owner) VALUES (?)", owner);
            return 0;
        }
        return row.get(0);
    }

    /** Actions executed by the owner in a period ({@code yyyy-MM}). */
    public long usage(String owner, String period) {
        return jdbc.query("SELECT SUM(actions) FROM flow_action_count WHERE owner = ? AND period = ?", rs -> rs.getLong(1), owner,
                period).get(0);
    }
}
