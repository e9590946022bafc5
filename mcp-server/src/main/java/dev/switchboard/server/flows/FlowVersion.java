package dev.switchboard.server.flows;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One published version of a flow; its definition never changes once written.
 *
 * <pre>{@code
 * FlowVersion live = store.version(flow.id(), flow.latestVersion()).orElseThrow();
 * runtime.runNow(flow.owner(), flow.id(), live.version(), live.definition(), inputs);
 * }</pre>
 *
 * @param label what the owner called this version (rename_flow_version), null when unnamed
 */
public record FlowVersion(String flowId, int version, JsonNode definition, Instant publishedAt, String label) {
}
