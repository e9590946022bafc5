package dev.switchboard.server.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input schemas for the server's own tools, in the shape every LLM provider accepts: an object
 * with described properties and {@code additionalProperties: false}.
 *
 * <pre>{@code
 * ToolSchemas.object(Map.of("id", Map.of("type", "string", "description", "The flow id")), List.of("id"));
 * }</pre>
 */
public final class ToolSchemas {

    private ToolSchemas() {
    }

    public static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}
