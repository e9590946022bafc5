package dev.switchboard.server.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code switchboard serve --stdio} as a child process, driven by the MCP Java SDK client and by raw lines. */
class McpOverStdioTest {

    @TempDir
    Path data;

    @Test
    void sdkClient_initializesListsPagesAndCallsTools() {
        StdioClientTransport transport = new StdioClientTransport(serverParameters(),
                new JacksonMcpJsonMapper(JsonMapper.builder().build()));
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
            McpSchema.InitializeResult init = client.initialize();
            assertThat(init.serverInfo().name()).isEqualTo("switchboard");

            List<String> names = new ArrayList<>();
            String cursor = null;
            do {
                McpSchema.ListToolsResult page = client.listTools(cursor);
                assertThat(page.tools()).hasSizeLessThanOrEqualTo(5);
                page.tools().forEach(tool -> names.add(tool.name()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(names).doesNotHaveDuplicates().contains("test_simple_text", "search_tools", "http__request");

            McpSchema.CallToolResult ok = client.callTool(new McpSchema.CallToolRequest("test_simple_text", Map.of()));
            assertThat(ok.isError()).isNotEqualTo(Boolean.TRUE);

            McpSchema.CallToolResult unknown = client.callTool(new McpSchema.CallToolRequest("no_such_tool", Map.of()));
            assertThat(unknown.isError()).isTrue();
            assertThat(text(unknown)).contains("Unknown tool 'no_such_tool'");

            McpSchema.CallToolResult invalid = client.callTool(new McpSchema.CallToolRequest("test_elicitation", Map.of()));
            assertThat(invalid.isError()).isTrue();
            assertThat(text(invalid)).contains("message");
        }
    }

    @Test
    void malformedLines_getAnErrorAndTheSessionGoesOn_andStdoutCarriesOnlyJson() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(serverArguments());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream stdin = process.getOutputStream();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            JsonMapper json = JsonMapper.builder().build();

            send(stdin, "{this is not json");
            JsonNode parseError = json.readTree(stdout.readLine());
            assertThat(parseError.path("error").path("code").asInt()).isEqualTo(-32700);

            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
            JsonNode init = json.readTree(stdout.readLine());
            assertThat(init.path("result").path("protocolVersion").asString()).isEqualTo("2025-06-18");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

            send(stdin, "[1,2,3]");
            JsonNode batch = json.readTree(stdout.readLine());
            assertThat(batch.path("error").path("message").asString()).contains("batches are not supported");

            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"no/such/method\"}");
            JsonNode unknown = json.readTree(stdout.readLine());
            assertThat(unknown.path("id").asInt()).isEqualTo(2);
            assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32601);

            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}");
            JsonNode ping = json.readTree(stdout.readLine());
            assertThat(ping.path("id").asInt()).isEqualTo(3);
            assertThat(ping.has("result")).isTrue();

            stdin.close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the server exits when stdin closes").isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.readLine()).as("nothing but MCP messages on stdout").isNull();
        } finally {
            process.destroyForcibly();
        }
    }

    private ServerParameters serverParameters() {
        return ServerParameters.builder(javaBinary()).args(serverArguments()).build();
    }

    private List<String> serverArguments() {
        return List.of("-cp", System.getProperty("java.class.path"), "dev.switchboard.server.Main",
                "serve", "--stdio", "--data", data.toString(), "--page-size", "5", "--conformance-fixtures");
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void send(OutputStream stdin, String line) throws Exception {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
