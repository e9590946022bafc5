package dev.switchboard.runtime.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The columns a status transition changes besides the status itself.
 *
 * <pre>{@code
 * store.transition(id, worker, RUNNING, FAIL, Change.none().finished(now).error("upload", "Drive answered 403"));
 * }</pre>
 */
public final class Change {

    private final List<String> sets = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private Change() {
    }

    public static Change none() {
        return new Change();
    }

    private Change set(String column, Object value) {
        sets.add(column + " = ?");
        values.add(value);
        return this;
    }

    public Change started(Instant at) {
        return set("started_at", at);
    }

    public Change finished(Instant at) {
        return set("finished_at", at);
    }

    public Change error(String step, String message) {
        set("failed_step", step);
        return set("error", message == null ? null : message.length() > 3900 ? message.substring(0, 3900) + "…" : message);
    }

    public Change output(JsonNode output) {
        return set("output_json", output == null ? null : output.toString());
    }

    public Change availableAt(Instant at) {
        return set("available_at", at);
    }

    public Change activeMillis(long ms) {
        return set("active_ms", ms);
    }

    /** The data the run has handled so far (its size budget), as the executing worker counted it. */
    public Change sizeBytes(long bytes) {
        return set("size_bytes", bytes);
    }

    /** Renews the worker's lease (a transition that keeps the run RUNNING: its start, resume or recovery). */
    public Change leaseUntil(Instant at) {
        return set("lease_until", at);
    }

    /** How many of the run's actions are counted toward the owner's quota (see {@link SliceCommits}). */
    Change actionsCounted(long actions) {
        return set("actions_counted", actions);
    }

    public Change waitingStep(String key) {
        return set("waiting_step", key);
    }

    void appendTo(StringBuilder sql, List<Object> params, boolean terminal) {
        for (String s : sets) {
            sql.append(", ").append(s);
        }
        params.addAll(values);
        if (terminal) {
            // a finished run belongs to no worker any more
            sql.append(", lease_owner = NULL, lease_until = NULL, waiting_step = NULL");
        }
    }
}
