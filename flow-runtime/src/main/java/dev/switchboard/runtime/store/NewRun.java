package dev.switchboard.runtime.store;

import tools.jackson.databind.JsonNode;

/**
 * A run to enqueue.
 *
 * <pre>{@code
 * store.enqueue(new NewRun("alice", "flow-7", 3, definition, trigger, inputs, "kizeo:123:evt-9", null));
 * }</pre>
 *
 * @param flowId the published flow's id, or null for a one-off definition
 * @param eventKey unique key of the trigger event (a second run with the same key is not created), or null
 * @param retryOf the run this one retries, or null
 */
public record NewRun(String owner, String flowId, Integer flowVersion, JsonNode definition, JsonNode trigger,
        JsonNode inputs, String eventKey, String retryOf) {
}
