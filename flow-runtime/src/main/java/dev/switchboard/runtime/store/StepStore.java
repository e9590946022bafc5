package dev.switchboard.runtime.store;

import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.StepRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The per-step records of runs (table {@code flow_step}). A record is written before a step's
 * action is called (so a crash leaves a trace: {@code starts} grows) and again when it ends.
 *
 * <pre>{@code
 * Map<String, StepRecord> done = store.steps().of(runId);
 * }</pre>
 */
public final class StepStore {

    private static final String COLUMNS = "run_id, step_key, step_id, status, attempts, starts, input_json, output_json, error, "
            + "started_at, finished_at, wake_at, run_bytes, run_actions";
    /**
     * The condition under which a step may start (parameters: run id, worker): the run is still
     * RUNNING and leased to this worker. The start row is written only then, so writing it is the
     * ownership check: no UPDATE of the run's row per step (see {@link SliceCommits#commit(Batch, Batch, String, String, Instant)}).
     */
    private static final String OURS = "SELECT 1 FROM flow_run WHERE id = ? AND lease_owner = ? AND status = 'RUNNING'";

    /**
     * What a step's row records about the whole run when it is written: the data handled so far
     * (its size budget) and the actions started so far (counted toward the quota at the slice's end).
     */
    public record Totals(long bytes, long actions) {
    }

    private final Jdbc jdbc;

    StepStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every record of the run, in the order the steps started. */
    public Map<String, StepRecord> of(String runId) {
        Map<String, StepRecord> out = new LinkedHashMap<>();
        for (StepRecord r : jdbc.query("SELECT " + COLUMNS + " FROM flow_step WHERE run_id = ? ORDER BY started_at, step_key",
                StepStore::record, runId)) {
            out.put(r.key(), r);
        }
        return out;
    }

    /*
     * The writes below go into a Batch, committed by RunStore.commit with the run's lease check.
     * "exists" says whether the step already has a row (the caller knows: it read the run's records
     * and tracks what it wrote since), so that a new row costs one INSERT rather than an UPDATE that
     * finds nothing followed by the INSERT. With exists, a missing row is still inserted.
     */

    /**
     * Records that an attempt of the step begins now (to be committed before the action is called).
     * With a worker, the row is written only while the run is RUNNING and leased to it, and the
     * write is the batch's guard: {@link SliceCommits#commit(Batch, Batch, String, String, Instant)}
     * writes nothing after it when it wrote no row.
     *
     * @param run the run's size and action count so far ({@link #end})
     */
    public void begin(Batch batch, boolean exists, String runId, String worker, String key, String stepId, int attempt, JsonNode input,
            Totals run, Instant now) {
        String columns = "INSERT INTO flow_step (run_id, step_key, step_id, status, attempts, starts, input_json, started_at, run_bytes, "
                + "run_actions) ";
        String insert = worker == null ? columns + "VALUES (?, ?, ?, 'RUNNING', ?, 1, ?, ?, ?, ?)"
                : columns + "SELECT ?, ?, ?, 'RUNNING', ?, 1, ?, ?, ?, ? FROM flow_run WHERE id = ? AND lease_owner = ? "
                        + "AND status = 'RUNNING'";
        Object[] insertParams = worker == null ? new Object[] {runId, key, stepId, attempt, text(input), now, run.bytes(), run.actions()}
                : new Object[] {runId, key, stepId, attempt, text(input), now, run.bytes(), run.actions(), runId, worker};
        String update = "UPDATE flow_step SET status = 'RUNNING', attempts = ?, starts = starts + 1, input_json = ?, "
                + "error = NULL, wake_at = NULL, run_bytes = ?, run_actions = ? WHERE run_id = ? AND step_key = ?";
        Object[] updateParams = worker == null ? new Object[] {attempt, text(input), run.bytes(), run.actions(), runId, key}
                : new Object[] {attempt, text(input), run.bytes(), run.actions(), runId, key, runId, worker};
        if (!exists) {
            batch.add(insert, insertParams, worker != null);
        } else {
            batch.updateOrInsert(worker == null ? update : update + " AND EXISTS (" + OURS + ")", updateParams, insert, insertParams,
                    worker != null);
        }
    }

    /**
     * Ends the step: SUCCEEDED or FAILED with its output or error. A step without a row yet gets
     * one that started at {@code startedAt}.
     *
     * @param run the data the run has handled so far, its output included, and the actions it started: what a
     *            recovering worker starts counting from after a crash
     */
    public void end(Batch batch, boolean exists, String runId, String key, String stepId, String status, JsonNode input,
            JsonNode output, String error, Totals run, Instant startedAt, Instant now) {
        String insert = "INSERT INTO flow_step (run_id, step_key, step_id, status, attempts, starts, input_json, output_json, error, "
                + "started_at, finished_at, run_bytes, run_actions) VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?)";
        Object[] insertParams = {runId, key, stepId, status, text(input), text(output), error, startedAt, now, run.bytes(), run.actions()};
        if (!exists) {
            batch.add(insert, insertParams, false);
            return;
        }
        batch.updateOrInsert("UPDATE flow_step SET status = ?, output_json = ?, error = ?, finished_at = ?, wake_at = NULL, run_bytes = ?, "
                + "run_actions = ? WHERE run_id = ? AND step_key = ?",
                new Object[] {status, text(output), error, now, run.bytes(), run.actions(), runId, key}, insert,
                insertParams, false);
    }

    /** The step waits until {@code wake} (a delay, a retry backoff) or for a decision (an approval). */
    public void await(Batch batch, boolean exists, String runId, String key, String stepId, String status, JsonNode input,
            String error, Totals run, Instant wake, Instant now) {
        String insert = "INSERT INTO flow_step (run_id, step_key, step_id, status, attempts, starts, input_json, error, started_at, "
                + "wake_at, run_bytes, run_actions) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?)";
        Object[] insertParams = {runId, key, stepId, status, text(input), error, now, wake, run.bytes(), run.actions()};
        if (!exists) {
            batch.add(insert, insertParams, false);
            return;
        }
        batch.updateOrInsert("UPDATE flow_step SET status = ?, error = ?, wake_at = ?, run_bytes = ?, run_actions = ? WHERE run_id = ? "
                + "AND step_key = ?", new Object[] {status, error, wake, run.bytes(), run.actions(), runId, key}, insert, insertParams,
                false);
    }

    /** Records an approval decision on a waiting step; false when the step is not waiting. */
    public boolean decide(String runId, String key, JsonNode decision, boolean approved, Instant now) {
        return jdbc.update("UPDATE flow_step SET status = ?, output_json = ?, error = ?, finished_at = ? "
                + "WHERE run_id = ? AND step_key = ? AND status = 'WAITING'", approved ? "SUCCEEDED" : "FAILED", text(decision),
                approved ? null : "rejected" + (decision.path("comment").isString() ? ": " + decision.get("comment").asString() : ""),
                now, runId, key) == 1;
    }

    /** Copies the succeeded steps of one run into another (a retry from the failed step). */
    public void copySucceeded(String from, String to) {
        jdbc.update("INSERT INTO flow_step (" + COLUMNS + ") SELECT ?, step_key, step_id, status, attempts, 0, input_json, output_json, "
                + "error, started_at, finished_at, wake_at, 0, 0 FROM flow_step WHERE run_id = ? AND status = 'SUCCEEDED'", to, from);
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static StepRecord record(ResultSet rs) throws SQLException {
        String in = rs.getString("input_json");
        String out = rs.getString("output_json");
        return new StepRecord(rs.getString("run_id"), rs.getString("step_key"), rs.getString("step_id"), rs.getString("status"),
                rs.getInt("attempts"), rs.getInt("starts"), in == null ? null : Flows.JSON.readTree(in),
                out == null ? null : Flows.JSON.readTree(out), rs.getString("error"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"), Jdbc.instant(rs, "wake_at"), rs.getLong("run_bytes"),
                rs.getLong("run_actions"));
    }

    /** All records of a run as a list (for display). */
    public List<StepRecord> list(String runId) {
        return List.copyOf(of(runId).values());
    }
}
