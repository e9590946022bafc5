package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.greeting;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static dev.switchboard.server.flows.FlowToolsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code flows.run_flow}: a published flow run as a step of another, through the real server and the SDK client. */
class SubflowTest extends OwnersOnOneServer {

    /** A flow whose one step runs the flow {@code slug} with the input {@code name}. */
    static Map<String, Object> caller(String name, String slug) {
        return Map.of("format", "switchboard.flow/v1", "name", name,
                "inputs", FlowToolsTest.NAME_INPUT,
                "steps", List.of(Map.of("id", "inner", "action", "flows.run_flow",
                        "input", Map.of("flow", slug, "inputs", Map.of("name", "{{ inputs.name }}")))),
                "output", "{{ steps.inner.output }}");
    }

    static String publish(McpSyncClient client, Map<String, Object> definition) {
        String id = (String) ok(client, "create_flow", Map.of("definition", definition)).get("id");
        ok(client, "publish_flow", Map.of("id", id));
        return id;
    }

    @Test
    void aFlowRunsAnotherOfItsOwnersPublishedFlows_andUsesItsOutput() {
        McpSyncClient alice = client("alice");
        publish(alice, greeting("Greet Inner", "Hi {who}"));
        publish(alice, caller("Greet Outer", "greet-inner"));
        Map<String, Object> out = ok(alice, "flow__greet-outer", Map.of("name", "Ada"));
        assertThat(out.toString()).contains("Hi Ada");
    }

    @Test
    void anotherOwnersFlow_isNotFound_andTheStepFailsSayingWhy() {
        McpSyncClient alice = client("alice");
        McpSyncClient bob = client("bob");
        publish(alice, greeting("Alice Only", "Secret {who}"));
        publish(bob, caller("Bob Borrows", "alice-only"));
        McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest("flow__bob-borrows", Map.of("name", "Eve")));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("no published and enabled flow 'alice-only'").doesNotContain("Secret");
    }

    @Test
    void theActionsOwnTool_runsOnlyTheCallersFlows() {
        McpSyncClient alice = client("alice");
        McpSyncClient bob = client("bob");
        publish(alice, greeting("Tool Inner", "Hey {who}"));
        Map<String, Object> out = ok(alice, "flows__run_flow", Map.of("flow", "tool-inner", "inputs", Map.of("name", "Lin")));
        assertThat(out).containsEntry("status", "SUCCEEDED");
        assertThat(out.get("output").toString()).contains("Hey Lin");
        McpSchema.CallToolResult stolen = bob.callTool(new McpSchema.CallToolRequest("flows__run_flow",
                Map.of("flow", "tool-inner", "inputs", Map.of("name", "Eve"))));
        assertThat(stolen.isError()).isTrue();
        assertThat(text(stolen)).contains("no published and enabled flow 'tool-inner'").doesNotContain("Hey");
    }

    @Test
    void aFlowThatRunsItself_stopsAtTheNestingLimit() {
        McpSyncClient alice = client("alice");
        String id = publish(alice, caller("Loop Forever", "loop-forever"));
        McpSchema.CallToolResult result = alice.callTool(new McpSchema.CallToolRequest("flow__loop-forever", Map.of("name", "x")));
        assertThat(result.isError()).as(result.toString()).isTrue();
        assertThat(text(result)).contains("at most " + SubflowAction.MAX_DEPTH + " deep");
        List<Map<String, Object>> runs = FlowToolsTest.maps(ok(alice, "list_runs", Map.of("flow", id)).get("runs"));
        assertThat(runs).hasSize(SubflowAction.MAX_DEPTH).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("FAILED"));
    }
}
