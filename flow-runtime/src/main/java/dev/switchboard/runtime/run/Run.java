package dev.switchboard.runtime.run;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One run of a flow as stored. A terminal failure names the failing step and the cause.
 *
 * <pre>{@code
 * Run run = runtime.get(runId, "alice").orElseThrow();
 * if (run.status() == RunStatus.FAILED) System.out.println(run.failedStep() + ": " + run.error());
 * }</pre>
 *
 * @param waitingStep the step key a PAUSED run waits on (delay, approval or retry backoff)
 * @param availableAt when a queued run may start or a paused one wakes up
 */
public record Run(String id, String owner, String flowId, Integer flowVersion, String flowName, RunStatus status,
        String failedStep, String error, JsonNode output, JsonNode trigger, JsonNode inputs, String retryOf,
        Instant createdAt, Instant startedAt, Instant finishedAt, Instant availableAt, long activeMillis, long sizeBytes,
        String waitingStep) {
}
