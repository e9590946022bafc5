package dev.switchboard.runtime.validate;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.engine.Expressions;
import dev.switchboard.catalog.search.Suggestions;
import dev.switchboard.runtime.expr.References;
import dev.switchboard.runtime.expr.Templates;
import dev.switchboard.runtime.flow.Durations;
import dev.switchboard.runtime.flow.Flows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Checks the steps of one flow: structure, actions, connections, policies and every template's references. */
final class StepWalker {

    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final List<String> ROOTS = List.of("trigger", "inputs", "steps", "loop", "connections");

    /** Where a step id is defined: its pre-order position and the ids of the steps around it. */
    private record Declared(int order, List<String> ancestors, List<String> loops) {
    }

    private final FlowValidator validator;
    private final FlowValidator.Report report;
    private final List<String> inputNames;
    private final Map<String, Declared> declared = new HashMap<>();
    private final Map<String, Declared> byPointer = new HashMap<>();

    StepWalker(FlowValidator validator, FlowValidator.Report report, List<String> inputNames) {
        this.validator = validator;
        this.report = report;
        this.inputNames = inputNames;
    }

    /** First pass: ids in document order, so that later references can be told from forward ones. */
    void index(JsonNode steps, String pointer, List<String> ancestors) {
        index(steps, pointer, ancestors, List.of());
    }

    private void index(JsonNode steps, String pointer, List<String> ancestors, List<String> loops) {
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String at = pointer + "/" + i;
            if (!step.isObject()) {
                continue;
            }
            JsonNode idNode = step.get("id");
            String id = idNode != null && idNode.isString() ? idNode.asString() : null;
            Declared here = new Declared(byPointer.size(), List.copyOf(ancestors), loops);
            byPointer.put(at, here);
            if (id == null) {
                report.add(at + "/id", "missing_field", "every step needs an \"id\" (letters, digits, _)", List.of());
            } else if (!STEP_ID.matcher(id).matches()) {
                report.add(at + "/id", "bad_step_id", "step id '" + id
                        + "' must start with a letter or _ and hold only letters, digits and _ (64 at most)", List.of());
            } else if (declared.containsKey(id)) {
                report.add(at + "/id", "duplicate_step_id", "step id '" + id + "' is used twice; ids must be unique in the flow",
                        List.of(id + "_2"));
            } else {
                declared.put(id, here);
            }
            List<String> inner = new ArrayList<>(ancestors);
            inner.add(id == null ? "" : id);
            List<String> innerLoops = loops;
            if (step.has("for_each")) {
                innerLoops = new ArrayList<>(loops);
                innerLoops.add(id == null ? "" : id);
            }
            for (String branch : List.of("then", "else", "do")) {
                JsonNode children = step.get(branch);
                if (children != null && children.isArray()) {
                    index(children, at + "/" + branch, inner, branch.equals("do") ? List.copyOf(innerLoops) : loops);
                }
            }
        }
    }

    void walk(JsonNode steps, String pointer, boolean inLoop) {
        for (int i = 0; i < steps.size(); i++) {
            step(steps.get(i), pointer + "/" + i, inLoop);
        }
    }

    private void step(JsonNode step, String at, boolean inLoop) {
        if (!step.isObject()) {
            report.add(at, "type_mismatch", "a step is an object with an id and one of " + Flows.KINDS, List.of());
            return;
        }
        Declared here = byPointer.get(at);
        String id = step.path("id").asString(null);
        List<String> kinds = Flows.KINDS.stream().filter(step::has).toList();
        if (kinds.isEmpty()) {
            List<String> near = new ArrayList<>();
            step.propertyNames().forEach(f -> near.addAll(Suggestions.closest(f, Flows.KINDS)));
            report.add(at, "unknown_step_kind", "a step needs one of " + Flows.KINDS, near);
            return;
        }
        if (kinds.size() > 1) {
            report.add(at, "ambiguous_step", "a step has exactly one of " + Flows.KINDS + "; this one has " + kinds, List.of());
        }
        String kind = kinds.get(0);
        Set<String> allowed = Flows.fields(kind);
        for (String field : step.propertyNames()) {
            if (allowed.contains(field) || kinds.contains(field)) {
                continue; // the suggestions (an edit distance to every allowed field) only for fields that need them
            }
            List<String> near = Suggestions.closest(field, allowed);
            if (!near.isEmpty()) {
                report.add(at + "/" + Templates.escape(field), "unknown_field",
                        "step field '" + field + "' is not part of a " + kind + " step", near);
            }
        }
        policy(step, at);
        switch (kind) {
            case "action" -> action(step, at, id, inLoop, here);
            case "if" -> {
                expressions(step.get("if"), at + "/if", id, inLoop, here.order(), here.ancestors());
                branch(step, "then", at, inLoop, true);
                branch(step, "else", at, inLoop, false);
            }
            case "for_each" -> {
                JsonNode items = step.get("for_each");
                if (!(items.isArray() || (items.isString() && Templates.isWholeTemplate(items.asString())))) {
                    report.add(at + "/for_each", "type_mismatch", "for_each takes a list or one template giving a list, e.g. \"{{ trigger.items }}\"",
                            List.of());
                }
                expressions(items, at + "/for_each", id, inLoop, here.order(), here.ancestors());
                branch(step, "do", at, true, true);
            }
            case "delay" -> {
                JsonNode delay = step.get("delay");
                if (delay.isString() && Templates.isLiteral(delay)) {
                    if (Durations.duration(delay.asString()).isEmpty() && Durations.instant(delay.asString()).isEmpty()) {
                        report.add(at + "/delay", "invalid_duration", "delay '" + delay.asString()
                                + "' is neither an ISO-8601 duration (PT1H, P1D) nor an instant (2026-05-01T08:00:00Z)", List.of());
                    }
                } else if (!delay.isString()) {
                    report.add(at + "/delay", "invalid_duration", "delay is a string such as \"PT1H\"", List.of());
                }
                expressions(delay, at + "/delay", id, inLoop, here.order(), here.ancestors());
            }
            case "approval" -> {
                JsonNode approval = step.get("approval");
                if (!approval.isObject() || !approval.path("message").isString()) {
                    report.add(at + "/approval/message", "missing_field", "an approval needs a message, e.g. {\"message\": \"Send the invoice?\"}",
                            List.of());
                }
                expressions(approval, at + "/approval", id, inLoop, here.order(), here.ancestors());
            }
            default -> {
                JsonNode stop = step.get("stop");
                if (!stop.isObject()) {
                    report.add(at + "/stop", "type_mismatch", "stop is an object, e.g. {\"output\": \"{{ steps.a }}\"}", List.of());
                }
                expressions(stop, at + "/stop", id, inLoop, here.order(), here.ancestors());
            }
        }
    }

    private void branch(JsonNode step, String field, String at, boolean inLoop, boolean required) {
        JsonNode children = step.get(field);
        if (children == null) {
            if (required) {
                report.add(at + "/" + field, "empty_branch", "'" + field + "' needs at least one step", List.of());
            }
            return;
        }
        if (!children.isArray()) {
            report.add(at + "/" + field, "type_mismatch", "'" + field + "' is an array of steps", List.of());
            return;
        }
        if (children.isEmpty() && required) {
            report.add(at + "/" + field, "empty_branch", "'" + field + "' needs at least one step", List.of());
        }
        walk(children, at + "/" + field, inLoop);
    }

    private void action(JsonNode step, String at, String id, boolean inLoop, Declared here) {
        JsonNode actionNode = step.get("action");
        if (!actionNode.isString()) {
            report.add(at + "/action", "type_mismatch", "action is a string \"app.action\"", List.of());
            return;
        }
        Optional<ActionSpec> spec = validator.action(actionNode.asString(), at + "/action", report);
        String app = actionNode.asString().contains(".") ? actionNode.asString().substring(0, actionNode.asString().indexOf('.')) : "";
        Optional<Connector> connector = validator.catalog().connector(app);
        if (connector.isPresent()) { // an unknown app is reported once, at /action
            validator.connection(step.get("connection"), at, app, FlowValidator.needsConnection(connector.get()), report);
        }
        JsonNode input = step.get("input");
        if (spec.isPresent()) {
            InputChecks.check(spec.get().input(), input, at + "/input", "action " + actionNode.asString(), report);
        }
        expressions(input, at + "/input", id, inLoop, here.order(), here.ancestors());
    }

    private void policy(JsonNode step, String at) {
        JsonNode retry = step.get("retry");
        if (retry != null) {
            JsonNode max = retry.get("max");
            if (!retry.isObject() || max == null || !max.canConvertToInt() || max.asInt() < 0 || max.asInt() > 10) {
                report.add(at + "/retry/max", "invalid_retry", "retry is {\"max\": 0..10, \"backoff\": \"PT2S\"}", List.of());
            }
            JsonNode backoff = retry.get("backoff");
            if (backoff != null && Durations.duration(backoff.asString("")).isEmpty()) {
                report.add(at + "/retry/backoff", "invalid_duration", "backoff is an ISO-8601 duration such as \"PT2S\"", List.of());
            }
        }
        JsonNode onError = step.get("on_error");
        if (onError != null && !Set.of("fail", "continue").contains(onError.asString(""))) {
            report.add(at + "/on_error", "invalid_value", "on_error is \"fail\" or \"continue\"",
                    Suggestions.closest(onError.asString(""), List.of("fail", "continue")));
        }
        JsonNode timeout = step.get("timeout");
        if (timeout != null && Durations.duration(timeout.asString("")).filter(d -> !d.isZero()).isEmpty()) {
            report.add(at + "/timeout", "invalid_duration", "timeout is a positive ISO-8601 duration such as \"PT30S\"", List.of());
        }
    }

    /** Compiles every template in the value and checks what it refers to. */
    void expressions(JsonNode value, String pointer, String stepId, boolean inLoop, int position, List<String> ancestors) {
        for (Map.Entry<String, String> found : Templates.expressions(value, pointer)) {
            String expression = found.getValue();
            String at = found.getKey();
            try {
                Expressions.compile(expression);
            } catch (RuntimeException e) {
                report.add(at, "bad_expression", "'" + expression + "' is not valid JSONata: " + e.getMessage()
                        .replace("expression '" + expression + "' is not valid JSONata: ", ""), List.of());
                continue;
            }
            for (References.Reference ref : References.of(expression)) {
                reference(ref, at, expression, stepId, inLoop, position, ancestors);
            }
        }
    }

    private void reference(References.Reference ref, String at, String expression, String stepId, boolean inLoop,
            int position, List<String> ancestors) {
        String name = ref.name();
        switch (ref.root()) {
            case "steps" -> {
                Declared target = name == null ? null : declared.get(name);
                if (name == null) {
                    return;
                }
                if (target == null) {
                    report.add(at, "bad_reference", "'" + expression + "' refers to step '" + name + "', which does not exist",
                            Suggestions.closest(name, declared.keySet()));
                } else if (!ancestors.containsAll(target.loops())) {
                    report.add(at, "bad_reference", "'" + expression + "' uses step '" + name + "' from outside its for_each '"
                            + target.loops().get(target.loops().size() - 1) + "'; use steps." + target.loops().get(target.loops().size() - 1)
                            + " (the list of each iteration's result) instead", List.of(target.loops().get(target.loops().size() - 1)));
                } else if (target.order() >= position || ancestors.contains(name) || name.equals(stepId)) {
                    report.add(at, "forward_reference", "'" + expression + "' uses step '" + name
                            + "' before it has run; a step can only use the output of steps that come before it", List.of());
                }
            }
            case "loop" -> {
                if (!inLoop) {
                    report.add(at, "bad_reference", "'" + expression + "' uses loop outside a for_each", List.of());
                } else if (name != null && !Set.of("item", "index").contains(name)) {
                    report.add(at, "bad_reference", "loop has only item and index", Suggestions.closest(name, List.of("item", "index")));
                }
            }
            case "inputs" -> {
                if (name != null && !inputNames.contains(name)) {
                    report.add(at, "bad_reference", "'" + expression + "' uses input '" + name + "', which the inputs schema does not declare",
                            Suggestions.closest(name, inputNames));
                }
            }
            case "connections" -> {
                if (name != null && !validator.connections().containsKey(name)) {
                    report.add(at, "bad_reference", "you have no connection named '" + name + "'",
                            Suggestions.closest(name, validator.connections().keySet()));
                }
            }
            case "trigger" -> {
            }
            default -> report.add(at, "bad_reference", "'" + expression + "' starts from '" + ref.root()
                    + "'; templates start from " + String.join(", ", ROOTS), Suggestions.closest(ref.root(), ROOTS));
        }
    }
}
