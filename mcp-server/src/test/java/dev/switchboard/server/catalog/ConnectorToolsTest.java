package dev.switchboard.server.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connector actions as MCP tools on the real server, calling a local stub for real. */
class ConnectorToolsTest {

    @TempDir
    static Path data;

    static WireMockServer stub;
    static RunningServer server;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        server = RunningServer.start(data, config -> config.withAllowHosts(List.of("127.0.0.1")));
        server.app().connections().create(Caller.admin(), "http", "main", Map.of("type", "bearer", "token", "tok-abcdef"), Map.of());
        server.app().connections().create(Caller.user("someone-else"), "http", "other",
                Map.of("type", "bearer", "token", "tok-zzz"), Map.of());
        client = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
        stub.stop();
    }

    @Test
    void actionTool_callsTheProviderWithTheCallersConnection() {
        stub.stubFor(get(urlEqualTo("/items?limit=2")).withHeader("Authorization", equalTo("Bearer tok-abcdef"))
                .willReturn(okJson("{\"items\": [1, 2]}")));
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("http__request", Map.of(
                "method", "GET", "url", "http://127.0.0.1:" + stub.port() + "/items", "query", Map.of("limit", "2"))));
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured.get("status")).isEqualTo(200);
        assertThat(structured.get("body").toString()).contains("items");
    }

    @Test
    void providerError_isAnErrorResultWithStatusAndMessage_andNoSecret() {
        stub.stubFor(get(urlEqualTo("/boom")).willReturn(serverError().withBody("{\"message\": \"database on fire\"}")));
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("http__request", Map.of(
                "method", "GET", "url", "http://127.0.0.1:" + stub.port() + "/boom")));
        assertThat(result.isError()).isTrue();
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        assertThat(text).contains("HTTP 500").contains("database on fire").doesNotContain("tok-abcdef")
                .doesNotContain("Exception");
    }

    @Test
    void privateAddresses_areRefusedUnlessAllowed() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("http__request", Map.of(
                "method", "GET", "url", "http://169.254.169.254/latest/meta-data/")));
        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("refused").contains("link-local");
    }

    @Test
    void unknownConnectionName_saysWhichOnesExist() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("http__request", Map.of(
                "method", "GET", "url", "http://127.0.0.1:" + stub.port() + "/x", "connection", "other")));
        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("no HTTP connection named 'other'")
                .contains("yours: main");
    }

    @Test
    void searchTools_findsActionsInFrenchAndEnglish() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search_tools",
                Map.of("query", "envoyer un courriel", "limit", 3)));
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        assertThat(result.structuredContent().toString()).contains("email__send_email");
        McpSchema.CallToolResult unknownApp = client.callTool(new McpSchema.CallToolRequest("search_tools",
                Map.of("query", "x", "apps", List.of("nope"))));
        assertThat(unknownApp.isError()).isTrue();
    }

    @Test
    void appsScopedEndpoint_listsAndCallsOnlyThoseApps() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + server.port())
                .endpoint("/mcp?apps=storage")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + server.adminToken()))
                .build();
        try (McpSyncClient scoped = McpClient.sync(transport).build()) {
            scoped.initialize();
            List<String> names = scoped.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            assertThat(names).contains("storage__put", "search_tools").doesNotContain("http__request", "data__transform");
            McpSchema.CallToolResult outside = scoped.callTool(new McpSchema.CallToolRequest("data__transform",
                    Map.of("expression", "1")));
            assertThat(outside.isError()).isTrue();
            McpSchema.CallToolResult inside = scoped.callTool(new McpSchema.CallToolRequest("storage__put",
                    Map.of("key", "k", "value", 1)));
            assertThat(inside.isError()).isNotEqualTo(Boolean.TRUE);
        }
    }

    @Test
    void listAppsAndGetApp_describeTheCatalog() {
        McpSchema.CallToolResult apps = client.callTool(new McpSchema.CallToolRequest("list_apps", Map.of()));
        assertThat(apps.structuredContent().toString()).contains("app=http").contains("app=data");
        McpSchema.CallToolResult app = client.callTool(new McpSchema.CallToolRequest("get_app", Map.of("app", "data")));
        assertThat(app.structuredContent().toString()).contains("data__transform").contains("data.transform");
        assertThat(client.callTool(new McpSchema.CallToolRequest("get_app", Map.of("app", "nope"))).isError()).isTrue();
    }
}
