package dev.switchboard.server.connections;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.catalog.ToolResults;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolHandler;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connection management tools: {@code list_connections}, {@code get_connection},
 * {@code create_connection}, {@code update_connection}, {@code test_connection},
 * {@code delete_connection}. Each handler works on the caller's own connections only
 * ({@link Connections} looks them up by owner and checks {@code caller.owns}); results never
 * hold a secret.
 *
 * <pre>{@code
 * extensions.addTools(new ConnectionTools(connections));
 * }</pre>
 */
public final class ConnectionTools implements ToolProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connections connections;
    private final List<ServedTool> tools;

    public ConnectionTools(Connections connections) {
        this.connections = connections;
        McpSchema.ToolAnnotations readOnly = new McpSchema.ToolAnnotations(null, true, false, true, false, null);
        McpSchema.ToolAnnotations writes = new McpSchema.ToolAnnotations(null, false, false, false, true, null);
        this.tools = List.of(
                tool("list_connections", "List connections", "Lists your connections (app, name, auth type, status "
                        + "ACTIVE, PENDING or ERROR with the reason and since when). Connector tools take the name as "
                        + "their 'connection' argument.", schema(Map.of("app", Schemas.APP_OPTIONAL), List.of()), readOnly,
                        call -> result(Map.of("connections", connections.list(call.caller(), text(call, "app")).stream()
                                .map(StoredConnection::describe).toList()))),
                tool("get_connection", "Get connection", "One connection and its status. Poll it after create_connection "
                        + "with oauth2_code: the status turns from PENDING to ACTIVE once the user has authorized.",
                        schema(Schemas.ID, List.of("app", "name")), readOnly,
                        call -> result(connections.get(call.caller(), text(call, "app"), text(call, "name")).describe())),
                tool("create_connection", "Create connection", "Stores credentials for an app under a name. auth.type is "
                        + "one the app accepts (get_app shows them): api_key {key, in?, name?}, basic {username, password}, "
                        + "bearer {token}, oauth2_client_credentials {client_id?, client_secret?, token_url?, scopes?}, "
                        + "oauth2_code {client_id?, client_secret?, authorize_url?, token_url?, refresh_url?, scopes?}: "
                        + "the latter returns an authorization_url for the user to open; leave the client out to use the "
                        + "server's registration, or give your own (a custom OAuth service).",
                        Schemas.create(), writes, this::create),
                tool("update_connection", "Update connection", "Renames a connection (new_name), replaces its credentials "
                        + "(auth, as in create_connection; use it to reconnect after an ERROR) or its settings (fields).",
                        Schemas.update(), writes, this::update),
                tool("test_connection", "Test connection", "Makes a real call to the app's test endpoint with the "
                        + "connection and sets its status to ACTIVE or ERROR. Some apps have no test endpoint: it says so.",
                        schema(Schemas.ID, List.of("app", "name")), writes, this::test),
                tool("delete_connection", "Delete connection", "Deletes a connection and its stored credentials. Refused "
                        + "while flows use it, unless force is true.", Schemas.delete(),
                        new McpSchema.ToolAnnotations(null, false, true, true, false, null), this::delete));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult create(ToolCall call) {
        Connections.Created created = guarded(() -> connections.create(call.caller(), text(call, "app"),
                text(call, "name"), map(call, "auth"), strings(call, "fields")));
        return created(call, created);
    }

    private McpSchema.CallToolResult update(ToolCall call) {
        Caller caller = call.caller();
        String app = text(call, "app");
        String name = text(call, "name");
        Connections.Created created = guarded(() -> {
            StoredConnection current = connections.get(caller, app, name);
            if (call.arguments().containsKey("fields")) {
                current = connections.updateFields(caller, app, name, strings(call, "fields"));
            }
            Connections.Created out = new Connections.Created(current, null);
            if (call.arguments().containsKey("auth")) {
                out = connections.updateCredentials(caller, app, name, map(call, "auth"));
            }
            String newName = text(call, "new_name");
            if (newName != null && !newName.equals(name)) {
                out = new Connections.Created(connections.rename(caller, app, out.connection().name(), newName),
                        out.authorizationUrl());
            }
            return out;
        });
        return created(call, created);
    }

    private McpSchema.CallToolResult test(ToolCall call) {
        Connections.TestResult result = guarded(() -> connections.test(call.caller(), text(call, "app"), text(call, "name")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", result.ok());
        out.put("message", result.message());
        out.put("connection", result.connection().describe());
        return result(out);
    }

    private McpSchema.CallToolResult delete(ToolCall call) {
        StoredConnection deleted = guarded(() -> connections.delete(call.caller(), text(call, "app"), text(call, "name"),
                Boolean.TRUE.equals(call.arguments().get("force"))));
        return result(Map.of("deleted", deleted.describe()));
    }

    /** Shows the authorization URL, and offers it to clients that can open URLs (elicitation, URL mode). */
    private McpSchema.CallToolResult created(ToolCall call, Connections.Created created) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("connection", created.connection().describe());
        if (created.authorizationUrl() != null) {
            String url = created.authorizationUrl().toString();
            out.put("authorization_url", url);
            out.put("next", "Open authorization_url in a browser and approve; then get_connection shows status ACTIVE.");
            if (call.client().canElicitUrl()) {
                McpSchema.ElicitResult answer = call.client().elicit(McpSchema.ElicitUrlRequest.builder(
                        "Authorize Switchboard to use your " + created.connection().app() + " account ("
                                + created.connection().name() + ")", url, created.connection().id()).build());
                out.put("user_response", answer.action().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return result(out);
    }

    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ConnectionException e) {
            throw new ToolException(e.getMessage());
        }
    }

    private static ServedTool tool(String name, String title, String description, Map<String, Object> schema,
            McpSchema.ToolAnnotations annotations, ToolHandler handler) {
        return new ServedTool(McpSchema.Tool.builder(name, schema).title(title).description(description)
                .annotations(annotations).build(), call -> {
                    try {
                        return handler.call(call);
                    } catch (ConnectionException e) {
                        throw new ToolException(e.getMessage());
                    }
                });
    }

    static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
        return ToolSchemas.object(properties, required);
    }

    private static McpSchema.CallToolResult result(Map<String, Object> out) {
        return ToolResults.success(JSON.valueToTree(out));
    }

    private static String text(ToolCall call, String field) {
        Object value = call.arguments().get(field);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(ToolCall call, String field) {
        Object value = call.arguments().get(field);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, String> strings(ToolCall call, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        map(call, field).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
