package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.BodySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps an operation's request body to one input property and the connector's body spec. Of
 * several media types the most structured wins: JSON, then a structured schema under a wildcard
 * type ({@code *}{@code /*}), URL-encoded forms, multipart forms, text, and last raw bytes.
 *
 * <ul>
 * <li>JSON, form and text bodies are the input property {@code body}, sent as it is given.</li>
 * <li>A multipart form is {@code body} too, one part per property; binary properties take a
 *     file reference, objects and arrays travel as JSON parts.</li>
 * <li>Anything else (images, {@code application/octet-stream}, {@code message/rfc822}, …) is
 *     the input property {@code file}: a file reference whose bytes are the body.</li>
 * </ul>
 *
 * <pre>{@code
 * BodyMapper.Body body = BodyMapper.map(requestBody, schemas);
 * body.input();   // "body"
 * body.spec();    // {"type": "json", "value": "{{input.body}}"}
 * }</pre>
 */
final class BodyMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * @param input the input property holding the body ({@code body} or {@code file})
     * @param schema that property's schema
     */
    record Body(String input, ObjectNode schema, boolean required, BodySpec spec) {
    }

    private BodyMapper() {
    }

    static Body map(JsonNode requestBody, SchemaConverter schemas, Refs refs) {
        boolean required = requestBody.path("required").asBoolean(false);
        String description = SchemaConverter.text(requestBody, "description");
        Map.Entry<String, JsonNode> chosen = null;
        int best = Integer.MAX_VALUE;
        int tied = 0;
        for (Map.Entry<String, JsonNode> media : requestBody.path("content").properties()) {
            int rank = rank(media.getKey(), refs.follow(media.getValue().path("schema")));
            if (rank < best) {
                best = rank;
                chosen = media;
                tied = 1;
            } else if (rank == best) {
                tied++;
            }
        }
        if (chosen == null) {
            throw new Unsupported("the request body names no media type");
        }
        String mediaType = chosen.getKey().toLowerCase(Locale.ROOT);
        // a wildcard, "any bytes", or a choice of byte formats leaves the Content-Type to the file's own media type
        String concrete = mediaType.contains("*") || mediaType.startsWith("application/octet-stream") || best == 5 && tied > 1
                ? null : chosen.getKey();
        JsonNode raw = chosen.getValue().path("schema");
        return switch (best) {
            case 0, 1 -> json(schemas.convert(raw, SchemaConverter.Mode.INPUT), description, required,
                    mediaType.equals("application/json") || concrete == null ? null : concrete);
            case 2 -> form(schemas.convert(raw, SchemaConverter.Mode.INPUT), description, required);
            case 3 -> Multipart.map(schemas.convert(raw, SchemaConverter.Mode.INPUT), chosen.getValue().path("encoding"),
                    description, required);
            case 4 -> {
                ObjectNode text = NODES.objectNode().put("type", "string");
                describe(text, description, "The request body, as text.");
                yield new Body("body", text, required, new BodySpec("text", NODES.stringNode("{{input.body}}"), null, concrete));
            }
            default -> new Body("file", fileReference(description.isBlank()
                    ? "The file whose bytes are the request body (" + (tied > 1 ? "one of " + String.join(", ",
                            requestBody.path("content").propertyNames()) : chosen.getKey()) + ")." : description), required,
                    new BodySpec("file", NODES.stringNode("{{input.file}}"), null, concrete));
        };
    }

    /** 0 JSON, 1 structured schema under a wildcard, 2 URL-encoded form, 3 multipart form, 4 text, 5 bytes. */
    private static int rank(String mediaType, JsonNode schema) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return 0;
        }
        if (type.contains("*") && isStructured(schema)) {
            return 1;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return 2;
        }
        if (type.equals("multipart/form-data")) {
            return 3;
        }
        if (type.startsWith("text/")) {
            return 4;
        }
        return 5;
    }

    private static boolean isStructured(JsonNode schema) {
        String type = SchemaConverter.text(schema, "type");
        return type.equals("object") || type.equals("array") || schema.has("properties") || schema.has("items")
                || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf");
    }

    private static Body json(ObjectNode schema, String description, boolean required, String contentType) {
        describe(schema, description, "The request body (JSON).");
        String type = schema.path("type").asString("");
        // `auto` sends nothing when an optional body is left out; `json` would send {}
        boolean auto = !required && contentType == null && (type.equals("object") || type.equals("array"));
        BodySpec spec = new BodySpec(auto ? "auto" : "json", NODES.stringNode("{{input.body}}"), null, contentType);
        return new Body("body", schema, required, spec);
    }

    private static Body form(ObjectNode schema, String description, boolean required) {
        if (!"object".equals(schema.path("type").asString(null))) {
            throw new Unsupported("a URL-encoded request body whose schema is not an object");
        }
        describe(schema, description, "The form fields of the request body.");
        return new Body("body", schema, required, new BodySpec("form", NODES.stringNode("{{input.body}}"), null, null));
    }

    static void describe(ObjectNode schema, String description, String fallback) {
        if (!description.isBlank()) {
            schema.put("description", description);
        } else if (SchemaConverter.text(schema, "description").isBlank()) {
            schema.put("description", fallback);
        }
    }

    /** The input schema of a file travelling by reference ({@code FileRef}). */
    static ObjectNode fileReference(String description) {
        ObjectNode file = NODES.objectNode().put("type", "object").put("description", description);
        ObjectNode properties = file.putObject("properties");
        properties.putObject("file_id").put("type", "string")
                .put("description", "Id of a file from an earlier step (a download or an upload).");
        properties.putObject("name").put("type", "string").put("description", "File name.");
        properties.putObject("mime").put("type", "string").put("description", "Media type, e.g. image/png.");
        properties.putObject("size").put("type", "integer").put("description", "Size in bytes.");
        file.putArray("required").add("file_id");
        file.put("additionalProperties", false);
        return file;
    }

    /** Multipart form bodies: one part per property of the (converted) schema. */
    private static final class Multipart {

        static Body map(ObjectNode schema, JsonNode encoding, String description, boolean required) {
            if (isBinary(schema)) {
                // a bare file, without field names: sent as the conventional field "file"
                BodySpec spec = new BodySpec("multipart_form", null, List.of(new BodySpec.Part("file", null, null,
                        NODES.stringNode("{{input.file}}"), null)), null);
                return new Body("file", fileReference(description.isBlank() ? "The file to upload." : description), required, spec);
            }
            if (!schema.path("properties").isObject()) {
                throw new Unsupported("a multipart/form-data body without named fields");
            }
            List<BodySpec.Part> parts = new ArrayList<>();
            ObjectNode properties = (ObjectNode) schema.get("properties");
            for (String name : List.copyOf(properties.propertyNames())) {
                JsonNode property = properties.get(name);
                String value = "{{input.body." + name + "}}";
                String contentType = encoding.path(name).path("contentType").asString(null);
                if (isBinary(property)) {
                    properties.set(name, fileReference(SchemaConverter.text(property, "description")));
                    parts.add(new BodySpec.Part(name, null, null, NODES.stringNode(value), contentType));
                } else if (isBinary(property.path("items"))) {
                    throw new Unsupported("the multipart field '" + name + "' holds several files");
                } else {
                    String type = property.path("type").asString("");
                    boolean structured = type.equals("object") || type.equals("array");
                    parts.add(new BodySpec.Part(name, null, NODES.stringNode(value), null,
                            contentType != null ? contentType : structured ? "application/json" : null));
                }
            }
            describe(schema, description, "The form fields of the request body.");
            return new Body("body", schema, required, new BodySpec("multipart_form", null, parts, null));
        }

        private static boolean isBinary(JsonNode schema) {
            return "string".equals(schema.path("type").asString(null)) && "binary".equals(schema.path("format").asString(null));
        }
    }
}
