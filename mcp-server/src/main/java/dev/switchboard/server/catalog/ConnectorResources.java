package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ResourceProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog's connectors as MCP resources: {@code switchboard://connectors} (every app with
 * its counts) and {@code switchboard://connectors/{app}} (the connector definition: actions,
 * triggers, auth types and their fields). Definitions describe how to authenticate, never a
 * credential: connections (with secrets) live elsewhere and are not resources. App ids complete.
 *
 * <pre>{@code
 * extensions.addResources(new ConnectorResources(catalog));
 * // resources/read switchboard://connectors/slack  ->  the Slack connector as JSON
 * }</pre>
 */
public final class ConnectorResources implements ResourceProvider {

    static final String INDEX = "switchboard://connectors";
    static final String PREFIX = INDEX + "/";
    static final String TEMPLATE = PREFIX + "{app}";

    private final Catalog catalog;

    public ConnectorResources(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<McpSchema.Resource> resources(Caller caller) {
        List<McpSchema.Resource> out = new ArrayList<>();
        out.add(McpSchema.Resource.builder(INDEX, "Connectors").mimeType("application/json")
                .description("Every app of the catalog: id, name, description, action and trigger counts").build());
        for (Connector connector : catalog.connectors()) {
            out.add(McpSchema.Resource.builder(PREFIX + connector.app(), connector.name() == null ? connector.app() : connector.name())
                    .mimeType("application/json").description("The " + connector.app() + " connector: actions, triggers, auth").build());
        }
        return out;
    }

    @Override
    public List<McpSchema.ResourceTemplate> templates(Caller caller) {
        return List.of(McpSchema.ResourceTemplate.builder(TEMPLATE, "Connector").mimeType("application/json")
                .description("A connector definition (actions, triggers, auth types); list_apps gives the app ids").build());
    }

    @Override
    public List<String> complete(Caller caller, String uriTemplate, String argument, String prefix) {
        if (!TEMPLATE.equals(uriTemplate) || !"app".equals(argument)) {
            return List.of();
        }
        return catalog.connectors().stream().map(Connector::app).filter(app -> app.startsWith(prefix)).sorted().toList();
    }

    @Override
    public Optional<McpSchema.ReadResourceResult> read(Caller caller, String uri) {
        if (INDEX.equals(uri)) {
            ObjectNode out = ConnectorTools.JSON.createObjectNode();
            ArrayNode apps = out.putArray("connectors");
            for (Connector connector : catalog.connectors()) {
                apps.addObject().put("app", connector.app()).put("name", connector.name()).put("description", connector.description())
                        .put("actions", connector.actions().size()).put("triggers", connector.triggers().size())
                        .put("uri", PREFIX + connector.app());
            }
            return Optional.of(json(uri, out.toPrettyString()));
        }
        if (!uri.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return catalog.connector(uri.substring(PREFIX.length()))
                .map(connector -> json(uri, ConnectorTools.JSON.valueToTree(connector).toPrettyString()));
    }

    private static McpSchema.ReadResourceResult json(String uri, String text) {
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, "application/json", text)));
    }
}
