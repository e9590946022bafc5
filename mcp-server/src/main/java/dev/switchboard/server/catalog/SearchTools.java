package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.search.LiveToolIndex;
import dev.switchboard.catalog.search.ToolIndex;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code search_tools} management tool: finds connector actions by what they do, in English
 * or French, so that a client does not need to list thousands of tools.
 *
 * <pre>{@code
 * extensions.addTools(new SearchTools(new LiveToolIndex(catalog)));
 * }</pre>
 */
public final class SearchTools implements ToolProvider {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final Catalog catalog;
    private final LiveToolIndex index;
    private final ServedTool tool;

    public SearchTools(LiveToolIndex index) {
        this.catalog = index.catalog();
        this.index = index;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("query", Map.of("type", "string", "description",
                "What the tool should do, in English or French, e.g. 'upload a file to Google Drive' or 'envoyer un message Slack'."));
        properties.put("apps", Map.of("type", "array", "items", Map.of("type", "string", "description", "An app id."),
                "description", "Only search these apps, by id (e.g. [\"kizeo_forms\", \"slack\"]); list_apps shows the ids."));
        properties.put("limit", Map.of("type", "integer", "minimum", 1, "maximum", MAX_LIMIT,
                "description", "How many results at most (default " + DEFAULT_LIMIT + ")."));
        Map<String, Object> schema = ToolSchemas.object(properties, List.of("query"));
        this.tool = new ServedTool(McpSchema.Tool.builder("search_tools", schema)
                .title("Search tools")
                .description("Finds the connector actions that match a need, best first, with their input schemas. "
                        + "Use it before calling an app's tool when you do not know the exact tool name; "
                        + "every result is callable as its 'tool' name.")
                .annotations(new McpSchema.ToolAnnotations("Search tools", true, false, true, false, null))
                .build(), this::search);
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return List.of(tool);
    }

    private McpSchema.CallToolResult search(ToolCall call) {
        String query = String.valueOf(call.arguments().get("query"));
        int limit = call.arguments().get("limit") instanceof Number n ? n.intValue() : DEFAULT_LIMIT;
        Set<String> apps = new TreeSet<>();
        if (call.arguments().get("apps") instanceof List<?> list) {
            list.forEach(app -> apps.add(String.valueOf(app)));
        }
        List<String> unknown = apps.stream().filter(app -> catalog.connector(app).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("Unknown app ids " + unknown + "; known apps: "
                    + String.join(", ", catalog.connectors().stream().map(Connector::app).toList()));
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode results = out.putArray("results");
        List<ToolIndex.Hit> hits = index.current().search(query, apps, Math.min(limit, MAX_LIMIT));
        for (ToolIndex.Hit hit : hits) {
            Connector connector = catalog.connector(hit.entry().app()).orElseThrow();
            McpSchema.Tool described = ConnectorTools.tool(connector, hit.entry().spec(), connector.needsConnection());
            ObjectNode result = results.addObject();
            result.put("tool", hit.entry().tool());
            result.put("app", hit.entry().app());
            result.put("title", hit.entry().title());
            result.put("description", hit.entry().description());
            result.put("score", Math.round(hit.score() * 1000) / 1000.0);
            result.set("input_schema", ConnectorTools.JSON.valueToTree(described.inputSchema()));
        }
        out.put("searched_tools", index.current().size());
        if (hits.isEmpty()) {
            out.put("hint", "Nothing matched; try other words, or drop the apps filter.");
        }
        return ToolResults.success(out);
    }
}
