package dev.switchboard.server.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** Creating and publishing flows over MCP, as a user would, for the trigger tests. */
final class Flows {

    private Flows() {
    }

    /** A flow of one core step that formats a text from the trigger; its output is {@code {text, method}}. */
    static Map<String, Object> definition(String name, Map<String, Object> trigger, String template, String value) {
        return Map.of("format", "switchboard.flow/v1", "name", name, "trigger", trigger,
                "steps", List.of(Map.of("id", "say", "action", "data.format_text",
                        "input", Map.of("template", template, "values", Map.of("v", value)))),
                "output", Map.of("text", "{{ steps.say.text }}"));
    }

    /** Creates and publishes the flow; returns its id. */
    static String publish(McpSyncClient client, Map<String, Object> definition) {
        Map<String, Object> created = ok(client, "create_flow", Map.of("definition", definition));
        assertThat((List<?>) created.get("errors")).as("validation errors").isEmpty();
        String id = (String) created.get("id");
        ok(client, "publish_flow", Map.of("id", id));
        return id;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(tool + ": " + result.content()).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }
}
