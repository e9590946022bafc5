package dev.switchboard.runtime.store;

import dev.switchboard.catalog.sql.Statements;
import dev.switchboard.runtime.run.Run;
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
 * How workers lease due runs: a conditional UPDATE that succeeds for one worker only, which works
 * on H2 and PostgreSQL alike; on PostgreSQL candidates are first picked with
 * {@code FOR UPDATE SKIP LOCKED} so that workers do not queue behind each other's locks.
 *
 * <pre>{@code
 * RunClaims claims = new RunClaims(jdbc, postgres);
 * List<String> mine = claims.claim("worker-1", now, Duration.ofSeconds(90), 10);
 * }</pre>
 */
final class RunClaims {

    /**
     * A run a worker may lease now (parameters: now, now). The leading {@code status IN} repeats
     * what the rest says: without it H2 reads every run ever stored to find the due ones (the OR
     * keeps it off the index), so claims got slower as the history grew.
     */
    private static final String DUE = "status IN ('QUEUED', 'PAUSED', 'RUNNING') "
            + "AND ((status IN ('QUEUED', 'PAUSED') AND available_at <= ?) OR status = 'RUNNING') "
            + "AND (lease_until IS NULL OR lease_until < ?)";

    private final Jdbc jdbc;
    private final boolean postgres;
    private final OwnerLimits limits;

    RunClaims(Jdbc jdbc, boolean postgres, OwnerLimits limits) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.limits = limits;
    }

    /**
     * Leases up to {@code max} due runs to this worker: queued or paused runs whose time has come,
     * and running runs whose previous worker's lease ran out (it died). Gives them with their
     * definitions, read in the same transaction (an executor needs both; a separate read cost a
     * transaction and a pooled connection per run).
     */
    List<LoadedRun> claim(String worker, Instant now, java.time.Duration lease, int max,
            Function<Run, OwnerLimits.Start> starts) {
        if (postgres) {
            // one statement: pick (skipping rows other workers are claiming), lease and read back
            String sql = postgresClaim(max);
            return jdbc.inTransaction(c -> {
                // a claim or start lost to a crash had no effect (OwnerLimits#asynchronousCommit): no WAL flush to wait
                // for. Without bitmap scans the planner keeps the due index's order: with estimates from a time when
                // few runs were queued (or no statistics yet), it chose a bitmap scan and a sort, which read every
                // queued run again on each claim (a burst of runs made each claim slower: 215 runs/s instead of 320 in
                // the benchmark). Both settings go in the claim's round trip and end with its transaction.
                List<LoadedRun> claimed = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SET LOCAL synchronous_commit TO OFF;\n"
                        + "SET LOCAL enable_bitmapscan TO OFF;\n" + sql)) {
                    Jdbc.bind(st, now, now, now, now, now, worker, now.plus(lease));
                    st.execute();
                    st.getMoreResults();
                    st.getMoreResults();
                    try (ResultSet rs = st.getResultSet()) {
                        while (rs.next()) {
                            claimed.add(RunStore.loaded(rs));
                        }
                    }
                }
                return starts == null ? claimed : started(c, claimed, worker, starts);
            });
        }
        try (Connection c = jdbc.dataSource().getConnection()) {
            return Statements.inTransaction(c, tx -> {
                List<LoadedRun> claimed = new ArrayList<>();
                List<String> candidates = new ArrayList<>();
                // Without SKIP LOCKED (H2) concurrent workers see the same first candidates and all but one lose
                // them; a few spare candidates let the losers claim the next runs instead of coming back empty
                // (and idling until their next poll).
                try (PreparedStatement st = tx.prepareStatement(h2Due(max + 8))) {
                    Jdbc.bind(st, now, now, now, now, now);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            candidates.add(rs.getString(1));
                        }
                    }
                }
                try (PreparedStatement st = tx.prepareStatement("UPDATE flow_run SET lease_owner = ?, lease_until = ? WHERE id = ? AND "
                        + DUE); PreparedStatement read = tx.prepareStatement("SELECT " + RunStore.LOADED + " FROM flow_run WHERE id = ?")) {
                    for (String id : candidates) {
                        if (claimed.size() == max) {
                            break;
                        }
                        Jdbc.bind(st, worker, now.plus(lease), id, now, now);
                        if (st.executeUpdate() == 1) {
                            Jdbc.bind(read, id);
                            try (ResultSet rs = read.executeQuery()) {
                                rs.next();
                                claimed.add(RunStore.loaded(rs));
                            }
                        }
                    }
                }
                if (starts != null) {
                    claimed = started(tx, claimed, worker, starts);
                }
                return claimed;
            });
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** Applies the owner's limits to the claimed QUEUED runs, in the claim's transaction. */
    private List<LoadedRun> started(Connection c, List<LoadedRun> claimed, String worker,
            Function<Run, OwnerLimits.Start> starts) throws SQLException {
        List<LoadedRun> out = new ArrayList<>(claimed.size());
        for (LoadedRun l : claimed) {
            if (l.run().status() != RunStatus.QUEUED) {
                out.add(l);
                continue;
            }
            OwnerLimits.Start s = starts.apply(l.run());
            boolean started = limits.admit(c, l.run().id(), worker, l.run().owner(), s.period(), s.minute(), s.decide());
            out.add(l.with(started ? LoadedRun.Start.STARTED : LoadedRun.Start.NOT_STARTED));
        }
        return out;
    }

    /**
     * PostgreSQL: leases the first {@code max} due runs and returns them (parameters: now five
     * times, worker, lease end). Each status is picked apart, in the order of the due index, so a
     * claim reads about {@code max} index entries per status: with the statuses in one condition,
     * PostgreSQL read and sorted every queued run on each claim (4.7 ms with 5,000 queued, 0.4 ms
     * this way). Up to {@code max} rows per status are locked until the claim commits, so other
     * workers skip a few more rows than they lose to this claim.
     */
    private static String postgresClaim(int max) {
        String first = " ORDER BY status, available_at FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED)";
        String free = " AND (lease_until IS NULL OR lease_until < ?)";
        return "WITH expired AS (SELECT id, available_at FROM flow_run WHERE status = 'RUNNING'" + free + first
                + ", woken AS (SELECT id, available_at FROM flow_run WHERE status = 'PAUSED' AND available_at <= ?" + free + first
                + ", queued AS (SELECT id, available_at FROM flow_run WHERE status = 'QUEUED' AND available_at <= ?" + free + first
                + " UPDATE flow_run SET lease_owner = ?, lease_until = ? WHERE id IN (SELECT id FROM (SELECT * FROM expired "
                + "UNION ALL SELECT * FROM woken UNION ALL SELECT * FROM queued) due ORDER BY available_at, id FETCH FIRST " + max
                + " ROWS ONLY) RETURNING " + RunStore.LOADED;
    }

    /**
     * The first due runs on H2 (parameters: now five times). One query per status, each ordered by
     * the due index so that H2 stops after {@code fetch} rows; with the statuses in one condition
     * it reads and sorts every queued run on each claim, which made claims slow with a backlog.
     */
    private static String h2Due(int fetch) {
        String first = " ORDER BY status, available_at FETCH FIRST " + fetch + " ROWS ONLY)";
        String free = " AND (lease_until IS NULL OR lease_until < ?)";
        return "SELECT id FROM ("
                + "(SELECT id, available_at FROM flow_run WHERE status = 'RUNNING'" + free + first
                + " UNION ALL (SELECT id, available_at FROM flow_run WHERE status = 'PAUSED' AND available_at <= ?" + free + first
                + " UNION ALL (SELECT id, available_at FROM flow_run WHERE status = 'QUEUED' AND available_at <= ?" + free + first
                + ") due ORDER BY available_at, id FETCH FIRST " + fetch + " ROWS ONLY";
    }

    /** Leases one given run if it is due and free (a synchronous run from the command line). */
    boolean claimRun(String id, String worker, Instant now, java.time.Duration lease) {
        return jdbc.update("UPDATE flow_run SET lease_owner = ?, lease_until = ? WHERE id = ? AND " + DUE, worker, now.plus(lease), id,
                now, now) == 1;
    }
}
