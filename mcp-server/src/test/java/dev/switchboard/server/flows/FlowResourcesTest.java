package dev.switchboard.server.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flows and runs as MCP resources: the definition, a Mermaid diagram and the run log, per owner. */
class FlowResourcesTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient carol;
    static McpSyncClient dave;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register("sb_carol_token_0123456789abcdef", Caller.user("carol"), "carol");
        server.app().tokens().register("sb_dave_token_0123456789abcdefg", Caller.user("dave"), "dave");
        carol = server.client("sb_carol_token_0123456789abcdef");
        dave = server.client("sb_dave_token_0123456789abcdefg");
    }

    @AfterAll
    static void stop() throws Exception {
        carol.close();
        dave.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(String.valueOf(result.content())).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    private static String read(McpSyncClient client, String uri) {
        return ((McpSchema.TextResourceContents) client.readResource(new McpSchema.ReadResourceRequest(uri)).contents().get(0)).text();
    }

    @Test
    void flowDefinitionDiagramAndRunLog_areResources_ofTheirOwnerOnly() {
        Map<String, Object> definition = Map.of("format", "switchboard.flow/v1", "name", "Check and greet",
                "inputs", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string")), "required", List.of("name")),
                "steps", List.of(
                        Map.of("id", "check", "if", "{{ inputs.name = 'Ann' }}",
                                "then", List.of(Map.of("id", "vip", "action", "data.format_text",
                                        "input", Map.of("template", "Welcome back {who}", "values", Map.of("who", "{{ inputs.name }}")))),
                                "else", List.of(Map.of("id", "hello", "action", "data.format_text",
                                        "input", Map.of("template", "Hello {who}", "values", Map.of("who", "{{ inputs.name }}"))))),
                        Map.of("id", "keep", "action", "storage.put", "input", Map.of("key", "last", "value", "{{ inputs.name }}"))));
        String id = (String) ok(carol, "create_flow", Map.of("definition", definition)).get("id");

        List<String> uris = carol.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
        assertThat(uris).contains("switchboard://flows/" + id, "switchboard://flows/" + id + "/diagram");
        assertThat(read(carol, "switchboard://flows/" + id)).contains("\"Check and greet\"").contains("storage.put");
        String diagram = read(carol, "switchboard://flows/" + id + "/diagram");
        assertThat(diagram).startsWith("flowchart TD").contains("check: if").contains("-->|then|").contains("-->|else|")
                .contains("vip: data.format_text").contains("keep: storage.put").contains("trigger");

        ok(carol, "publish_flow", Map.of("id", id));
        McpSchema.CallToolResult run = carol.callTool(new McpSchema.CallToolRequest("flow__check-and-greet", Map.of("name", "Ann")));
        assertThat(run.isError()).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) ok(carol, "list_runs", Map.of()).get("runs");
        String runId = String.valueOf(runs.get(0).get("id"));
        String log = read(carol, "switchboard://runs/" + runId);
        assertThat(log).contains("SUCCEEDED").contains("Welcome back Ann").contains("\"vip\"");

        assertThat(dave.listResources().resources()).extracting(McpSchema.Resource::uri).doesNotContain("switchboard://flows/" + id);
        assertThatThrownBy(() -> read(dave, "switchboard://flows/" + id)).isInstanceOf(McpError.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> read(dave, "switchboard://runs/" + runId)).isInstanceOf(McpError.class).hasMessageContaining("not found");
    }
}
