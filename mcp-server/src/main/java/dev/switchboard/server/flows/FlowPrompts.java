package dev.switchboard.server.flows;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.PromptProvider;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * MCP prompts about flows: {@code explain_run_failure} (a run's log with the question of why it
 * failed and how to fix it) and {@code build_flow} (the flow format, the apps, and a user's
 * description to turn into a definition). Run ids complete from the caller's recent failures.
 *
 * <pre>{@code
 * extensions.addPrompts(new FlowPrompts(catalog, runtime));
 * }</pre>
 */
public final class FlowPrompts implements PromptProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RECENT_RUNS = 200;

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
                        new McpSchema.PromptArgument("description", "What the flow should do, in English or French", true))));
    }

    @Override
    public Optional<McpSchema.GetPromptResult> get(Caller caller, String name, Map<String, Object> arguments) {
        return switch (name) {
            case "explain_run_failure" -> Optional.of(explain(caller, String.valueOf(arguments.get("run_id"))));
            case "build_flow" -> Optional.of(build(String.valueOf(arguments.get("description"))));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> complete(Caller caller, String prompt, String argument, String prefix) {
        if (!"explain_run_failure".equals(prompt) || !"run_id".equals(argument)) {
            return List.of();
        }
        return runtime.list(caller.owner(), null, RECENT_RUNS).stream()
                .filter(run -> run.status().terminal() && run.status() != RunStatus.SUCCEEDED)
                .map(Run::id).filter(id -> id.startsWith(prefix)).toList();
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

    private McpSchema.GetPromptResult build(String description) {
        String apps = catalog.connectors().stream()
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
