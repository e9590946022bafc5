package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.RunQuery;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ResourceProvider;
import dev.switchboard.server.mcp.ToolException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The caller's flows as MCP resources — {@code switchboard://flows/{id}} (the draft definition)
 * and {@code switchboard://flows/{id}/diagram} (a Mermaid flowchart) — and their runs as
 * {@code switchboard://runs/{id}} (status, error and every step's log, secrets redacted).
 * Another owner's flow or run reads as not found.
 *
 * <pre>{@code
 * extensions.addResources(new FlowResources(flows, runtime));
 * }</pre>
 */
public final class FlowResources implements ResourceProvider {

    private static final Pattern FLOW = Pattern.compile("switchboard://flows/([^/]+)(/diagram)?");
    private static final Pattern RUN = Pattern.compile("switchboard://runs/([^/]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RECENT_RUNS = 200;

    private final FlowLibrary flows;
    private final FlowRuntime runtime;

    public FlowResources(FlowLibrary flows, FlowRuntime runtime) {
        this.flows = flows;
        this.runtime = runtime;
    }

    @Override
    public List<McpSchema.Resource> resources(Caller caller) {
        List<McpSchema.Resource> resources = new ArrayList<>();
        for (StoredFlow flow : flows.list(caller)) {
            resources.add(McpSchema.Resource.builder("switchboard://flows/" + flow.id(), flow.name())
                    .mimeType("application/json").description("Flow definition (draft) of '" + flow.name() + "'").build());
            resources.add(McpSchema.Resource.builder("switchboard://flows/" + flow.id() + "/diagram", flow.name() + " (diagram)")
                    .mimeType("text/vnd.mermaid").description("Mermaid flowchart of '" + flow.name() + "'").build());
        }
        return resources;
    }

    @Override
    public List<McpSchema.ResourceTemplate> templates(Caller caller) {
        return List.of(
                McpSchema.ResourceTemplate.builder("switchboard://flows/{id}", "Flow definition").mimeType("application/json")
                        .description("A flow's draft definition; list_flows gives the ids").build(),
                McpSchema.ResourceTemplate.builder("switchboard://flows/{id}/diagram", "Flow diagram")
                        .mimeType("text/vnd.mermaid").description("A Mermaid flowchart of a flow").build(),
                McpSchema.ResourceTemplate.builder("switchboard://runs/{id}", "Run log").mimeType("application/json")
                        .description("A run with its status, error and every step's log; list_runs gives the ids").build());
    }

    /**
     * Flow ids for the flow templates (a prefix of the id or of the slug matches) and the ids of
     * the caller's recent runs for the run template; another owner's never appear.
     */
    @Override
    public List<String> complete(Caller caller, String uriTemplate, String argument, String prefix) {
        if (!"id".equals(argument)) {
            return List.of();
        }
        if (uriTemplate.startsWith("switchboard://flows/")) {
            return flows.list(caller).stream()
                    .filter(f -> f.id().startsWith(prefix) || f.slug().startsWith(prefix.toLowerCase(java.util.Locale.ROOT)))
                    .map(StoredFlow::id).toList();
        }
        if (uriTemplate.equals("switchboard://runs/{id}")) {
            return runtime.query(caller.owner(), RunQuery.all(), RECENT_RUNS).stream().map(Run::id)
                    .filter(id -> id.startsWith(prefix)).toList();
        }
        return List.of();
    }

    @Override
    public Optional<McpSchema.ReadResourceResult> read(Caller caller, String uri) {
        Matcher flow = FLOW.matcher(uri);
        if (flow.matches()) {
            StoredFlow stored;
            try {
                stored = flows.get(caller, flow.group(1));
            } catch (ToolException e) {
                return Optional.empty(); // someone else's flow looks missing
            }
            if (flow.group(2) != null) {
                String chart;
                try {
                    chart = Mermaid.of(Flows.read(stored.draft()));
                } catch (RuntimeException e) {
                    chart = "flowchart TD\n  invalid[\"the draft cannot be drawn: fix it with validate_flow\"]\n";
                }
                return Optional.of(text(uri, "text/vnd.mermaid", chart));
            }
            return Optional.of(text(uri, "application/json", stored.draft().toPrettyString()));
        }
        Matcher run = RUN.matcher(uri);
        if (run.matches()) {
            Optional<Run> found = runtime.get(run.group(1), caller.owner());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode log = JSON.createObjectNode();
            log.set("run", JSON.valueToTree(found.get()));
            log.set("steps", JSON.valueToTree(runtime.steps(run.group(1), caller.owner())));
            return Optional.of(text(uri, "application/json", log.toPrettyString()));
        }
        return Optional.empty();
    }

    private static McpSchema.ReadResourceResult text(String uri, String mime, String text) {
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, mime, text)));
    }
}
