package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.RunningServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP Java SDK client against the real server over Streamable HTTP. */
class McpOverHttpTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, config -> config.withPageSize(5));
        client = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void initialize_negotiatesNewestRevisionAndNamesTheServer() {
        McpSchema.InitializeResult init = client.getCurrentInitializationResult();
        assertThat(init.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(init.serverInfo().name()).isEqualTo("switchboard");
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(init.capabilities().logging()).isNotNull();
    }

    @Test
    void toolsList_isPaginatedAndEveryPageIsReachableByCursor() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            McpSchema.ListToolsResult page = client.listTools(cursor);
            assertThat(page.tools()).hasSizeLessThanOrEqualTo(5);
            page.tools().forEach(tool -> names.add(tool.name()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        int total = server.app().toolCount(dev.switchboard.server.auth.Caller.admin());
        assertThat(pages).isEqualTo((total + 4) / 5);
        assertThat(names).hasSize(total).doesNotHaveDuplicates()
                .contains("test_simple_text", "test_sampling", "search_tools", "http__request", "data__transform");
        assertThat(names).allMatch(name -> name.matches("^[a-z0-9_-]{1,64}$"));
    }

    @Test
    void toolsList_withForgedCursor_isAnInvalidParamsError() {
        assertThatThrownBy(() -> client.listTools("not-a-cursor"))
                .isInstanceOf(McpError.class)
                .hasMessageContaining("invalid cursor");
    }

    @Test
    void toolsCall_returnsTheToolsContent() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("test_simple_text", Map.of()));
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("simple text");
    }

    @Test
    void toolsCall_unknownTool_isAnErrorResultWithSuggestions() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("test_simple_txt", Map.of()));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Unknown tool 'test_simple_txt'").contains("Did you mean: test_simple_text");
    }

    @Test
    void toolsCall_missingArgument_isAnErrorResultNamingTheField() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("test_sampling", Map.of()));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Invalid arguments for tool 'test_sampling'").contains("prompt");
    }

    @Test
    void toolsCall_wrongArgumentType_isAnErrorResultNamingTheField() {
        McpSchema.CallToolResult result = client.callTool(
                new McpSchema.CallToolRequest("test_sampling", Map.of("prompt", 42)));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("prompt:").contains("string");
    }

    @Test
    void toolsCall_progressAndLogMessagesReachTheCaller() {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        List<McpSchema.LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();
        try (McpSyncClient listening = server.clientSpec().progressConsumer(progress::add).loggingConsumer(logs::add).build()) {
            listening.initialize();
            listening.callTool(McpSchema.CallToolRequest.builder("test_tool_with_progress")
                    .arguments(Map.of()).meta(Map.of("progressToken", "p1")).build());
            listening.callTool(new McpSchema.CallToolRequest("test_tool_with_logging", Map.of()));
            // notifications reach the consumers on the client's own threads, possibly after the result
            await().atMost(Duration.ofSeconds(10)).until(() -> progress.size() >= 3 && logs.size() >= 3);
        }
        // the server writes them in order on the call's stream, but the SDK client may hand them to the consumer out of
        // order (seen in a loaded build); the wire order is checked by the conformance suite's progress scenario
        assertThat(progress).extracting(McpSchema.ProgressNotification::progress).containsExactlyInAnyOrder(0.0, 50.0, 100.0);
        assertThat(logs).hasSize(3).allMatch(log -> log.level() == McpSchema.LoggingLevel.INFO);
    }

    @Test
    void toolsCall_samplingIsAnsweredByTheClientsModel() {
        try (McpSyncClient sampling = server.clientSpec()
                .capabilities(McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(request -> McpSchema.CreateMessageResult.builder(McpSchema.Role.ASSISTANT,
                        "echo: " + ((McpSchema.TextContent) request.messages().get(0).content()).text(), "stub-model").build())
                .build()) {
            sampling.initialize();
            McpSchema.CallToolResult result = sampling.callTool(
                    new McpSchema.CallToolRequest("test_sampling", Map.of("prompt", "hello")));
            assertThat(text(result)).isEqualTo("LLM response: echo: hello");
        }
    }

    @Test
    void resourcesAndPrompts_areServedFromTheExtensions() {
        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri).contains("test://static-text");
        McpSchema.ReadResourceResult read = client.readResource(new McpSchema.ReadResourceRequest("test://template/77/data"));
        assertThat(((McpSchema.TextResourceContents) read.contents().get(0)).text()).contains("77");
        assertThatThrownBy(() -> client.readResource(new McpSchema.ReadResourceRequest("test://nothing")))
                .isInstanceOf(McpError.class).hasMessageContaining("Resource not found");
        McpSchema.GetPromptResult prompt = client.getPrompt(
                new McpSchema.GetPromptRequest("test_prompt_with_arguments", Map.of("arg1", "a", "arg2", "b")));
        assertThat(((McpSchema.TextContent) prompt.messages().get(0).content()).text()).contains("a").contains("b");
        assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("test_prompt_with_arguments", Map.of())))
                .isInstanceOf(McpError.class).hasMessageContaining("arg1");
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
