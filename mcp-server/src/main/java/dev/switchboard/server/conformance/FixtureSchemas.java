package dev.switchboard.server.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON schemas the elicitation and JSON Schema 2020-12 scenarios check, field by field. */
final class FixtureSchemas {

    private FixtureSchemas() {
    }

    static Map<String, Object> withDefaults() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", Map.of("type", "string", "description", "User name", "default", "John Doe"));
        properties.put("age", Map.of("type", "integer", "description", "User age", "default", 30));
        properties.put("score", Map.of("type", "number", "description", "User score", "default", 95.5));
        properties.put("status", Map.of("type", "string", "description", "User status",
                "enum", List.of("active", "inactive", "pending"), "default", "active"));
        properties.put("verified", Map.of("type", "boolean", "description", "Verification status", "default", true));
        return FixtureTools.objectSchema(properties, List.of());
    }

    static Map<String, Object> enums() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("untitledSingle", Map.of("type", "string", "description", "Select one option",
                "enum", List.of("option1", "option2", "option3")));
        properties.put("titledSingle", Map.of("type", "string", "description", "Select one option with titles",
                "oneOf", List.of(titled("value1", "First Option"), titled("value2", "Second Option"),
                        titled("value3", "Third Option"))));
        properties.put("legacyEnum", Map.of("type", "string", "description", "Select one option (legacy)",
                "enum", List.of("opt1", "opt2", "opt3"),
                "enumNames", List.of("Option One", "Option Two", "Option Three")));
        properties.put("untitledMulti", Map.of("type", "array", "description", "Select multiple options",
                "items", Map.of("type", "string", "enum", List.of("option1", "option2", "option3"))));
        properties.put("titledMulti", Map.of("type", "array", "description", "Select multiple options with titles",
                "items", Map.of("anyOf", List.of(titled("value1", "First Choice"), titled("value2", "Second Choice"),
                        titled("value3", "Third Choice")))));
        return FixtureTools.objectSchema(properties, List.of());
    }

    static Map<String, Object> jsonSchema202012() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("type", "object");
        address.put("properties", Map.of("street", Map.of("type", "string"), "city", Map.of("type", "string")));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", Map.of("type", "string"));
        properties.put("address", Map.of("$ref", "#/$defs/address"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("type", "object");
        schema.put("$defs", Map.of("address", address));
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> titled(String value, String title) {
        return Map.of("const", value, "title", title);
    }
}
