package dev.switchboard.catalog.connector;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A request body.
 *
 * <pre>{@code
 * {"type": "json", "value": {"items": [{"label": "{{input.label}}"}]}}
 * {"type": "multipart_related", "parts": [{"json": {"name": "{{input.name}}"}}, {"file": "{{input.file}}"}]}
 * }</pre>
 *
 * @param type {@code auto} (JSON for objects and arrays, text for strings), {@code json}, {@code form} (url-encoded), {@code text}, {@code file} (the raw bytes
 *             of a file reference), {@code multipart_form} or {@code multipart_related}
 * @param value the template of a json, form or text body, or the file reference of a file body
 * @param parts multipart parts
 * @param contentType overrides the Content-Type of text and file bodies
 */
public record BodySpec(String type, JsonNode value, List<Part> parts, String contentType) {

    public BodySpec {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /**
     * One multipart part: a JSON document, a text value or a file.
     *
     * @param name form field name ({@code multipart_form})
     */
    public record Part(String name, JsonNode json, JsonNode text, JsonNode file, String contentType) {
    }
}
