package dev.switchboard.server.catalog;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Tool results carrying JSON: {@code structuredContent} for clients that read it, and the same
 * JSON as text for those that only show text.
 *
 * <pre>{@code
 * return ToolResults.success(output);
 * }</pre>
 */
public final class ToolResults {

    private ToolResults() {
    }

    public static McpSchema.CallToolResult success(JsonNode output) {
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = ConnectorTools.JSON.convertValue(output, Map.class);
        return McpSchema.CallToolResult.builder()
                .content(List.of(new McpSchema.TextContent(output.toString())))
                .structuredContent(structured)
                .build();
    }
}
