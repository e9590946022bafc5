package dev.switchboard.runtime.flow;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A flow ({@code switchboard.flow/v1}): inputs schema, trigger, steps and output template.
 * Read and written with {@link Flows}; fields this version does not know are kept in
 * {@link #extra()} and written back.
 *
 * <pre>{@code
 * FlowDefinition flow = Flows.read(json);
 * JsonNode same = Flows.write(flow);
 * }</pre>
 *
 * @param trigger null for flows started by hand
 * @param output template of the run's output; null gives the last step's output
 */
public record FlowDefinition(String format, String name, JsonNode inputs, Trigger trigger, List<Step> steps,
        JsonNode output, Map<String, JsonNode> extra) {

    public static final String FORMAT = "switchboard.flow/v1";

    public FlowDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
        extra = Flows.copy(extra);
    }
}
