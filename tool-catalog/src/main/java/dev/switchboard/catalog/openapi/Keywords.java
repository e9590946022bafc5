package dev.switchboard.catalog.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plain keywords of a schema, for {@link SchemaConverter}: the type (3.1 type arrays and
 * 3.0 {@code nullable} included) and the validation keywords every LLM provider accepts.
 * OpenAPI 3.0's boolean {@code exclusiveMinimum} becomes the JSON Schema number, {@code example}
 * becomes {@code examples}, {@code deprecated} a word in the description.
 *
 * <pre>{@code
 * ObjectNode out = JsonNodeFactory.instance.objectNode();
 * Keywords.type(schema, out, SchemaConverter.Mode.INPUT);   // {"type": "string", "nullable": true}
 * Keywords.copy(schema, out, SchemaConverter.Mode.INPUT);   // + "minLength", "pattern", …
 * }</pre>
 */
final class Keywords {

    private static final List<String> INPUT = List.of("title", "description", "format", "default", "enum",
            "const", "minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems");
    private static final List<String> OUTPUT = List.of("title", "description", "format");
    private static final List<String> TYPES = List.of("string", "number", "integer", "boolean", "array", "object");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Keywords() {
    }

    static void type(JsonNode schema, ObjectNode out, SchemaConverter.Mode mode) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        boolean nullable = types.remove("null") | schema.path("nullable").asBoolean(false);
        types.retainAll(TYPES); // a type no validator knows says nothing
        if (types.isEmpty() && (schema.has("properties") || schema.has("additionalProperties"))) {
            types.add("object");
        } else if (types.isEmpty() && schema.has("items")) {
            types.add("array");
        }
        if (types.size() == 1) {
            out.put("type", types.get(0));
        } else if (types.size() > 1 && !schema.has("anyOf") && !schema.has("oneOf")) {
            ArrayNode options = out.putArray("anyOf");
            types.forEach(t -> options.addObject().put("type", t));
        }
        if (nullable) {
            nullable(out, mode);
        }
    }

    /** Input schemas say {@code nullable}; output schemas, read by JSON Schema validators, allow a null type. */
    static void nullable(ObjectNode out, SchemaConverter.Mode mode) {
        if (mode == SchemaConverter.Mode.INPUT) {
            out.put("nullable", true);
        } else if (out.path("type").isString()) {
            ArrayNode both = NODES.arrayNode().add(out.path("type").asString()).add("null");
            out.set("type", both);
        } else if (out.path("anyOf").isArray()) {
            ((ArrayNode) out.get("anyOf")).addObject().put("type", "null");
        }
    }

    static void copy(JsonNode schema, ObjectNode out, SchemaConverter.Mode mode) {
        for (String keyword : mode == SchemaConverter.Mode.INPUT ? INPUT : OUTPUT) {
            if (schema.has(keyword)) {
                out.set(keyword, schema.get(keyword).deepCopy());
            }
        }
        if (mode == SchemaConverter.Mode.OUTPUT) {
            return;
        }
        for (String bound : List.of("Minimum", "Maximum")) {
            JsonNode exclusive = schema.path("exclusive" + bound);
            String plain = bound.toLowerCase(Locale.ROOT);
            if (exclusive.isNumber()) {
                out.set("exclusive" + bound, exclusive);
            } else if (exclusive.asBoolean(false) && out.has(plain)) {
                // OpenAPI 3.0's boolean form becomes the JSON Schema form
                out.set("exclusive" + bound, out.remove(plain));
            }
        }
        // scalar examples only: whole example payloads would bloat the tools
        ArrayNode examples = NODES.arrayNode();
        JsonNode given = schema.path("examples").isArray() ? schema.path("examples") : NODES.arrayNode().add(schema.path("example"));
        for (JsonNode example : given) {
            if (example.isValueNode() && !example.isNull()) {
                examples.add(example);
            }
        }
        if (!examples.isEmpty()) {
            out.set("examples", examples);
        }
        if (schema.has("contentMediaType") && !schema.has("contentEncoding") && !out.has("format")) {
            out.put("format", "binary"); // OpenAPI 3.1's way of saying "raw bytes"
        }
        if (schema.path("deprecated").asBoolean(false)) {
            out.put("description", ("Deprecated. " + SchemaConverter.text(schema, "description")).strip());
        }
    }
}
