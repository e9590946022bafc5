package dev.switchboard.runtime.validate;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.search.Suggestions;
import dev.switchboard.runtime.flow.FlowDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Checks a flow definition against the catalog (apps, actions, triggers, action input schemas)
 * and the owner's connections, and reports every problem at once, each with an RFC 6901
 * pointer, a stable code and "did you mean" suggestions. Nothing runs.
 *
 * <pre>{@code
 * FlowValidator validator = new FlowValidator(catalog, Map.of("kizeo", "kizeo_forms", "drive", "google_drive"));
 * List<Problem> problems = validator.validate(definition);   // empty: the flow may run
 * }</pre>
 */
public final class FlowValidator {

    private final Catalog catalog;
    private final Map<String, String> connections;

    /**
     * @param connections the owner's connection names, each with the app it belongs to
     */
    public FlowValidator(Catalog catalog, Map<String, String> connections) {
        this.catalog = catalog;
        this.connections = Map.copyOf(connections);
    }

    public List<Problem> validate(JsonNode definition) {
        Report report = new Report();
        if (definition == null || !definition.isObject()) {
            report.add("", "not_an_object", "a flow is a JSON object with format, name, trigger and steps", List.of());
            return report.problems();
        }
        JsonNode format = definition.get("format");
        if (format == null || !FlowDefinition.FORMAT.equals(format.asString(""))) {
            report.add("/format", format == null ? "missing_field" : "unsupported_format",
                    "format must be \"" + FlowDefinition.FORMAT + "\"", List.of(FlowDefinition.FORMAT));
        }
        JsonNode name = definition.get("name");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            report.add("/name", "missing_field", "give the flow a name (a non-empty string)", List.of());
        }
        inputs(definition.get("inputs"), report);
        trigger(definition.get("trigger"), report);
        StepWalker walker = new StepWalker(this, report, inputNames(definition.get("inputs")));
        JsonNode steps = definition.get("steps");
        if (steps == null || !steps.isArray()) {
            report.add("/steps", steps == null ? "missing_field" : "type_mismatch", "steps must be an array of steps", List.of());
        } else {
            walker.index(steps, "/steps", new ArrayList<>());
            if (steps.isEmpty()) {
                report.add("/steps", "empty_branch", "a flow needs at least one step", List.of());
            }
            walker.walk(steps, "/steps", false);
        }
        JsonNode output = definition.get("output");
        if (output != null) {
            walker.expressions(output, "/output", null, false, Integer.MAX_VALUE, List.of());
        }
        return report.problems();
    }

    private void inputs(JsonNode inputs, Report report) {
        if (inputs == null) {
            return;
        }
        if (!inputs.isObject() || (inputs.has("type") && !"object".equals(inputs.get("type").asString(""))
                || (inputs.has("properties") && !inputs.get("properties").isObject()))) {
            report.add("/inputs", "invalid_schema",
                    "inputs must be a JSON Schema of type object, e.g. {\"type\": \"object\", \"properties\": {}}", List.of());
        }
    }

    private static List<String> inputNames(JsonNode inputs) {
        JsonNode props = inputs == null ? null : inputs.get("properties");
        return props == null || !props.isObject() ? List.of() : List.copyOf(props.propertyNames());
    }

    private void trigger(JsonNode trigger, Report report) {
        if (trigger == null || trigger.isNull()) {
            return;
        }
        if (!trigger.isObject()) {
            report.add("/trigger", "type_mismatch", "trigger must be an object {\"app\", \"event\", \"params\"}", List.of());
            return;
        }
        String app = trigger.path("app").asString("");
        Optional<Connector> connector = app(app, "/trigger/app", report);
        if (connector.isEmpty()) {
            return;
        }
        String event = trigger.path("event").asString("");
        Optional<TriggerSpec> spec = connector.get().trigger(event);
        if (spec.isEmpty()) {
            List<String> ids = connector.get().triggers().stream().map(TriggerSpec::id).toList();
            report.add("/trigger/event", "unknown_trigger", app + " has no trigger '" + event + "'"
                    + (ids.isEmpty() ? "; it has no triggers at all" : "; it has " + String.join(", ", ids)),
                    Suggestions.closest(event, ids));
            return;
        }
        if (trigger.has("connection")) {
            // without one, the trigger uses the owner's only connection to the app
            connection(trigger.get("connection"), "/trigger", app, false, report);
        }
        JsonNode params = trigger.get("params");
        InputChecks.check(spec.get().input(), params, "/trigger/params", "trigger " + app + "." + event, report);
        if ("schedule".equals(spec.get().type()) && params != null && params.isObject()) {
            Schedules.check(params, report);
        }
    }

    /** A connection is required when the app has auth and none of it is "none". */
    static boolean needsConnection(Connector c) {
        return !c.auth().isEmpty() && c.auth().stream().noneMatch(a -> "none".equals(a.type()));
    }

    /** Checks a step's (or the trigger's) connection name against the owner's connections of {@code app}. */
    void connection(JsonNode connection, String at, String app, boolean needed, Report report) {
        List<String> ofApp = connections.entrySet().stream().filter(e -> e.getValue().equals(app))
                .map(Map.Entry::getKey).sorted().toList();
        if (connection == null || connection.isNull()) {
            if (needed) {
                report.add(at + "/connection", "missing_connection", app + " needs a connection; name one of yours"
                        + (ofApp.isEmpty() ? " (you have none for " + app + " yet: create one first)" : ""), ofApp);
            }
            return;
        }
        String name = connection.asString("");
        if (!app.equals(connections.get(name))) {
            String why = connections.containsKey(name)
                    ? "connection '" + name + "' is for " + connections.get(name) + ", not " + app
                    : "you have no connection named '" + name + "'";
            report.add(at + "/connection", "unknown_connection", why + (ofApp.isEmpty() ? "; create a " + app + " connection first" : ""),
                    Suggestions.closest(name, ofApp).isEmpty() ? ofApp : Suggestions.closest(name, ofApp));
        }
    }

    /** The connector, or a reported {@code unknown_app}. */
    Optional<Connector> app(String app, String pointer, Report report) {
        Optional<Connector> connector = catalog.connector(app);
        if (connector.isEmpty()) {
            report.add(pointer, "unknown_app", "no app '" + app + "' in the catalog", catalog.nearApps(app));
        }
        return connector;
    }

    /** The action spec for {@code app.action}, or reported problems. */
    Optional<ActionSpec> action(String qualified, String pointer, Report report) {
        int dot = qualified.indexOf('.');
        if (dot <= 0) {
            List<String> all = allActions();
            report.add(pointer, "unknown_action", "an action is written app.action, e.g. \"data.transform\"",
                    Suggestions.closest(qualified, all));
            return Optional.empty();
        }
        String app = qualified.substring(0, dot);
        Optional<Connector> connector = catalog.connector(app);
        if (connector.isEmpty()) {
            report.add(pointer, "unknown_app", "no app '" + app + "' in the catalog",
                    Suggestions.closest(qualified, allActions()).isEmpty()
                            ? catalog.nearApps(app)
                            : Suggestions.closest(qualified, allActions()));
            return Optional.empty();
        }
        String id = qualified.substring(dot + 1);
        Optional<ActionSpec> spec = connector.get().action(id);
        if (spec.isEmpty()) {
            List<String> ids = connector.get().actions().stream().map(a -> app + "." + a.id()).toList();
            report.add(pointer, "unknown_action", app + " has no action '" + id + "'", Suggestions.closest(qualified, ids));
        }
        return spec;
    }

    private List<String> allActions() {
        List<String> all = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            c.actions().forEach(a -> all.add(c.app() + "." + a.id()));
        }
        return all;
    }

    Catalog catalog() {
        return catalog;
    }

    Map<String, String> connections() {
        return connections;
    }

    /** Problems in the order found. */
    static final class Report {
        private final List<Problem> problems = new ArrayList<>();

        void add(String pointer, String code, String message, List<String> suggestions) {
            problems.add(new Problem(pointer, code, message, suggestions));
        }

        List<Problem> problems() {
            return List.copyOf(problems);
        }
    }
}
