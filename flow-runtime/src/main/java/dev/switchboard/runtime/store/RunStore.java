package dev.switchboard.runtime.store;

import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunEvent;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.Transitions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs in the database (tables of {@code V100__flow_runs.sql}), on H2 and PostgreSQL alike.
 * Workers claim due runs with a lease: a conditional UPDATE that succeeds for one worker only,
 * which works on both databases; on PostgreSQL candidates are first picked with
 * {@code FOR UPDATE SKIP LOCKED} so that workers do not queue behind each other's locks.
 *
 * <pre>{@code
 * RunStore store = new RunStore(dataSource);
 * String id = store.enqueue(newRun, clock.instant());
 * List<LoadedRun> mine = store.claim("worker-1", clock.instant(), Duration.ofSeconds(90), 10);
 * }</pre>
 */
public final class RunStore {

    /** available_at of a run paused on an approval: only resolving the approval wakes it. */
    public static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private static final String COLUMNS = "id, owner, flow_id, flow_version, flow_name, status, failed_step, error, output_json, "
            + "trigger_json, inputs_json, retry_of, created_at, started_at, finished_at, available_at, active_ms, size_bytes, waiting_step";

    private final Jdbc jdbc;
    private final boolean postgres;
    private final StepStore steps;
    private final OwnerLimits limits;
    private final RunClaims claims;
    private final SliceCommits commits;

    public RunStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        this.steps = new StepStore(jdbc);
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        this.limits = new OwnerLimits(jdbc, postgres);
        this.claims = new RunClaims(jdbc, postgres, limits);
        this.commits = new SliceCommits(jdbc, postgres);
    }

    /** The commits of an execution slice: a step's start with what ended before it, the slice's end. */
    public SliceCommits commits() {
        return commits;
    }

    public StepStore steps() {
        return steps;
    }

    /** The per-owner limit checks and action counts. */
    public OwnerLimits limits() {
        return limits;
    }

    /** Adds a QUEUED run; with an event key already used, returns the existing run's id instead. */
    public String enqueue(NewRun run, Instant now) {
        return enqueue(run, now, null, null);
    }

    /**
     * Adds a QUEUED run already leased to {@code worker} until {@code leaseUntil} (a run executed at
     * once in the calling thread: no claim needed), or free with a null worker.
     */
    public String enqueue(NewRun run, Instant now, String worker, Instant leaseUntil) {
        String id = UUID.randomUUID().toString();
        try (Connection c = jdbc.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO flow_run (id, owner, flow_id, flow_version, flow_name, definition, trigger_json, inputs_json, status, "
                        + "event_key, retry_of, created_at, available_at, lease_owner, lease_until) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(st, id, run.owner(), run.flowId(), run.flowVersion(), name(run), run.definition().toString(),
                    json(run.trigger()), json(run.inputs()), RunStatus.QUEUED.name(), run.eventKey(), run.retryOf(), now, now,
                    worker, leaseUntil);
            st.executeUpdate();
            return id;
        } catch (SQLException e) {
            if (run.eventKey() != null && Jdbc.isDuplicate(e)) {
                return jdbc.query("SELECT id FROM flow_run WHERE event_key = ?", rs -> rs.getString(1), run.eventKey())
                        .stream().findFirst().orElseThrow(() -> Jdbc.failure(e));
            }
            throw Jdbc.failure(e);
        }
    }

    /**
     * The run {@link #enqueue} just stored with this id, as {@link #find} would read it, without
     * reading it; {@code now} must be the instant it was enqueued with, at most microseconds precise as
     * the databases keep it.
     */
    public static Run queued(String id, NewRun run, Instant now) {
        return new Run(id, run.owner(), run.flowId(), run.flowVersion(), name(run), RunStatus.QUEUED, null, null, null,
                orEmpty(run.trigger()), orEmpty(run.inputs()), run.retryOf(), now, null, null,
                now, 0, 0, null);
    }

    private static String name(NewRun run) {
        return run.definition().path("name").asString("flow");
    }

    public Optional<Run> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM flow_run WHERE id = ?", RunStore::run, id).stream().findFirst();
    }

    /** The owner's runs, newest first. */
    public List<Run> list(String owner, String flowId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM flow_run WHERE owner = ?" + (flowId == null ? "" : " AND flow_id = ?")
                + " ORDER BY created_at DESC, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        return flowId == null ? jdbc.query(sql, RunStore::run, owner) : jdbc.query(sql, RunStore::run, owner, flowId);
    }

    /**
     * One page of the owner's runs, newest first (created time, then id), after the run
     * {@code (afterCreatedAt, afterId)} when given: a keyset page, as cheap on the millionth run as on the first.
     *
     * @param statuses empty for every status
     * @param from created at or after; null for no bound
     * @param to created before; null for no bound
     */
    public List<Run> page(String owner, String flowId, java.util.Set<RunStatus> statuses, Instant from, Instant to,
            Instant afterCreatedAt, String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM flow_run WHERE owner = ?");
        List<Object> params = new ArrayList<>(List.of(owner));
        if (flowId != null) {
            sql.append(" AND flow_id = ?");
            params.add(flowId);
        }
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"))).append(")");
            statuses.stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (from != null) {
            sql.append(" AND created_at >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND created_at < ?");
            params.add(to);
        }
        if (afterCreatedAt != null) {
            sql.append(" AND (created_at < ? OR (created_at = ? AND id > ?))");
            params.add(afterCreatedAt);
            params.add(afterCreatedAt);
            params.add(afterId);
        }
        sql.append(" ORDER BY created_at DESC, id FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), RunStore::run, params.toArray());
    }

    /** The columns {@link #loaded} reads. */
    static final String LOADED = COLUMNS + ", definition, actions_counted";

    /** The run and its definition in one query (an executor needs both). */
    public Optional<LoadedRun> load(String id) {
        return jdbc.query("SELECT " + LOADED + " FROM flow_run WHERE id = ?", RunStore::loaded, id).stream().findFirst();
    }

    static LoadedRun loaded(ResultSet rs) throws SQLException {
        return new LoadedRun(run(rs), Flows.JSON.readTree(rs.getString("definition")), LoadedRun.Start.NOT_CHECKED,
                rs.getLong("actions_counted"));
    }

    public JsonNode definition(String id) {
        return jdbc.query("SELECT definition FROM flow_run WHERE id = ?", rs -> Flows.JSON.readTree(rs.getString(1)), id)
                .stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no run " + id));
    }

    /**
     * Leases up to {@code max} due runs to this worker: queued or paused runs whose time has come,
     * and running runs whose previous worker's lease ran out (it died); with their definitions.
     */
    public List<LoadedRun> claim(String worker, Instant now, java.time.Duration lease, int max) {
        return claims.claim(worker, now, lease, max, null);
    }

    /**
     * Like {@link #claim(String, Instant, java.time.Duration, int)}, and applies the owner's limits
     * to each claimed QUEUED run in the same transaction ({@link OwnerLimits#admit}), with the month,
     * minute and decision {@code starts} gives for it: one transaction instead of two for a run's
     * start. For claims of one run at a time: claiming several this way would start them all
     * before the first is executed, counting them all as running at once.
     */
    public List<LoadedRun> claim(String worker, Instant now, java.time.Duration lease, int max,
            Function<Run, OwnerLimits.Start> starts) {
        return claims.claim(worker, now, lease, max, starts);
    }

    /** Leases one given run if it is due and free (a synchronous run from the command line). */
    public boolean claimRun(String id, String worker, Instant now, java.time.Duration lease) {
        return claims.claimRun(id, worker, now, lease);
    }

    public void release(String id, String worker) {
        jdbc.update("UPDATE flow_run SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?", id, worker);
    }

    /**
     * Applies an event to the run if it is still in {@code from} (and, with a worker, still leased
     * to it). Returns false when someone else changed the run first (a cancel, another worker).
     */
    public boolean transition(String id, String worker, RunStatus from, RunEvent event, Change change) {
        List<Object> params = new ArrayList<>();
        String sql = SliceCommits.transitionSql(id, worker, from, event, change, params);
        return jdbc.update(sql, params.toArray()) == 1;
    }

    /** Cancels a queued, running or paused run; false when it had already ended. */
    public boolean cancel(String id, Instant now, String why) {
        for (RunStatus from : Transitions.sources(RunEvent.CANCEL)) {
            if (transition(id, null, from, RunEvent.CANCEL, Change.none().finished(now).error(null, why))) {
                return true;
            }
        }
        return false;
    }

    /** Wakes a run paused on this step now (an approval was resolved). */
    public boolean wake(String id, String waitingStep, Instant now) {
        return jdbc.update("UPDATE flow_run SET available_at = ? WHERE id = ? AND status = 'PAUSED' AND waiting_step = ?",
                now, id, waitingStep) == 1;
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null || node.isMissingNode() ? Flows.JSON.createObjectNode() : node;
    }

    private static String json(JsonNode node) {
        return node == null || node.isMissingNode() ? "{}" : node.toString();
    }

    private static Run run(ResultSet rs) throws SQLException {
        String output = rs.getString("output_json");
        Integer version = rs.getObject("flow_version") == null ? null : rs.getInt("flow_version");
        return new Run(rs.getString("id"), rs.getString("owner"), rs.getString("flow_id"), version,
                rs.getString("flow_name"), RunStatus.valueOf(rs.getString("status")), rs.getString("failed_step"),
                rs.getString("error"), output == null ? null : Flows.JSON.readTree(output),
                Flows.JSON.readTree(rs.getString("trigger_json")), Flows.JSON.readTree(rs.getString("inputs_json")),
                rs.getString("retry_of"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"), Jdbc.instant(rs, "available_at"), rs.getLong("active_ms"),
                rs.getLong("size_bytes"), rs.getString("waiting_step"));
    }
}
