package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.ResponseSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads how an operation answers: the first success response (200, 201, … then 2XX) that has a
 * body decides. A JSON body gives the output schema; text is read as text; anything else
 * (images, PDFs, {@code application/octet-stream}) is stored as a file and the output is its
 * reference. Outputs are always objects: the engine wraps any other body as {@code {"result": …}}.
 *
 * <pre>{@code
 * ResponseMapper.Response response = ResponseMapper.map(operation.path("responses"), schemas, refs);
 * response.spec();     // null for JSON (the default), or {"type": "file"}
 * response.output();   // {"type": "object", "properties": {…}}, or null when nothing is documented
 * }</pre>
 */
final class ResponseMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * @param spec how to read the response; null for the default (JSON)
     * @param output the output schema; null when the document describes no body
     */
    record Response(ResponseSpec spec, ObjectNode output) {
    }

    private ResponseMapper() {
    }

    static Response map(JsonNode responses, SchemaConverter schemas, Refs refs) {
        List<String> codes = new ArrayList<>();
        responses.propertyNames().forEach(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        // 200 before 201 before 2XX: the usual success first, the range last
        codes.sort(Comparator.comparing((String c) -> c.toUpperCase(Locale.ROOT).endsWith("XX")).thenComparing(c -> c));
        for (String code : codes) {
            JsonNode response = refs.follow(responses.get(code));
            Map.Entry<String, JsonNode> json = null;
            Map.Entry<String, JsonNode> other = null;
            for (Map.Entry<String, JsonNode> media : response.path("content").properties()) {
                String type = media.getKey().toLowerCase(Locale.ROOT).split(";")[0].strip();
                if (json == null && (type.equals("application/json") || type.endsWith("+json")
                        || type.contains("*") && media.getValue().has("schema"))) {
                    json = media;
                } else if (other == null) {
                    other = media;
                }
            }
            String description = SchemaConverter.text(response, "description");
            if (json != null) {
                ObjectNode schema = schemas.convert(json.getValue().path("schema"), SchemaConverter.Mode.OUTPUT);
                return new Response(null, output(schema, description));
            }
            if (other != null && other.getKey().toLowerCase(Locale.ROOT).startsWith("text/")) {
                ObjectNode text = NODES.objectNode().put("type", "string")
                        .put("description", description.isBlank() ? "The response text." : description);
                return new Response(new ResponseSpec("text", null, null), wrap(text));
            }
            if (other != null) {
                ObjectNode out = NODES.objectNode().put("type", "object");
                out.putObject("properties").set("file", fileReference(other.getKey()));
                return new Response(new ResponseSpec("file", null, null), out);
            }
        }
        return new Response(null, null);
    }

    private static ObjectNode output(ObjectNode schema, String description) {
        if (SchemaConverter.text(schema, "description").isBlank() && !description.isBlank()) {
            schema.put("description", description);
        }
        JsonNode type = schema.path("type");
        if (type.isString() && type.asString().equals("object")) {
            return schema;
        }
        if (type.isArray() && type.size() == 2 && type.get(0).asString().equals("object")) {
            schema.put("type", "object"); // a null body comes out as {"result": null} anyway
            return schema;
        }
        if (type.isMissingNode()) {
            // an object comes out as it is, anything else wrapped: only "some object" is certain
            ObjectNode any = NODES.objectNode().put("type", "object");
            any.put("description", SchemaConverter.text(schema, "description").isBlank() ? "The response body."
                    : SchemaConverter.text(schema, "description"));
            return any;
        }
        return wrap(schema);
    }

    /** The engine's output for a body that is not an object: {@code {"result": body}}. */
    private static ObjectNode wrap(ObjectNode schema) {
        if (SchemaConverter.text(schema, "description").isBlank()) {
            schema.put("description", "The response body.");
        }
        ObjectNode out = NODES.objectNode().put("type", "object");
        out.putObject("properties").set("result", schema);
        return out;
    }

    private static ObjectNode fileReference(String mediaType) {
        ObjectNode file = NODES.objectNode().put("type", "object")
                .put("description", "The downloaded file (" + mediaType + "), stored for later steps.");
        ObjectNode properties = file.putObject("properties");
        properties.putObject("file_id").put("type", "string").put("description", "Id of the stored file.");
        properties.putObject("name").put("type", "string").put("description", "File name.");
        properties.putObject("mime").put("type", "string").put("description", "Media type.");
        properties.putObject("size").put("type", "integer").put("description", "Size in bytes.");
        return file;
    }
}
