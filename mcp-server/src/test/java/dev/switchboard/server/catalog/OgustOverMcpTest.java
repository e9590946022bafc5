package dev.switchboard.server.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ogust connector through the real server: a basic connection traded for a session token, then the call. */
class OgustOverMcpTest {

    private static final String PATH = "/api/v2/apiogust.php";

    @TempDir
    Path data;

    @Test
    void getCustomerTool_logsInWithTheConnectionsKeys_andCallsOgustWithTheSessionToken_withoutLeakingThePrivateKey()
            throws Exception {
        WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        try (RunningServer server = RunningServer.start(data, config -> config.withAllowHosts(List.of("127.0.0.1"))
                .withApiOrigins(Map.of("ogust", "http://127.0.0.1:" + stub.port())))) {
            server.app().connections().create(Caller.admin(), "ogust", "agency",
                    Map.of("type", "basic", "username", "public-key-1", "password", "PRIVATE-KEY-77"), Map.of());
            stub.stubFor(post(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("getToken"))
                    .withRequestBody(matchingJsonPath("$.key", equalTo("public-key-1")))
                    .willReturn(okJson("{\"status\": \"OK\", \"token\": \"SESSION-TOKEN-1\"}")));
            stub.stubFor(post(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("getCustomer"))
                    .withRequestBody(equalToJson("{\"token\": \"SESSION-TOKEN-1\", \"id_customer\": \"126483758\"}"))
                    .willReturn(okJson("{\"status\": \"OK\", \"customer\": {\"id_customer\": \"126483758\", \"last_name\": \"Reeves\"}}")));
            stub.stubFor(post(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("setCustomer"))
                    .willReturn(okJson("{\"status\": \"KO\", \"message\": \"Jeton PRIVATE-KEY-77 refusé\"}")));

            try (McpSyncClient client = server.client()) {
                McpSchema.CallToolResult found = client.callTool(new McpSchema.CallToolRequest("ogust__get_customer",
                        Map.of("id_customer", "126483758")));
                McpSchema.CallToolResult refused = client.callTool(new McpSchema.CallToolRequest("ogust__create_or_update_client",
                        Map.of("last_name", "Reeves")));

                assertThat(found.isError()).isNotEqualTo(Boolean.TRUE);
                assertThat(found.structuredContent().toString()).contains("Reeves");
                assertThat(refused.isError()).isTrue();
                String message = ((McpSchema.TextContent) refused.content().get(0)).text();
                assertThat(message).contains("refusé").doesNotContain("PRIVATE-KEY-77").doesNotContain("SESSION-TOKEN-1");
            }
            stub.verify(1, postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("getToken")));
            assertThat(stub.getAllServeEvents()).allSatisfy(e ->
                    assertThat(e.getRequest().getBodyAsString() + e.getRequest().getHeaders()).doesNotContain("PRIVATE-KEY-77"));
        } finally {
            stub.stop();
        }
    }
}
