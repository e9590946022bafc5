package dev.switchboard.catalog.connector;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP call. Strings may hold {@code {{input.x}}}, {@code {{connection.x}}} and
 * {@code {{responses.<name>.body.x}}} placeholders; a value whose placeholder is missing is
 * left out. Path placeholders {@code {name}} are filled from the input and URL-encoded.
 *
 * <pre>{@code
 * {"method": "GET", "base": "v3", "path": "/forms/{form_id}", "query": {"format": "{{input.format}}"}}
 * }</pre>
 *
 * @param base key into the connector's {@code base_urls}; null for the first
 * @param url an absolute URL template instead of base + path (the custom API call)
 */
public record RequestSpec(
        String name,
        String method,
        String base,
        String path,
        String url,
        Map<String, JsonNode> query,
        Map<String, JsonNode> headers,
        BodySpec body,
        ResponseSpec response,
        PaginationSpec pagination) {

    public RequestSpec {
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        response = response == null ? ResponseSpec.JSON : response;
    }
}
