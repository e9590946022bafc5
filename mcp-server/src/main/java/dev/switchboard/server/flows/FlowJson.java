package dev.switchboard.server.flows;

import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.runtime.validate.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How flows, versions, runs and problems look in tool results (snake_case, nulls left out).
 *
 * <pre>{@code
 * ObjectNode out = FlowJson.summary(flow);
 * out.set("errors", FlowJson.problems(problems));
 * }</pre>
 */
public final class FlowJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private FlowJson() {
    }

    public static ArrayNode problems(List<Problem> problems) {
        ArrayNode out = JSON.createArrayNode();
        for (Problem p : problems) {
            ObjectNode node = out.addObject().put("pointer", p.pointer()).put("code", p.code()).put("message", p.message());
            if (!p.suggestions().isEmpty()) {
                p.suggestions().forEach(node.putArray("suggestions")::add);
            }
        }
        return out;
    }

    static String problemLines(List<Problem> problems) {
        return problems.stream().map(p -> "  " + (p.pointer().isEmpty() ? "/" : p.pointer()) + " [" + p.code() + "] " + p.message()
                + (p.suggestions().isEmpty() ? "" : " (did you mean " + String.join(", ", p.suggestions()) + "?)"))
                .collect(Collectors.joining("\n"));
    }

    /** What list_flows shows of a flow. */
    public static ObjectNode summary(StoredFlow flow) {
        ObjectNode out = JSON.createObjectNode().put("id", flow.id()).put("name", flow.name()).put("slug", flow.slug());
        if (flow.folder() != null) {
            out.put("folder", flow.folder());
        }
        out.put("status", flow.status()).put("enabled", flow.enabled());
        if (flow.latestVersion() != null) {
            out.put("version", flow.latestVersion().intValue());
        }
        if (flow.live()) {
            out.put("tool", flow.toolName());
        }
        return out.put("updated_at", flow.updatedAt().toString());
    }

    public static ObjectNode version(FlowVersion version, boolean withDefinition) {
        ObjectNode out = JSON.createObjectNode().put("version", version.version())
                .put("name", FlowLibrary.name(version.definition())).put("published_at", version.publishedAt().toString());
        if (version.label() != null) {
            out.put("label", version.label());
        }
        if (withDefinition) {
            out.set("definition", version.definition());
        }
        return out;
    }

    public static ObjectNode run(Run run) {
        ObjectNode out = JSON.createObjectNode().put("id", run.id());
        putText(out, "flow_id", run.flowId());
        if (run.flowVersion() != null) {
            out.put("flow_version", run.flowVersion().intValue());
        }
        putText(out, "flow_name", run.flowName());
        out.put("status", run.status().name());
        putText(out, "failed_step", run.failedStep());
        putText(out, "error", run.error());
        putText(out, "waiting_step", run.waitingStep());
        putText(out, "retry_of", run.retryOf());
        putTime(out, "created_at", run.createdAt());
        putTime(out, "started_at", run.startedAt());
        putTime(out, "finished_at", run.finishedAt());
        return out;
    }

    /** The run with its inputs, output and what each step did. */
    public static ObjectNode runDetail(Run run, List<StepRecord> steps) {
        ObjectNode out = run(run);
        setIfPresent(out, "inputs", run.inputs());
        setIfPresent(out, "output", run.output());
        ArrayNode list = out.putArray("steps");
        for (StepRecord s : steps) {
            ObjectNode step = list.addObject().put("key", s.key()).put("step_id", s.stepId()).put("status", s.status())
                    .put("attempts", s.attempts());
            setIfPresent(step, "input", s.input());
            setIfPresent(step, "output", s.output());
            putText(step, "error", s.error());
            putTime(step, "started_at", s.startedAt());
            putTime(step, "finished_at", s.finishedAt());
            putTime(step, "wake_at", s.wakeAt());
        }
        return out;
    }

    /**
     * The tool's input schema from the flow's {@code inputs}: an object schema whose properties all
     * have a description and that refuses unknown arguments, as strict providers require.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inputSchema(JsonNode definition) {
        ObjectNode schema = definition.path("inputs").isObject() ? ((ObjectNode) definition.path("inputs")).deepCopy()
                : JSON.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.path("properties").isObject() ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        for (String name : List.copyOf(properties.propertyNames())) {
            JsonNode property = properties.get(name);
            if (property.isObject() && !property.path("description").isString()) {
                ((ObjectNode) property).put("description", "The flow's input '" + name + "'.");
            }
        }
        schema.put("additionalProperties", false);
        return JSON.convertValue(schema, Map.class);
    }

    private static void putText(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static void putTime(ObjectNode out, String field, Instant value) {
        if (value != null) {
            out.put(field, value.toString());
        }
    }

    private static void setIfPresent(ObjectNode out, String field, JsonNode value) {
        if (value != null && !value.isNull() && !value.isMissingNode()) {
            out.set(field, value);
        }
    }
}
