package dev.switchboard.catalog.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connector's base URLs from the document's {@code servers}: the first server of the
 * document is the default base {@code api}; a path or operation with servers of its own gets
 * another base. Server variables take their default values. A relative (or missing) server URL
 * cannot be resolved without the document's own address, so it is joined to the connection
 * setting {@code base_url}, which the user fills in.
 *
 * <pre>{@code
 * Servers servers = new Servers(document.path("servers"));
 * servers.baseUrls();                               // {"api": "https://api.example.com/v1"}
 * servers.baseFor(operation.path("servers"));      // null (the default), or "server_2"
 * }</pre>
 */
final class Servers {

    static final String DEFAULT = "api";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

    private final Map<String, String> baseUrls = new LinkedHashMap<>();
    private boolean needsBaseUrl;

    Servers(JsonNode servers) {
        baseUrls.put(DEFAULT, url(servers.path(0)));
    }

    /** The base key for a path's or operation's own servers; null when they are the default. */
    String baseFor(JsonNode servers) {
        if (!servers.isArray() || servers.isEmpty()) {
            return null;
        }
        String url = url(servers.get(0));
        for (Map.Entry<String, String> base : baseUrls.entrySet()) {
            if (base.getValue().equals(url)) {
                return base.getKey().equals(DEFAULT) ? null : base.getKey();
            }
        }
        String key = "server_" + (baseUrls.size() + 1);
        baseUrls.put(key, url);
        return key;
    }

    /** In document order, the default first. */
    Map<String, String> baseUrls() {
        return baseUrls;
    }

    String defaultUrl() {
        return baseUrls.get(DEFAULT);
    }

    /** The {@code connection_fields} the base URLs need, or null. */
    JsonNode connectionFields() {
        if (!needsBaseUrl) {
            return null;
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putObject("base_url").put("type", "string").put("description",
                "Where the API is served, e.g. https://api.example.com (the OpenAPI document gives no absolute server URL).");
        return fields;
    }

    private String url(JsonNode server) {
        String url = SchemaConverter.text(server, "url").strip();
        Matcher matcher = VARIABLE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            JsonNode variable = server.path("variables").path(matcher.group(1));
            String value = variable.path("default").asString(variable.path("enum").path(0).asString(""));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String filled = out.toString();
        if (filled.startsWith("http://") || filled.startsWith("https://")) {
            return filled;
        }
        needsBaseUrl = true;
        return "{{connection.base_url}}" + (filled.startsWith("/") || filled.isEmpty() ? "" : "/") + filled;
    }
}
