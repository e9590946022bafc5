package dev.switchboard.server.flows;

import dev.switchboard.server.catalog.ToolResults;
import dev.switchboard.server.mcp.Page;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolHandler;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The small pieces every flow and run tool uses: declaring a tool, reading arguments, answering.
 *
 * <pre>{@code
 * ToolKit.tool("get_flow", "Get flow", "…", ToolKit.schema(Map.of("id", ToolKit.ID), List.of("id")), ToolKit.READ_ONLY, handler);
 * }</pre>
 */
final class ToolKit {

    static final McpSchema.ToolAnnotations READ_ONLY = new McpSchema.ToolAnnotations(null, true, false, true, false, null);
    static final McpSchema.ToolAnnotations WRITES = new McpSchema.ToolAnnotations(null, false, false, false, false, null);
    static final McpSchema.ToolAnnotations DESTRUCTIVE = new McpSchema.ToolAnnotations(null, false, true, true, false, null);

    static final Map<String, Object> CURSOR = Map.of("type", "string",
            "description", "next_cursor of the previous page; leave it out for the first page.");

    private ToolKit() {
    }

    static ServedTool tool(String name, String title, String description, Map<String, Object> schema,
            McpSchema.ToolAnnotations annotations, ToolHandler handler) {
        return new ServedTool(McpSchema.Tool.builder(name, schema).title(title).description(description)
                .annotations(annotations).build(), handler);
    }

    static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
        return ToolSchemas.object(properties, required);
    }

    static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> ids(String description) {
        return Map.of("type", "array", "minItems", 1, "maxItems", 500, "items", Map.of("type", "string"), "description", description);
    }

    static McpSchema.CallToolResult result(JsonNode out) {
        return ToolResults.success(out);
    }

    static String text(ToolCall call, String field) {
        Object value = call.arguments().get(field);
        return value == null ? null : String.valueOf(value);
    }

    static JsonNode json(ToolCall call, String field) {
        Object value = call.arguments().get(field);
        return value == null ? null : FlowJson.JSON.valueToTree(value);
    }

    static List<String> texts(ToolCall call, String field) {
        Object value = call.arguments().get(field);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static int number(ToolCall call, String field) {
        return ((Number) call.arguments().get(field)).intValue();
    }

    static boolean flag(ToolCall call, String field) {
        return Boolean.TRUE.equals(call.arguments().get(field));
    }

    static <T> Page<T> page(List<T> all, String cursor, int size) {
        try {
            return Page.of(all, cursor, size);
        } catch (RuntimeException e) {
            throw new ToolException("This cursor is not one this list gave (or the list got shorter); leave it out to start again.");
        }
    }
}
