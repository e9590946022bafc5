package dev.switchboard.runtime.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes flow definitions. Reading is lenient (the validator reports what is wrong);
 * a part that cannot be read at all raises {@link IllegalArgumentException} naming its pointer.
 *
 * <pre>{@code
 * FlowDefinition flow = Flows.read(Flows.JSON.readTree(text));
 * String back = Flows.JSON.writeValueAsString(Flows.write(flow));
 * }</pre>
 */
public final class Flows {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> TOP = Set.of("format", "name", "inputs", "trigger", "steps", "output");
    private static final Set<String> TRIGGER = Set.of("app", "event", "params");
    /** Fields every step may have; the kind-specific ones are added per kind. */
    public static final Set<String> STEP_COMMON = Set.of("id", "retry", "on_error", "timeout");
    /** The field that tells each kind of step apart, in the order they are recognised. */
    public static final List<String> KINDS = List.of("action", "if", "for_each", "delay", "approval", "stop");

    private Flows() {
    }

    public static FlowDefinition read(String json) {
        return read(JSON.readTree(json));
    }

    public static FlowDefinition read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a flow is a JSON object");
        }
        Trigger trigger = null;
        JsonNode t = node.get("trigger");
        if (t != null && t.isObject()) {
            trigger = new Trigger(text(t, "app"), text(t, "event"), t.get("params"), extra(t, TRIGGER));
        }
        return new FlowDefinition(text(node, "format"), text(node, "name"), node.get("inputs"), trigger,
                steps(node.get("steps"), "/steps"), node.get("output"), extra(node, TOP));
    }

    /** The kind field present on a step object, or null. */
    public static String kind(JsonNode step) {
        for (String k : KINDS) {
            if (step.has(k)) {
                return k;
            }
        }
        return null;
    }

    /** The fields a step of this kind may have. */
    public static Set<String> fields(String kind) {
        Set<String> all = new java.util.HashSet<>(STEP_COMMON);
        switch (kind) {
            case "action" -> all.addAll(List.of("action", "connection", "input"));
            case "if" -> all.addAll(List.of("if", "then", "else"));
            case "for_each" -> all.addAll(List.of("for_each", "do"));
            default -> all.add(kind);
        }
        return all;
    }

    static List<Step> steps(JsonNode array, String pointer) {
        List<Step> steps = new ArrayList<>();
        if (array == null || array.isNull()) {
            return steps;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException(pointer + " must be an array of steps");
        }
        for (int i = 0; i < array.size(); i++) {
            steps.add(step(array.get(i), pointer + "/" + i));
        }
        return steps;
    }

    static Step step(JsonNode s, String pointer) {
        if (s == null || !s.isObject()) {
            throw new IllegalArgumentException(pointer + " must be a step object");
        }
        String kind = kind(s);
        if (kind == null) {
            throw new IllegalArgumentException(pointer + " has none of " + KINDS);
        }
        String id = text(s, "id");
        JsonNode onError = s.get("on_error");
        JsonNode timeout = s.get("timeout");
        StepPolicy policy = new StepPolicy(s.get("retry"), onError == null ? null : onError.asString(),
                timeout == null ? null : timeout.asString());
        Map<String, JsonNode> extra = extra(s, fields(kind));
        return switch (kind) {
            case "action" -> new Step.Action(id, text(s, "action"), text(s, "connection"), s.get("input"), policy, extra);
            case "if" -> new Step.If(id, s.get("if"), steps(s.get("then"), pointer + "/then"),
                    s.has("else") ? steps(s.get("else"), pointer + "/else") : null, policy, extra);
            case "for_each" -> new Step.ForEach(id, s.get("for_each"), steps(s.get("do"), pointer + "/do"), policy, extra);
            case "delay" -> new Step.Delay(id, text(s, "delay"), policy, extra);
            case "approval" -> new Step.Approval(id, s.get("approval"), policy, extra);
            default -> new Step.Stop(id, s.get("stop"), policy, extra);
        };
    }

    /** The definition as JSON, known fields first, then the kept unknown ones. */
    public static ObjectNode write(FlowDefinition flow) {
        ObjectNode o = NODES.objectNode();
        putText(o, "format", flow.format());
        putText(o, "name", flow.name());
        putNode(o, "inputs", flow.inputs());
        if (flow.trigger() != null) {
            ObjectNode t = o.putObject("trigger");
            putText(t, "app", flow.trigger().app());
            putText(t, "event", flow.trigger().event());
            putNode(t, "params", flow.trigger().params());
            flow.trigger().extra().forEach(t::set);
        }
        o.set("steps", writeSteps(flow.steps()));
        putNode(o, "output", flow.output());
        flow.extra().forEach(o::set);
        return o;
    }

    static tools.jackson.databind.node.ArrayNode writeSteps(List<Step> steps) {
        tools.jackson.databind.node.ArrayNode a = NODES.arrayNode();
        for (Step s : steps) {
            a.add(writeStep(s));
        }
        return a;
    }

    static ObjectNode writeStep(Step s) {
        ObjectNode o = NODES.objectNode();
        putText(o, "id", s.id());
        if (s instanceof Step.Action a) {
            putText(o, "action", a.action());
            putText(o, "connection", a.connection());
            putNode(o, "input", a.input());
        } else if (s instanceof Step.If i) {
            putNode(o, "if", i.condition());
            o.set("then", writeSteps(i.then()));
            if (i.otherwise() != null) {
                o.set("else", writeSteps(i.otherwise()));
            }
        } else if (s instanceof Step.ForEach f) {
            putNode(o, "for_each", f.items());
            o.set("do", writeSteps(f.body()));
        } else if (s instanceof Step.Delay d) {
            putText(o, "delay", d.delay());
        } else if (s instanceof Step.Approval ap) {
            putNode(o, "approval", ap.approval());
        } else if (s instanceof Step.Stop st) {
            putNode(o, "stop", st.stop());
        }
        StepPolicy p = s.policy();
        putNode(o, "retry", p.retry());
        putText(o, "on_error", p.onError());
        putText(o, "timeout", p.timeout());
        s.extra().forEach(o::set);
        return o;
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
        return extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    private static Map<String, JsonNode> extra(JsonNode node, Set<String> known) {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return extra;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }

    private static void putText(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putNode(ObjectNode o, String field, JsonNode value) {
        if (value != null) {
            o.set(field, value);
        }
    }
}
