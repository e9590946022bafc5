package dev.switchboard.catalog.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a tool's name and input schema are accepted by every major LLM provider: names
 * {@code ^[a-z0-9_-]{1,64}$}; schemas of type object, no {@code $schema}, no {@code $ref}, only
 * widely supported keywords, a description on every property, and closed objects
 * ({@code additionalProperties} false, or a schema for maps).
 *
 * <pre>{@code
 * List<String> problems = SchemaLint.tool("slack__send_message", inputSchema);
 * }</pre>
 */
public final class SchemaLint {

    public static final Pattern TOOL_NAME = Pattern.compile("^[a-z0-9_-]{1,64}$");

    /** Keywords that OpenAI, Anthropic, Google and Mistral all accept in function parameters. */
    static final Set<String> KEYWORDS = Set.of("type", "description", "title", "properties", "required", "items",
            "enum", "const", "format", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "additionalProperties",
            "anyOf", "examples", "nullable");

    private SchemaLint() {
    }

    public static List<String> tool(String name, JsonNode inputSchema) {
        List<String> problems = new ArrayList<>();
        if (!TOOL_NAME.matcher(name).matches()) {
            problems.add(name + ": the name must match " + TOOL_NAME);
        }
        if (inputSchema == null || !"object".equals(inputSchema.path("type").asString(null))) {
            problems.add(name + ": the input schema must be of type object");
            return problems;
        }
        check(name, "", inputSchema, problems);
        return problems;
    }

    private static void check(String tool, String pointer, JsonNode schema, List<String> problems) {
        if (!schema.isObject()) {
            if (!schema.isBoolean()) {
                problems.add(tool + " " + pointer + ": a schema must be an object");
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            if (!KEYWORDS.contains(field.getKey())) {
                problems.add(tool + " " + pointer + ": keyword '" + field.getKey() + "' is not supported by every provider");
            }
        }
        if ("object".equals(schema.path("type").asString(null)) && !schema.has("additionalProperties")) {
            problems.add(tool + " " + pointer + ": objects must say additionalProperties (false, or a schema for maps)");
        }
        JsonNode properties = schema.path("properties");
        if (properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String at = pointer + "/properties/" + property.getKey();
                if (!property.getValue().path("description").isString()
                        || property.getValue().path("description").asString().isBlank()) {
                    problems.add(tool + " " + at + ": every property needs a description");
                }
                check(tool, at, property.getValue(), problems);
            }
        }
        if (schema.path("items").isObject()) {
            check(tool, pointer + "/items", schema.path("items"), problems);
        }
        if (schema.path("additionalProperties").isObject()) {
            check(tool, pointer + "/additionalProperties", schema.path("additionalProperties"), problems);
        }
        if (schema.path("anyOf").isArray()) {
            int i = 0;
            for (JsonNode option : schema.path("anyOf")) {
                check(tool, pointer + "/anyOf/" + i++, option, problems);
            }
        }
    }
}
