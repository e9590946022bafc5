package dev.switchboard.server.mcp;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks tool arguments against the tool's input schema (JSON Schema 2020-12) and says, per
 * field, what is wrong. Compiled schemas are cached by their content.
 *
 * <pre>{@code
 * List<String> problems = new ArgumentCheck().problems(tool.inputSchema(), arguments);
 * // ["message: required property 'message' not found"]
 * }</pre>
 */
public final class ArgumentCheck {

    private static final int MAX_CACHED = 10_000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<Map<String, Object>, Schema> compiled = new ConcurrentHashMap<>();

    /** Empty when the arguments fit the schema; otherwise one line per problem. */
    public List<String> problems(Map<String, Object> inputSchema, Map<String, Object> arguments) {
        if (inputSchema == null || inputSchema.isEmpty()) {
            return List.of();
        }
        if (compiled.size() > MAX_CACHED) {
            compiled.clear();
        }
        Schema schema = compiled.computeIfAbsent(inputSchema, s -> registry.getSchema(json.valueToTree(s)));
        JsonNode instance = json.valueToTree(arguments == null ? Map.of() : arguments);
        return schema.validate(instance).stream().map(ArgumentCheck::describe).distinct().toList();
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        String field = location.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.');
        String message = error.getMessage();
        // networknt prefixes the message with the instance location; keep one field name only
        String withoutLocation = message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
        if (field.isEmpty() && "required".equals(error.getKeyword()) && error.getProperty() != null) {
            field = error.getProperty();
        }
        if (field.isEmpty() && "additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            field = error.getProperty();
        }
        return field.isEmpty() ? withoutLocation : field + ": " + withoutLocation;
    }
}
