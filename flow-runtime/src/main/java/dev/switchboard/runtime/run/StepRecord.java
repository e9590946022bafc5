package dev.switchboard.runtime.run;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What one step did in one run, persisted as it goes.
 *
 * <pre>{@code
 * runtime.steps(runId, "alice").forEach(s -> System.out.println(s.key() + " " + s.status() + " x" + s.attempts()));
 * }</pre>
 *
 * @param key the step id, prefixed with the loop path inside for_each ({@code each[2]/post})
 * @param status RUNNING, SUCCEEDED, FAILED, WAITING (delay, approval) or RETRYING (backoff)
 * @param starts how many times execution of the step began (more than attempts only after a crash)
 * @param runBytes the data the run had handled (its size budget) when this record was last written
 * @param runActions how many actions the run had started when this record was last written
 */
public record StepRecord(String runId, String key, String stepId, String status, int attempts, int starts,
        JsonNode input, JsonNode output, String error, Instant startedAt, Instant finishedAt, Instant wakeAt, long runBytes,
        long runActions) {

    public boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }
}
