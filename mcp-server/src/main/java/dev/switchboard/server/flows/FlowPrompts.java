package dev.switchboard.server.flows;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.RunQuery;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.PromptProvider;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * MCP prompts about flows: {@code explain_run_failure} (a run's log with the question of why it
 * failed and how to fix it) and {@code build_flow} (the flow format, the apps, and a user's
 * description to turn into a definition, optionally limited to some apps). Run ids complete from
 * the caller's recent failures, app ids from the catalog.
 *
 * <pre>{@code
 * extensions.addPrompts(new FlowPrompts(catalog, runtime));
 * }</pre>
 */
public final class FlowPrompts implements PromptProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RECENT_RUNS = 200;
    private static final Set<RunStatus> FAILURES = EnumSet.complementOf(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING,
            RunStatus.PAUSED, RunStatus.SUCCEEDED));

    private final Catalog catalog;
    private final FlowRuntime runtime;

    public FlowPrompts(Catalog catalog, FlowRuntime runtime) {
        this.catalog = catalog;
        this.runtime = runtime;
    }

    @Override
    public List<McpSchema.Prompt> prompts(Caller caller) {
        return List.of(
                new McpSchema.Prompt("explain_run_failure", "Explain why a run failed and how to fix it", List.of(
                        new McpSchema.PromptArgument("run_id", "The run id (list_runs gives them)", true))),
                new McpSchema.Prompt("build_flow", "Turn a plain-language description into a flow definition", List.of(
                        new McpSchema.PromptArgument("description", "What the flow should do, in English or French", true),
                        new McpSchema.PromptArgument("apps", "Only these apps, comma-separated app ids (list_apps gives them)", false))));
    }

    @Override
    public Optional<McpSchema.GetPromptResult> get(Caller caller, String name, Map<String, Object> arguments) {
        return switch (name) {
            case "explain_run_failure" -> Optional.of(explain(caller, String.valueOf(arguments.get("run_id"))));
            case "build_flow" -> Optional.of(build(String.valueOf(arguments.get("description")), apps(arguments.get("apps"))));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> complete(Caller caller, String prompt, String argument, String prefix) {
        if ("build_flow".equals(prompt) && "apps".equals(argument)) {
            // a comma-separated list: complete its last item, keep the ones before
            int comma = prefix.lastIndexOf(',');
            String head = prefix.substring(0, comma + 1);
            String last = prefix.substring(comma + 1).strip();
            return catalog.connectors().stream().map(Connector::app).filter(app -> app.startsWith(last)).sorted()
                    .map(app -> head + app).toList();
        }
        if (!"explain_run_failure".equals(prompt) || !"run_id".equals(argument)) {
            return List.of();
        }
        return runtime.query(caller.owner(), RunQuery.all().withStatuses(FAILURES), RECENT_RUNS).stream()
                .map(Run::id).filter(id -> id.startsWith(prefix)).toList();
    }

    private Set<String> apps(Object list) {
        if (!(list instanceof String text) || text.isBlank()) {
            return Set.of();
        }
        Set<String> apps = new LinkedHashSet<>();
        for (String app : text.split(",")) {
            String id = app.strip();
            if (catalog.connector(id).isEmpty()) {
                throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message("build_flow: no app '" + id
                        + "' in the catalog; list_apps (or completion on \"apps\") gives the app ids").build();
            }
            apps.add(id);
        }
        return apps;
    }

    private McpSchema.GetPromptResult explain(Caller caller, String runId) {
        Run run = runtime.get(runId, caller.owner()).orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                .message("You have no run with id '" + runId + "'; list_runs shows your runs").build());
        ObjectNode log = JSON.createObjectNode();
        log.set("run", JSON.valueToTree(run));
        log.set("steps", JSON.valueToTree(runtime.steps(runId, caller.owner())));
        String text = "Here is the log of a Switchboard flow run (status " + run.status()
                + (run.failedStep() == null ? "" : ", failing step '" + run.failedStep() + "'") + "). Explain in plain words "
                + "why it ended this way, point to the step and the input or connection that caused it, and say how to fix "
                + "the flow or its connection. If a retry would help, say whether from the start or from the failed step "
                + "(retry_run).\n\n```json\n" + log.toPrettyString() + "\n```";
        return new McpSchema.GetPromptResult("Why run " + runId + " ended " + run.status(),
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
    }

    private McpSchema.GetPromptResult build(String description, Set<String> only) {
        String apps = catalog.connectors().stream().filter(c -> only.isEmpty() || only.contains(c.app()))
                .map(c -> "- " + c.app() + " (" + c.name() + "): actions " + c.actions().stream().map(a -> a.id())
                        .collect(Collectors.joining(", ")) + triggers(c))
                .collect(Collectors.joining("\n"));
        String text = "Write a Switchboard flow definition (JSON, format \"switchboard.flow/v1\") for this need:\n\n"
                + description + "\n\n"
                + "Shape: {\"format\": \"switchboard.flow/v1\", \"name\": …, \"inputs\": <JSON Schema of the inputs>, "
                + "\"trigger\": {\"app\", \"event\", \"params\"}, \"steps\": [ … ], \"output\": \"{{ … }}\"}. "
                + "An action step is {\"id\", \"action\": \"<app>.<action>\", \"connection\": <name, when the app needs one>, "
                + "\"input\": {…}}; control steps are if/then/else, for_each/do (loop.item, loop.index), delay (ISO-8601), "
                + "approval {message} and stop. Strings may hold {{ JSONata }} templates reading trigger, inputs, "
                + "steps.<id> and loop.item. Use only these apps, actions and triggers (get_app and search_tools give "
                + "each action's input schema):\n" + apps + "\n\n"
                + "Then check it with validate_flow and fix every reported problem before create_flow and publish_flow.";
        return new McpSchema.GetPromptResult("Build a flow",
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
    }

    private static String triggers(Connector connector) {
        return connector.triggers().isEmpty() ? ""
                : "; triggers " + connector.triggers().stream().map(t -> t.id()).collect(Collectors.joining(", "));
    }
}
