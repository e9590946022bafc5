package dev.switchboard.server.flows;

import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a flow tool call answers for a run as it stands: the output of a run that succeeded, an
 * error result naming the failing step, or the run id and how to follow a run that goes on.
 *
 * <pre>{@code
 * return FlowAnswers.of(runtime.get(runId, owner).orElseThrow());
 * }</pre>
 */
final class FlowAnswers {

    private FlowAnswers() {
    }

    static McpSchema.CallToolResult of(Run run) {
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
            return McpSchema.CallToolResult.builder().isError(true).content(List.of(new McpSchema.TextContent(
                    "The flow run " + run.id() + " ended " + run.status()
                    + (run.failedStep() == null ? "" : " at step '" + run.failedStep() + "'")
                    + (run.error() == null ? "" : ": " + run.error()) + ". get_run shows each step; retry_run runs it again.")))
                    .build();
        }
        ObjectNode out = FlowJson.run(run);
        out.put("run_id", run.id());
        out.put("resource", "switchboard://runs/" + run.id());
        String next = RunWaiter.waitsForApproval(run)
                ? "The run waits for an approval at step '" + run.waitingStep() + "': resolve_approval {run_id, approve} answers it."
                : run.status() == RunStatus.PAUSED
                ? "The run is paused (a delay or a retry backoff) and resumes by itself."
                : "The run is " + run.status() + " and goes on in the background.";
        next += " Follow it with get_run {\"id\": \"" + run.id() + "\"} or by reading switchboard://runs/" + run.id() + ".";
        out.put("next", next);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = FlowJson.JSON.convertValue(out, Map.class);
        return McpSchema.CallToolResult.builder()
                .content(List.of(new McpSchema.TextContent(next), new McpSchema.TextContent(out.toString())))
                .structuredContent(structured)
                .build();
    }
}
