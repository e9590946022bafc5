package dev.switchboard.server.catalog;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every action of the catalog as the MCP tool {@code <app>__<action>}. Apps that take credentials
 * get a {@code connection} argument, optional when the caller has exactly one connection to the
 * app. Calls run through the {@link ActionRunner} with the caller's own connection.
 *
 * <pre>{@code
 * extensions.addTools(new ConnectorTools(catalog, runner, connections));
 * }</pre>
 */
public final class ConnectorTools implements ToolProvider {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Catalog catalog;
    private final ActionRunner runner;
    private final ConnectionSource connections;
    private volatile Built built;

    private record Built(long version, List<Served> tools, List<String> connectedApps) {
    }

    /** A tool ready to serve both ways: as is, and with the connection argument required. */
    private record Served(Base base, ServedTool asIs, ServedTool withRequiredConnection) {
    }

    /** A tool before per-caller adjustment. */
    private record Base(Connector connector, ActionSpec action, McpSchema.Tool tool, boolean takesConnection,
            boolean connectionOptional) {
    }

    public ConnectorTools(Catalog catalog, ActionRunner runner, ConnectionSource connections) {
        this.catalog = catalog;
        this.runner = runner;
        this.connections = connections;
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        Built current = built();
        Map<String, Integer> counts = connections.countsByApp(caller.owner(), current.connectedApps());
        List<ServedTool> served = new ArrayList<>(current.tools().size());
        for (Served base : current.tools()) {
            boolean required = base.base().takesConnection() && !base.base().connectionOptional()
                    && counts.getOrDefault(base.base().connector().app(), 0) != 1;
            served.add(required ? base.withRequiredConnection() : base.asIs());
        }
        return served;
    }

    private Built built() {
        Built current = built;
        long version = catalog.version();
        if (current == null || current.version() != version) {
            List<Served> tools = new ArrayList<>();
            List<String> connectedApps = new ArrayList<>();
            for (Connector connector : catalog.connectors()) {
                boolean takesConnection = connector.needsConnection();
                boolean optional = connector.auth().stream().anyMatch(a -> "none".equals(a.type()));
                if (takesConnection) {
                    connectedApps.add(connector.app());
                }
                for (ActionSpec action : connector.actions()) {
                    Base base = new Base(connector, action, tool(connector, action, takesConnection), takesConnection, optional);
                    tools.add(new Served(base, new ServedTool(base.tool(), call -> run(base, call)),
                            new ServedTool(withRequiredConnection(base.tool()), call -> run(base, call))));
                }
            }
            current = new Built(version, List.copyOf(tools), List.copyOf(connectedApps));
            built = current;
        }
        return current;
    }

    private McpSchema.CallToolResult run(Base base, ToolCall call) {
        Map<String, Object> arguments = new LinkedHashMap<>(call.arguments());
        Object connectionName = arguments.remove("connection");
        Connection connection = base.takesConnection()
                ? resolve(base, call.caller(), connectionName == null ? null : String.valueOf(connectionName))
                : null;
        JsonNode input = JSON.valueToTree(arguments);
        try {
            JsonNode output = runner.run(new ActionCall(base.connector().app(), base.action().id(), input, connection,
                    call.caller().owner()));
            return ToolResults.success(output);
        } catch (ActionException e) {
            throw new ToolException(base.connector().name() + " " + base.action().id() + " failed"
                    + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "") + ": " + e.getMessage());
        }
    }

    private Connection resolve(Base base, Caller caller, String name) {
        String app = base.connector().app();
        List<Connection> mine = connections.connections(caller.owner(), app);
        if (name != null) {
            return mine.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new ToolException("You have no " + base.connector().name() + " connection named '"
                            + name + "'" + (mine.isEmpty() ? "." : "; yours: " + names(mine) + ".")));
        }
        if (mine.size() == 1) {
            return mine.get(0);
        }
        if (mine.isEmpty()) {
            if (base.connectionOptional()) {
                return null;
            }
            throw new ToolException("You have no " + base.connector().name() + " connection yet: create one with "
                    + "create_connection {\"app\": \"" + app + "\", \"name\": …, \"auth\": …} first.");
        }
        throw new ToolException("You have several " + base.connector().name() + " connections (" + names(mine)
                + "): say which one with the 'connection' argument.");
    }

    private static String names(List<Connection> connections) {
        return String.join(", ", connections.stream().map(Connection::name).toList());
    }

    static McpSchema.Tool tool(Connector connector, ActionSpec action, boolean takesConnection) {
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = JSON.convertValue(action.input(), LinkedHashMap.class);
        if (takesConnection) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.getOrDefault("properties", Map.of()));
            properties.put("connection", Map.of("type", "string", "description",
                    "Name of your " + connector.name() + " connection to use; may be left out when you have exactly one."));
            schema.put("properties", properties);
        }
        var annotations = action.annotations();
        return McpSchema.Tool.builder(connector.app() + "__" + action.id(), schema)
                .title(connector.name() + ": " + action.title())
                .description(action.description())
                .annotations(new McpSchema.ToolAnnotations(action.title(), annotations.readOnly(),
                        annotations.destructive(), annotations.idempotent(), annotations.openWorld(), null))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static McpSchema.Tool withRequiredConnection(McpSchema.Tool tool) {
        Map<String, Object> schema = new LinkedHashMap<>(tool.inputSchema());
        List<Object> required = new ArrayList<>((List<Object>) schema.getOrDefault("required", List.of()));
        required.add("connection");
        schema.put("required", required);
        return McpSchema.Tool.builder(tool.name(), schema).title(tool.title()).description(tool.description())
                .annotations(tool.annotations()).build();
    }
}
