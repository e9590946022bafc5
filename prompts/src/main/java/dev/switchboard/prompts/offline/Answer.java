package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Literals.Literal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer a flow gives the system that called it: "answer with HTTP 200 and {"received": true}" sets the reply's
 * status and body, « réponds au webhook avec « ok » » its body; and a flow that answers its caller must run while the
 * caller waits, so its webhook trigger answers synchronously.
 *
 * <pre>{@code
 * Answer.fill(input, "respond to the webhook with http 200", literals, request);   // {"status": 200}
 * Answer.waitedFor(flow);   // trigger.params.respond = "sync" when a step answers the call
 * }</pre>
 */
final class Answer {

    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    /** One flat JSON object written in the request: the body to send back. */
    private static final Pattern JSON_OBJECT = Pattern.compile("\\{[^{}]{1,400}\\}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Answer() {
    }

    /** Sets the reply's status and body from what the clause says; leaves the rest to the reply's defaults. */
    static void fill(ObjectNode input, String clause, List<Literal> literals, String request) {
        Matcher status = STATUS.matcher(clause);
        if (status.find()) {
            input.put("status", Integer.parseInt(status.group(1)));
        }
        JsonNode body = jsonBody(request);
        if (body != null && clause.contains("{")) {
            input.set("body", body);
            return;
        }
        literals.stream().filter(l -> l.kind() == Literals.Kind.QUOTED).findFirst()
                .ifPresent(l -> input.put("body", l.value()));
    }

    private static JsonNode jsonBody(String request) {
        Matcher object = JSON_OBJECT.matcher(request);
        if (!object.find()) {
            return null;
        }
        String found = object.group();
        if (object.find()) {
            return null;   // two objects: which one is the answer is not said
        }
        try {
            JsonNode parsed = JSON.readTree(found);
            return parsed.isObject() ? parsed : null;
        } catch (RuntimeException e) {
            return null;   // braces that are no JSON ("{name}" in a template)
        }
    }

    /** A webhook flow with a step that answers the call answers in the request, so the caller gets that answer. */
    static void waitedFor(ObjectNode flow) {
        JsonNode trigger = flow.get("trigger");
        if (trigger != null && "webhook".equals(trigger.path("app").asString("")) && "catch_hook".equals(trigger.path("event").asString(""))
                && answers(flow.get("steps")) && trigger.get("params") instanceof ObjectNode params && !params.has("respond")) {
            params.put("respond", "sync");
        }
    }

    private static boolean answers(JsonNode steps) {
        if (steps == null || !steps.isArray()) {
            return false;
        }
        for (JsonNode step : steps) {
            if ("webhook.respond".equals(step.path("action").asString("")) || answers(step.get("then")) || answers(step.get("else"))
                    || answers(step.get("do"))) {
                return true;
            }
        }
        return false;
    }
}
