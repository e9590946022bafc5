package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.mcp.ToolSchemas;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code list_apps} and {@code get_app}: what apps the server connects, and an app's actions and
 * triggers with their tool names.
 *
 * <pre>{@code
 * extensions.addTools(new AppTools(catalog));
 * }</pre>
 */
public final class AppTools implements ToolProvider {

    private final Catalog catalog;
    private final List<ServedTool> tools;

    public AppTools(Catalog catalog) {
        this.catalog = catalog;
        Map<String, Object> none = ToolSchemas.object(Map.of(), List.of());
        Map<String, Object> byApp = ToolSchemas.object(Map.of("app", Map.of("type", "string",
                "description", "The app id, e.g. kizeo_forms (list_apps shows them).")), List.of("app"));
        McpSchema.ToolAnnotations readOnly = new McpSchema.ToolAnnotations(null, true, false, true, false, null);
        this.tools = List.of(
                new ServedTool(McpSchema.Tool.builder("list_apps", none).title("List apps")
                        .description("Lists every app Switchboard connects (id, name, what it is for, how many actions "
                                + "and triggers, accepted credential types). Use get_app for one app's actions.")
                        .annotations(readOnly).build(), call -> listApps()),
                new ServedTool(McpSchema.Tool.builder("get_app", byApp).title("Get app")
                        .description("Describes one app: its actions (with their tool names <app>__<action>), triggers "
                                + "and accepted credential types.")
                        .annotations(readOnly).build(), this::getApp));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult listApps() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode apps = out.putArray("apps");
        for (Connector connector : catalog.connectors()) {
            ObjectNode app = apps.addObject();
            app.put("app", connector.app());
            app.put("name", connector.name());
            app.put("description", connector.description());
            app.put("actions", connector.actions().size());
            app.put("triggers", connector.triggers().size());
            ArrayNode auth = app.putArray("auth");
            connector.auth().stream().map(AuthSpec::type).distinct().forEach(auth::add);
        }
        return ToolResults.success(out);
    }

    private McpSchema.CallToolResult getApp(ToolCall call) {
        String id = String.valueOf(call.arguments().get("app"));
        Connector connector = catalog.connector(id).orElseThrow(() -> new ToolException("Unknown app '" + id
                + "'; list_apps shows the apps."));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("app", connector.app());
        out.put("name", connector.name());
        out.put("description", connector.description());
        ArrayNode auth = out.putArray("auth");
        connector.auth().stream().map(AuthSpec::type).distinct().forEach(auth::add);
        ArrayNode actions = out.putArray("actions");
        for (ActionSpec action : connector.actions()) {
            actions.addObject().put("tool", connector.app() + "__" + action.id()).put("step", connector.app() + "." + action.id())
                    .put("title", action.title()).put("description", action.description());
        }
        ArrayNode triggers = out.putArray("triggers");
        for (TriggerSpec trigger : connector.triggers()) {
            triggers.addObject().put("trigger", connector.app() + "." + trigger.id()).put("type", trigger.type())
                    .put("title", trigger.title()).put("description", trigger.description());
        }
        return ToolResults.success(out);
    }
}
