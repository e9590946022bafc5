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

    @Test
    void prompts_explainAFailedRun_andBuildAFlow_withRunIdsCompleted() {
        Map<String, Object> broken = Map.of("format", "switchboard.flow/v1", "name", "Greets nobody",
                "inputs", Map.of("type", "object", "properties", Map.of()),
                "steps", List.of(Map.of("id", "greet", "action", "data.format_text",
                        "input", Map.of("template", "Hello {nobody}", "values", Map.of()))));
        String id = (String) ok(carol, "create_flow", Map.of("definition", broken)).get("id");
        ok(carol, "publish_flow", Map.of("id", id));
        assertThat(carol.callTool(new McpSchema.CallToolRequest("flow__greets-nobody", Map.of())).isError()).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) ok(carol, "list_runs", Map.of("flow", id)).get("runs");
        String runId = String.valueOf(runs.get(0).get("id"));

        assertThat(carol.listPrompts().prompts()).extracting(McpSchema.Prompt::name).contains("explain_run_failure", "build_flow");
        McpSchema.GetPromptResult explain = carol.getPrompt(new McpSchema.GetPromptRequest("explain_run_failure", Map.of("run_id", runId)));
        String text = ((McpSchema.TextContent) explain.messages().get(0).content()).text();
        assertThat(text).contains("FAILED").contains("failing step 'greet'").contains("nobody").contains("retry_run");

        McpSchema.CompleteResult completion = carol.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("explain_run_failure"), new McpSchema.CompleteRequest.CompleteArgument("run_id", "")));
        assertThat(completion.completion().values()).contains(runId);
        assertThatThrownBy(() -> dave.getPrompt(new McpSchema.GetPromptRequest("explain_run_failure", Map.of("run_id", runId))))
                .isInstanceOf(McpError.class).hasMessageContaining("no run");

        McpSchema.GetPromptResult build = carol.getPrompt(new McpSchema.GetPromptRequest("build_flow",
                Map.of("description", "Quand un formulaire Kizeo est fini, envoyer le PDF sur Google Drive")));
        assertThat(((McpSchema.TextContent) build.messages().get(0).content()).text())
                .contains("Quand un formulaire Kizeo est fini").contains("kizeo_forms").contains("download_standard_pdf")
                .contains("google_drive").contains("validate_flow");
    }
}
