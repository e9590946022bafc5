package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTTP against the real server: what a broken, foreign or hostile client gets. */
class HttpEdgeTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

    @TempDir
    static Path data;

    static RunningServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, config -> config.withMaxRequestBytes(64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void malformedJson_isAParseErrorWithoutJavaDetails() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\": \"2.0\", \"method\": ", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32700").contains("not valid JSON");
        assertCleanError(response.body());
    }

    @Test
    void jsonThatIsNotJsonRpc_isAnInvalidRequest() throws Exception {
        HttpResponse<String> response = post("{\"id\":1,\"method\":\"ping\"}", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":-32600").contains("\\\"jsonrpc\\\" must be \\\"2.0\\\"");
    }

    @Test
    void unknownMethod_isMethodNotFound() throws Exception {
        String session = openSession();
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/frobnicate\"}", session);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":7").contains("-32601");
    }

    @Test
    void samplingRequest_travelsOnTheToolCallsOwnStream() throws Exception {
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{\"sampling\":{}},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
        HttpResponse<String> opened = post(init, null);
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);

        // No GET stream is ever opened: the request must arrive on the POST's own SSE response.
        HttpRequest call = mcpPost("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"test_sampling\",\"arguments\":{\"prompt\":\"hi\"}}}")
                .header("Mcp-Session-Id", session).build();
        java.util.Iterator<String> lines = HTTP.send(call, HttpResponse.BodyHandlers.ofLines()).body().iterator();
        String samplingRequest = nextData(lines);
        assertThat(samplingRequest).contains("\"method\":\"sampling/createMessage\"").contains("hi");
        String requestId = samplingRequest.replaceAll(".*\"id\":\"?([^\",}]+)\"?.*", "$1");
        String reply = "{\"jsonrpc\":\"2.0\",\"id\":" + (samplingRequest.contains("\"id\":\"") ? "\"" + requestId + "\"" : requestId)
                + ",\"result\":{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"hello back\"},\"model\":\"stub\"}}";
        assertThat(post(reply, session).statusCode()).isEqualTo(202);
        String result = nextData(lines);
        assertThat(result).contains("\"id\":9").contains("LLM response: hello back");
    }

    private static String nextData(java.util.Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:") && line.length() > 6) {
                return line.substring(5).strip();
            }
        }
        throw new AssertionError("the stream ended without a message");
    }

    @Test
    void unknownSession_isA404WithACleanJsonRpcError() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}", "no-such-session");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"jsonrpc\":\"2.0\"");
        assertCleanError(response.body());
    }

    @Test
    void oversizeBody_is413AndNothingIsProcessed() throws Exception {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}}";
        HttpResponse<String> response = post(huge, null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too large").contains("65536");
    }

    @Test
    void foreignOrigin_is403() throws Exception {
        HttpResponse<String> response = HTTP.send(mcpPost(INITIALIZE).header("Origin", "https://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Origin 'https://evil.example' is not allowed");
    }

    @Test
    void loopbackOrigin_isAccepted() throws Exception {
        HttpResponse<String> response = HTTP.send(mcpPost(INITIALIZE)
                .header("Origin", "http://localhost:" + server.port()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void foreignHost_is403() throws Exception {
        String reply = rawRequest("GET /health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 403").contains("Host 'evil.example' is not allowed");
    }

    @Test
    void missingOrWrongToken_is401WithAChallenge() throws Exception {
        HttpRequest noToken = HttpRequest.newBuilder(server.mcpUrl()).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build();
        HttpResponse<String> response = HTTP.send(noToken, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(server.mcpUrl())
                .header("Authorization", "Bearer sb_wrong").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("unknown bearer token").doesNotContain("sb_wrong");
    }

    @Test
    void health_isOpenAndReportsTheDatabase() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
    }

    @Test
    void metrics_countRequestsPerMethodAndPerTool() throws Exception {
        try (McpSyncClient client = server.client()) {
            client.callTool(new McpSchema.CallToolRequest("test_image_content", Map.of()));
        }
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(server.url("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url("/metrics"))
                .header("Authorization", "Bearer " + server.adminToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("mcp_requests_seconds_count\\{method=\"tools/call\",outcome=\"ok\"\\} [1-9]")
                .containsPattern("mcp_tool_calls_seconds_count\\{outcome=\"ok\",tool=\"test_image_content\"\\} 1");
    }

    @Test
    void unknownPath_isAJson404() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.url("/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("the MCP endpoint is /mcp");
    }

    private static void assertCleanError(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("stackTrace").doesNotContain("\tat ")
                .doesNotContain("io.modelcontextprotocol");
    }

    private static String openSession() throws Exception {
        HttpResponse<String> init = post(INITIALIZE, null);
        assertThat(init.statusCode()).isEqualTo(200);
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);
        return session;
    }

    private static HttpResponse<String> post(String body, String session) throws Exception {
        HttpRequest.Builder request = mcpPost(body);
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder mcpPost(String body) {
        return HttpRequest.newBuilder(server.mcpUrl())
                .header("Authorization", "Bearer " + server.adminToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** java.net.http will not send a foreign Host header, so this one goes over a plain socket. */
    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
