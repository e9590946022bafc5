package dev.switchboard.server.flows;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.grounding.BuildPrompts;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * MCP prompts about flows: {@code explain_run_failure} (a run's log with the question of why it
 * failed and how to fix it) and {@code build_flow} (the builder's own grounded prompt: the flow
 * format, examples and the part of the catalog that matches the description, with the apps
 * the user names, for clients that build the flow themselves with validate_flow and create_flow).
 * Run ids complete from the caller's recent failures, app ids from the catalog.
 *
 * <pre>{@code
 * extensions.addPrompts(new FlowPrompts(catalog, runtime, new BuildPrompts(catalog)));
 * }</pre>
 */
public final class FlowPrompts implements PromptProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RECENT_RUNS = 200;
    private static final Set<RunStatus> FAILURES = EnumSet.complementOf(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING,
            RunStatus.PAUSED, RunStatus.SUCCEEDED));

    private final Catalog catalog;
    private final BuildPrompts buildPrompts;
    private final FlowRuntime runtime;

    public FlowPrompts(Catalog catalog, FlowRuntime runtime, BuildPrompts buildPrompts) {
        this.catalog = catalog;
        this.buildPrompts = buildPrompts;
        this.runtime = runtime;
    }

    @Override
    public List<McpSchema.Prompt> prompts(Caller caller) {
        return List.of(
                new McpSchema.Prompt("explain_run_failure", "Explain why a run failed and how to fix it", List.of(
                        new McpSchema.PromptArgument("run_id", "The run id (list_runs gives them)", true))),
                new McpSchema.Prompt("build_flow", "Turn a plain-language description into a flow definition", List.of(
                        new McpSchema.PromptArgument("description", "What the flow should do, in English or French", true),
                        new McpSchema.PromptArgument("apps", "Apps to use, comma-separated app ids (list_apps gives them)", false),
                        new McpSchema.PromptArgument("language", "en or fr (detected when left out)", false))));
    }

    @Override
    public Optional<McpSchema.GetPromptResult> get(Caller caller, String name, Map<String, Object> arguments) {
        return switch (name) {
            case "explain_run_failure" -> Optional.of(explain(caller, String.valueOf(arguments.get("run_id"))));
            case "build_flow" -> Optional.of(build(arguments));
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
                List<String> near = catalog.nearApps(id);
                throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message("build_flow: no app '" + id + "' in the catalog"
                        + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)")
                        + "; list_apps (or completion on \"apps\") gives the app ids").build();
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

    private McpSchema.GetPromptResult build(Map<String, Object> arguments) {
        Object description = arguments.get("description");
        if (description == null || String.valueOf(description).isBlank()) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message("Give description: what the flow should do, in English or French").build();
        }
        Object language = arguments.get("language");
        String text = buildPrompts.forClient(new BuildRequest(String.valueOf(description),
                language == null || String.valueOf(language).isBlank() ? null : String.valueOf(language),
                List.copyOf(apps(arguments.get("apps")))));
        return new McpSchema.GetPromptResult("Build a flow",
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
    }
}
