package dev.switchboard.runtime.flow;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One step of a flow: an action call or a control step. Every step has an {@code id}, an
 * optional {@link StepPolicy} (retry, error handling, timeout) and keeps the fields this version
 * does not know in {@link #extra()}, so that a definition survives a read and write unchanged.
 *
 * <pre>{@code
 * if (step instanceof Step.Action a) {
 *     String app = a.app();          // "google_drive" for "google_drive.upload_file"
 * }
 * }</pre>
 */
public sealed interface Step {

    String id();

    StepPolicy policy();

    Map<String, JsonNode> extra();

    /** {@code {"id", "action": "app.action", "connection": "name", "input": {...}}}. */
    record Action(String id, String action, String connection, JsonNode input, StepPolicy policy,
            Map<String, JsonNode> extra) implements Step {
        public Action {
            extra = Flows.copy(extra);
        }

        /** The app part of {@code app.action}. */
        public String app() {
            int dot = action.indexOf('.');
            return dot < 0 ? action : action.substring(0, dot);
        }

        /** The action part of {@code app.action}. */
        public String actionId() {
            int dot = action.indexOf('.');
            return dot < 0 ? "" : action.substring(dot + 1);
        }
    }

    /** {@code {"id", "if": "{{ expr }}", "then": [...], "else": [...]}}. */
    record If(String id, JsonNode condition, java.util.List<Step> then, java.util.List<Step> otherwise,
            StepPolicy policy, Map<String, JsonNode> extra) implements Step {
        public If {
            then = then == null ? java.util.List.of() : java.util.List.copyOf(then);
            extra = Flows.copy(extra);
        }
    }

    /** {@code {"id", "for_each": "{{ expr }}", "do": [...]}}; inside, {@code loop.item} and {@code loop.index}. */
    record ForEach(String id, JsonNode items, java.util.List<Step> body, StepPolicy policy,
            Map<String, JsonNode> extra) implements Step {
        public ForEach {
            body = body == null ? java.util.List.of() : java.util.List.copyOf(body);
            extra = Flows.copy(extra);
        }
    }

    /** {@code {"id", "delay": "PT1H"}}: an ISO-8601 duration or instant, possibly a template. */
    record Delay(String id, String delay, StepPolicy policy, Map<String, JsonNode> extra) implements Step {
        public Delay {
            extra = Flows.copy(extra);
        }
    }

    /** {@code {"id", "approval": {"message": "…"}}}: pauses until someone approves or rejects. */
    record Approval(String id, JsonNode approval, StepPolicy policy, Map<String, JsonNode> extra) implements Step {
        public Approval {
            extra = Flows.copy(extra);
        }

        public String message() {
            JsonNode m = approval == null ? null : approval.get("message");
            return m == null || m.isNull() ? "" : m.asString();
        }
    }

    /** {@code {"id", "stop": {"output": …}}}: ends the run successfully with this output. */
    record Stop(String id, JsonNode stop, StepPolicy policy, Map<String, JsonNode> extra) implements Step {
        public Stop {
            extra = Flows.copy(extra);
        }

        public JsonNode output() {
            JsonNode o = stop == null ? null : stop.get("output");
            return o == null ? tools.jackson.databind.node.NullNode.getInstance() : o;
        }
    }
}
