package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.server.mcp.ClientChannel;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * Puts the approval a run waits on to the user through MCP elicitation (the client must offer
 * it), and records their decision as {@code resolve_approval} would.
 *
 * <pre>{@code
 * Boolean approved = ApprovalElicitation.ask(call.client(), owner, run, runtime, Map.of()); // null: put off
 * }</pre>
 */
final class ApprovalElicitation {

    private ApprovalElicitation() {
    }

    /**
     * True or false once the user decided (and the decision is recorded); null when they declined to answer.
     *
     * @param meta the elicitation request's {@code _meta} (e.g. the related task); may be empty
     */
    static Boolean ask(ClientChannel client, String owner, Run run, FlowRuntime runtime, Map<String, Object> meta) {
        Map<String, Object> schema = Map.of("type", "object",
                "properties", Map.of(
                        "approve", Map.of("type", "boolean", "title", "Approve",
                                "description", "true lets the run go on; false rejects it and the run fails"),
                        "comment", Map.of("type", "string", "title", "Comment", "description", "Optional note kept with the decision")),
                "required", List.of("approve"));
        McpSchema.ElicitFormRequest.Builder request = McpSchema.ElicitFormRequest.builder(message(run, runtime, owner), schema);
        if (!meta.isEmpty()) {
            request.meta(meta);
        }
        McpSchema.ElicitResult answer = client.elicit(request.build());
        if (answer.action() != McpSchema.ElicitResult.Action.ACCEPT || answer.content() == null
                || !(answer.content().get("approve") instanceof Boolean approve)) {
            return null;
        }
        Object comment = answer.content().get("comment");
        if (!runtime.resolveApproval(run.id(), owner, approve, comment instanceof String text && !text.isBlank() ? text : null)) {
            return null; // decided meanwhile through resolve_approval, or canceled
        }
        return approve;
    }

    private static String message(Run run, FlowRuntime runtime, String owner) {
        String asked = runtime.steps(run.id(), owner).stream()
                .filter(s -> s.key().equals(run.waitingStep()))
                .map(StepRecord::input)
                .filter(input -> input != null && input.path("message").isString())
                .map(input -> input.path("message").asString())
                .findFirst().orElse("");
        return "The flow '" + run.flowName() + "' (run " + run.id() + ") waits for your approval at step '"
                + run.waitingStep() + "'" + (asked.isEmpty() ? "." : ": " + asked);
    }
}
