package dev.switchboard.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connectors as MCP resources (index and definitions, no secret) and app ids completed, with the SDK client. */
class ConnectorResourcesTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient erin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register("sb_erin_token_connectors_01234567", Caller.user("erin"), "erin");
        server.app().connections().create(Caller.user("erin"), "slack", "team", Map.of("type", "bearer", "token", "xoxb-secret-4242"), Map.of());
        erin = server.client("sb_erin_token_connectors_01234567");
    }

    @AfterAll
    static void stop() throws Exception {
        erin.close();
        server.close();
    }

    private static String read(String uri) {
        return ((McpSchema.TextResourceContents) erin.readResource(new McpSchema.ReadResourceRequest(uri)).contents().get(0)).text();
    }

    @Test
    void connectors_areListedAndReadable_asJsonWithoutSecrets() {
        List<McpSchema.Resource> resources = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListResourcesResult page = erin.listResources(cursor);
            resources.addAll(page.resources());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(resources).extracting(McpSchema.Resource::uri)
                .contains("switchboard://connectors", "switchboard://connectors/slack", "switchboard://connectors/kizeo_forms");
        assertThat(erin.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                .contains("switchboard://connectors/{app}");

        assertThat(read("switchboard://connectors")).contains("\"app\" : \"slack\"").contains("switchboard://connectors/jira");
        String slack = read("switchboard://connectors/slack");
        assertThat(slack).contains("\"app\" : \"slack\"").contains("\"actions\"").contains("\"auth\"")
                .doesNotContain("xoxb-secret-4242");
    }

    @Test
    void unknownConnector_isResourceNotFound() {
        assertThatThrownBy(() -> read("switchboard://connectors/no_such_app")).isInstanceOf(McpError.class)
                .hasMessageContaining("Resource not found");
    }

    @Test
    void appIds_completeForTheConnectorTemplate() {
        McpSchema.CompleteResult result = erin.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.ResourceReference("switchboard://connectors/{app}"),
                new McpSchema.CompleteRequest.CompleteArgument("app", "goo")));
        assertThat(result.completion().values()).isNotEmpty().allMatch(v -> v.startsWith("goo")).contains("google_drive", "google_sheets");
        McpSchema.CompleteResult other = erin.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.ResourceReference("switchboard://connectors/{app}"),
                new McpSchema.CompleteRequest.CompleteArgument("nope", "goo")));
        assertThat(other.completion().values()).isEmpty();
    }
}
