package dev.switchboard.runtime.flow;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What starts a flow: an app's trigger with its parameters.
 *
 * <pre>{@code
 * new Trigger("kizeo_forms", "data_finished", params, Map.of());
 * }</pre>
 */
public record Trigger(String app, String event, JsonNode params, Map<String, JsonNode> extra) {
    public Trigger {
        extra = Flows.copy(extra);
    }
}
