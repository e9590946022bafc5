package dev.switchboard.server.mcp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one MCP task (protocol 2025-11-25), as {@code tasks/get}, {@code tasks/list},
 * {@code tasks/cancel} and a task-augmented {@code tools/call} report it.
 *
 * <pre>{@code
 * Task task = new Task(runId, Task.Status.WORKING, "running", created, updated, null, 1000L);
 * Map<String, Object> wire = task.toWire();
 * }</pre>
 *
 * @param ttlMillis how long the task is kept after its creation; null for as long as the server keeps it
 * @param pollIntervalMillis how often a client should poll; null for no advice
 */
public record Task(String taskId, Status status, String statusMessage, Instant createdAt, Instant lastUpdatedAt,
        Long ttlMillis, Long pollIntervalMillis) {

    /** The statuses of the specification; the last three are terminal. */
    public enum Status {
        WORKING, INPUT_REQUIRED, COMPLETED, FAILED, CANCELLED;

        public boolean terminal() {
            return this == COMPLETED || this == FAILED || this == CANCELLED;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Task {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        lastUpdatedAt = lastUpdatedAt == null ? createdAt : lastUpdatedAt;
    }

    /** The JSON object of the specification's {@code Task}; {@code ttl} is always present (null: unlimited). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("taskId", taskId);
        wire.put("status", status.wire());
        if (statusMessage != null) {
            wire.put("statusMessage", statusMessage);
        }
        wire.put("createdAt", createdAt.toString());
        wire.put("lastUpdatedAt", lastUpdatedAt.toString());
        wire.put("ttl", ttlMillis);
        if (pollIntervalMillis != null) {
            wire.put("pollInterval", pollIntervalMillis);
        }
        return wire;
    }
}
