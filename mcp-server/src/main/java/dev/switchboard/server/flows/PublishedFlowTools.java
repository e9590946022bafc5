package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves each of the caller's published and enabled flows as the tool {@code flow__<slug>}: its
 * input schema comes from the flow's {@code inputs}, and a call runs the live version now, in the
 * request, answering with the flow's output (or the run id and status when it paused).
 *
 * <pre>{@code
 * extensions.addTools(new PublishedFlowTools(library, runtime));
 * // tools/call flow__greeting {"name": "Ada"}  ->  {"text": "Hello Ada"}
 * }</pre>
 */
public final class PublishedFlowTools implements ToolProvider {

    private final FlowLibrary library;
    private final FlowRuntime runtime;

    public PublishedFlowTools(FlowLibrary library, FlowRuntime runtime) {
        this.library = library;
        this.runtime = runtime;
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        List<ServedTool> out = new ArrayList<>();
        for (StoredFlow flow : library.live(caller)) {
            // The listed schema is the live version's, the one a call will run.
            library.liveVersion(flow).ifPresent(version -> out.add(served(flow, version)));
        }
        return out;
    }

    private ServedTool served(StoredFlow flow, FlowVersion version) {
        JsonNode definition = version.definition();
        String description = definition.path("description").isString() ? definition.path("description").asString()
                : "Runs the flow '" + flow.name() + "' (version " + version.version() + ") and returns its output.";
        McpSchema.Tool tool = McpSchema.Tool.builder(flow.toolName(), FlowJson.inputSchema(definition))
                .title(flow.name())
                .description(description)
                .annotations(new McpSchema.ToolAnnotations(flow.name(), false, false, false, true, null))
                .build();
        return new ServedTool(tool, call -> run(call, flow, version));
    }

    private McpSchema.CallToolResult run(ToolCall call, StoredFlow flow, FlowVersion version) {
        // The list this tool came from may be a moment old: check the flow is still the caller's and live.
        StoredFlow current = library.get(call.caller(), flow.id());
        if (!current.live()) {
            throw new ToolException("The flow '" + flow.name() + "' is " + current.status() + " and cannot be run; "
                    + "publish_flow or set_flow_enabled serves it again.");
        }
        FlowVersion live = library.liveVersion(current).orElse(version);
        call.client().progress(0, 1.0, "running " + flow.name() + " v" + live.version());
        Run run;
        try {
            run = runtime.runNow(current.owner(), current.id(), live.version(), live.definition(),
                    FlowJson.JSON.valueToTree(call.arguments()));
        } catch (InvalidFlowException e) {
            // valid when published, no longer now (e.g. a connection it uses was deleted with force)
            throw new ToolException("The flow '" + flow.name() + "' cannot run: " + e.getMessage());
        }
        call.client().progress(1, 1.0, run.status().name());
        return answer(run);
    }

    private static McpSchema.CallToolResult answer(Run run) {
        if (run.status() == RunStatus.SUCCEEDED) {
            JsonNode output = run.output();
            // structuredContent must be an object; other outputs travel under "result"
            if (output != null && output.isObject()) {
                return ToolKit.result(output);
            }
            ObjectNode wrapped = FlowJson.JSON.createObjectNode();
            wrapped.set("result", output == null ? FlowJson.JSON.nullNode() : output);
            return ToolKit.result(wrapped);
        }
        if (run.status().terminal()) {
            throw new ToolException("The flow run " + run.id() + " ended " + run.status()
                    + (run.failedStep() == null ? "" : " at step '" + run.failedStep() + "'")
                    + (run.error() == null ? "" : ": " + run.error()) + ". get_run shows each step; retry_run runs it again.");
        }
        ObjectNode out = FlowJson.run(run);
        out.put("run_id", run.id());
        out.put("next", run.status() == RunStatus.PAUSED
                ? "The run is paused (a delay, an approval or a retry backoff); get_run shows where, resolve_approval answers an approval."
                : "The run goes on in the background; get_run shows its progress.");
        return ToolKit.result(out);
    }
}
