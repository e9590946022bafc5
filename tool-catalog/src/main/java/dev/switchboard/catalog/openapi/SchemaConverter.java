package dev.switchboard.catalog.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites an OpenAPI schema (3.0 or 3.1) into the JSON Schema subset every LLM provider accepts
 * (see {@code SchemaLint}): {@code $ref}s inlined, {@code allOf} merged, {@code oneOf} turned into
 * {@code anyOf}, other keywords dropped, a description on every property, and objects closed
 * unless the document says they are maps.
 *
 * <p>Input schemas also lose {@code readOnly} properties (the server sets them). Output schemas
 * only describe: they keep types, properties, items and descriptions but drop {@code required},
 * {@code enum} and the closing of objects, so that a real response that strays a little from
 * its documentation still validates.
 *
 * <pre>{@code
 * SchemaConverter schemas = new SchemaConverter(refs);
 * ObjectNode input = schemas.convert(requestBodySchema, SchemaConverter.Mode.INPUT);
 * }</pre>
 */
final class SchemaConverter {

    enum Mode { INPUT, OUTPUT }

    /**
     * How deep (in levels of properties and items) a {@code $ref} is still expanded. A referenced
     * object met deeper (and any schema that contains itself) becomes an open placeholder
     * described in words, which keeps tool schemas of large APIs readable and finite. Members of
     * {@code allOf} and friends are at their parent's level: inheritance costs no depth.
     */
    static final int MAX_DEPTH = 3;

    /** Property names Anthropic, OpenAI and Google all accept. */
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String UNNAMED = "x-unnamed";

    private final Refs refs;

    SchemaConverter(Refs refs) {
        this.refs = refs;
    }

    /** The converted schema; throws {@link Unsupported} when it needs a remote or broken {@code $ref}. */
    ObjectNode convert(JsonNode schema, Mode mode) {
        ObjectNode out = convert(schema, mode, new ArrayDeque<>(), 0);
        nameUnnamed(out);
        return out;
    }

    /**
     * Property names no tool schema may declare are carried as {@value #UNNAMED} while
     * converting (so that {@code allOf} members can unite them) and end up here in the object's
     * description, since the object stays open for them.
     */
    private static void nameUnnamed(JsonNode node) {
        if (node instanceof ObjectNode object && object.has(UNNAMED)) {
            List<String> names = new ArrayList<>();
            object.remove(UNNAMED).forEach(n -> names.add(n.asString()));
            object.put("description", (text(object, "description") + " Also takes the fields '" + String.join("', '", names)
                    + "' (their names cannot be declared here).").strip());
        }
        if (node != null && node.isContainer()) {
            node.forEach(SchemaConverter::nameUnnamed);
        }
    }

    private ObjectNode convert(JsonNode schema, Mode mode, Deque<String> stack, int depth) {
        if (schema == null || !schema.isObject()) {
            return NODES.objectNode(); // absent or `true`: any value
        }
        if (Refs.isRef(schema)) {
            return expand(schema, mode, stack, depth);
        }
        if (schema.path("allOf").isArray()) {
            return allOf(schema, mode, stack, depth);
        }
        ObjectNode out = NODES.objectNode();
        Keywords.type(schema, out, mode);
        Keywords.copy(schema, out, mode);
        String type = out.path("type").asString("");
        if (type.equals("object")) {
            object(schema, out, mode, stack, depth);
        } else if (type.equals("array") && schema.has("items")) {
            out.set("items", convert(schema.get("items"), mode, stack, depth + 1));
        }
        options(schema, out, mode, stack, depth); // after the schema's own shape, which a lone option must not overwrite
        return out;
    }

    private ObjectNode expand(JsonNode schema, Mode mode, Deque<String> stack, int depth) {
        String ref = schema.path("$ref").asString();
        JsonNode target = refs.target(ref);
        JsonNode merged = withSiblings(target, schema);
        boolean recursive = stack.contains(ref);
        if (recursive || depth >= MAX_DEPTH && isStructured(target)) {
            return placeholder(merged, ref, mode, recursive);
        }
        stack.push(ref);
        try {
            return convert(merged, mode, stack, depth);
        } finally {
            stack.pop();
        }
    }

    /** The target of a {@code $ref} with the referring schema's own keywords (a description, mostly) on top. */
    private static JsonNode withSiblings(JsonNode target, JsonNode schema) {
        if (schema.size() == 1) {
            return target;
        }
        ObjectNode merged = NODES.objectNode();
        if (target.isObject()) {
            target.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        }
        schema.properties().stream().filter(e -> !e.getKey().equals("$ref")).forEach(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    private static boolean isStructured(JsonNode schema) {
        return schema.has("properties") || schema.has("items") || schema.has("allOf") || schema.has("anyOf")
                || schema.has("oneOf") || schema.has("additionalProperties") || Refs.isRef(schema);
    }

    private static ObjectNode placeholder(JsonNode schema, String ref, Mode mode, boolean recursive) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        String description = text(schema, "description");
        description = (description.isBlank() ? "A " + name + "." : description.strip())
                + (recursive ? " (Contains itself, so its fields are not listed here.)"
                        : " (Nested deeply, so its fields are not listed here.)");
        ObjectNode out = NODES.objectNode();
        if ("array".equals(schema.path("type").asString(null))) {
            out.put("type", "array").put("description", description);
            return out;
        }
        out.put("type", "object").put("description", description);
        if (mode == Mode.INPUT) {
            out.put("additionalProperties", true);
        }
        return out;
    }

    private ObjectNode allOf(JsonNode schema, Mode mode, Deque<String> stack, int depth) {
        List<ObjectNode> parts = new ArrayList<>();
        for (JsonNode member : schema.path("allOf")) {
            parts.add(convert(member, mode, stack, depth));
        }
        ObjectNode rest = NODES.objectNode();
        schema.properties().stream().filter(e -> !e.getKey().equals("allOf")).forEach(e -> rest.set(e.getKey(), e.getValue()));
        if (!rest.isEmpty()) {
            parts.add(convert(rest, mode, stack, depth)); // last, so that its own description wins
        }
        ObjectNode merged = AllOf.merge(parts, mode);
        if (mode == Mode.INPUT && merged.path("properties").isObject()) {
            // `required` often sits in one member while the properties it names come from another
            Set<String> required = new LinkedHashSet<>();
            merged.path("required").forEach(r -> required.add(r.asString()));
            schema.path("required").forEach(r -> required.add(r.asString()));
            schema.path("allOf").forEach(m -> m.path("required").forEach(r -> required.add(r.asString())));
            required.removeIf(name -> !merged.get("properties").has(name));
            if (!required.isEmpty()) {
                merged.set("required", NODES.arrayNode().addAll(required.stream().map(NODES::stringNode).toList()));
            }
        }
        return merged;
    }

    private void options(JsonNode schema, ObjectNode out, Mode mode, Deque<String> stack, int depth) {
        List<ObjectNode> options = new ArrayList<>();
        boolean nullOption = false;
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (JsonNode option : schema.path(keyword)) {
                if ("null".equals(option.path("type").asString(null))) {
                    nullOption = true;
                } else {
                    options.add(convert(option, mode, stack, depth));
                }
            }
        }
        if (options.size() == 1 && !out.has("type")) {
            // `anyOf: [X, {type: null}]` is just a nullable X
            options.get(0).properties().forEach(e -> {
                if (!out.has(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                }
            });
        } else if (!options.isEmpty()) {
            out.set("anyOf", NODES.arrayNode().addAll(options));
        }
        if (nullOption) {
            Keywords.nullable(out, mode);
        }
    }

    private void object(JsonNode schema, ObjectNode out, Mode mode, Deque<String> stack, int depth) {
        JsonNode properties = schema.path("properties");
        ObjectNode converted = NODES.objectNode();
        List<String> unnamed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode raw = property.getValue();
            JsonNode flags = Refs.isRef(raw) ? refs.follow(raw) : raw;
            if (mode == Mode.INPUT && (raw.path("readOnly").asBoolean(false) || flags.path("readOnly").asBoolean(false))
                    || mode == Mode.OUTPUT && (raw.path("writeOnly").asBoolean(false) || flags.path("writeOnly").asBoolean(false))) {
                continue;
            }
            if (mode == Mode.INPUT && !PROPERTY_NAME.matcher(property.getKey()).matches()) {
                unnamed.add(property.getKey());
                continue;
            }
            ObjectNode value = convert(raw, mode, stack, depth + 1);
            if (text(value, "description").isBlank()) {
                value.put("description", Names.describe(property.getKey()));
            }
            converted.set(property.getKey(), value);
        }
        if (!converted.isEmpty()) {
            out.set("properties", converted);
        }
        if (mode == Mode.OUTPUT) {
            if (schema.path("additionalProperties").isObject()) {
                out.set("additionalProperties", convert(schema.get("additionalProperties"), mode, stack, depth + 1));
            }
            return;
        }
        ArrayNode required = NODES.arrayNode();
        schema.path("required").forEach(r -> {
            if (converted.has(r.asString())) {
                required.add(r.asString());
            }
        });
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        if (!unnamed.isEmpty()) {
            out.set(UNNAMED, NODES.arrayNode().addAll(unnamed.stream().map(NODES::stringNode).toList()));
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            out.set("additionalProperties", convert(additional, mode, stack, depth + 1));
        } else {
            boolean closed = unnamed.isEmpty() && (properties.size() > 0 || additional.isBoolean() && !additional.asBoolean());
            out.put("additionalProperties", !closed);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : "";
    }
}
