package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.ToolKit.flag;
import static dev.switchboard.server.flows.ToolKit.json;
import static dev.switchboard.server.flows.ToolKit.result;
import static dev.switchboard.server.flows.ToolKit.schema;
import static dev.switchboard.server.flows.ToolKit.text;
import static dev.switchboard.server.flows.ToolKit.tool;

import dev.switchboard.runtime.validate.Problem;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.Page;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flow management tools: {@code create_flow}, {@code get_flow}, {@code list_flows},
 * {@code update_flow}, {@code validate_flow}, {@code publish_flow}, {@code set_flow_enabled},
 * {@code delete_flow}, {@code list_flow_versions}, {@code restore_flow_version}. Every handler
 * goes through {@link FlowLibrary}, which only finds the caller's own flows.
 *
 * <pre>{@code
 * extensions.addTools(new FlowTools(library, triggers.info()));
 * }</pre>
 */
public final class FlowTools implements ToolProvider {

    private static final int PAGE = 50;
    private static final Map<String, Object> ID = ToolKit.text("The flow's id (create_flow and list_flows give it).");
    private static final Map<String, Object> DEFINITION = Map.of("type", "object", "description",
            "The flow document (switchboard.flow/v1): {format, name, inputs?, trigger?, steps, output?}; see docs/flow-format.md.");

    private final FlowLibrary library;
    private final FlowTriggerInfo triggers;
    private final List<ServedTool> tools;

    public FlowTools(FlowLibrary library, FlowTriggerInfo triggers) {
        this.library = library;
        this.triggers = triggers;
        Map<String, Object> idOnly = schema(Map.of("id", ID), List.of("id"));
        this.tools = List.of(
                tool("create_flow", "Create flow", "Stores a new flow as a draft and returns its id, its slug (the tool "
                        + "flow__<slug> once published) and the validator's errors, each with a JSON pointer. The draft is "
                        + "kept even with errors: fix them with update_flow, then publish_flow.",
                        schema(Map.of("definition", DEFINITION, "folder", ToolKit.text("Optional folder to file the flow under.")),
                                List.of("definition")), ToolKit.WRITES, this::create),
                tool("get_flow", "Get flow", "One flow: its draft definition, status (draft, published, disabled), live "
                        + "version, tool name, the draft's current errors, and how it starts (trigger: a webhook's URL, "
                        + "a schedule's next fire time, a polling trigger's last poll; get_flow_webhook gives a webhook's secret).", idOnly, ToolKit.READ_ONLY, this::get),
                tool("list_flows", "List flows", "Your flows by name, 50 a page. query matches name or slug (any case); "
                        + "status is draft (never published), published (served as a tool) or disabled; enabled, folder and "
                        + "app (trigger or any step) narrow it further.", schema(Map.of(
                                "query", ToolKit.text("Text the name or slug contains, in any case."),
                                "status", Map.of("type", "string", "enum", List.of("draft", "published", "disabled"),
                                        "description", "Only flows with this status."),
                                "enabled", Map.of("type", "boolean", "description", "Only enabled (true) or disabled (false) flows."),
                                "folder", ToolKit.text("Only flows in this folder; an empty string for those at the root."),
                                "app", ToolKit.text("Only flows whose trigger or steps use this app, e.g. kizeo_forms."),
                                "cursor", ToolKit.CURSOR), List.of()), ToolKit.READ_ONLY, this::list),
                tool("update_flow", "Update flow", "Replaces the draft definition and returns the validator's errors. "
                        + "The live version does not change until publish_flow; the slug stays.",
                        schema(Map.of("id", ID, "definition", DEFINITION), List.of("id", "definition")), ToolKit.WRITES, this::update),
                tool("validate_flow", "Validate flow", "Checks a stored flow's draft (id) or a definition (definition) "
                        + "against the catalog and your connections: {valid, errors} with a JSON pointer, a code, what to "
                        + "fix and suggestions per error.", schema(Map.of("id", ID, "definition", DEFINITION), List.of()),
                        ToolKit.READ_ONLY, this::validate),
                tool("publish_flow", "Publish flow", "Publishes the draft as a new immutable version and serves it as the "
                        + "tool flow__<slug> (while enabled). Refused, with the errors, while the draft is not valid.",
                        idOnly, ToolKit.WRITES, this::publish),
                tool("set_flow_enabled", "Enable or disable flow", "Disabled flows are not served as tools and cannot be run; "
                        + "their versions are kept.", schema(Map.of("id", ID, "enabled", Map.of("type", "boolean",
                                "description", "true to serve the published flow, false to stop serving it.")),
                                List.of("id", "enabled")), ToolKit.WRITES, this::setEnabled),
                tool("delete_flow", "Delete flow", "Deletes the flow and all its versions; its tool disappears. Past runs "
                        + "stay visible in list_runs.", idOnly, ToolKit.DESTRUCTIVE, this::delete),
                tool("list_flow_versions", "List flow versions", "The published versions of a flow, newest first.",
                        idOnly, ToolKit.READ_ONLY, this::versions),
                tool("restore_flow_version", "Restore flow version", "Makes an earlier version live again: its definition "
                        + "is published as a new version and becomes the draft.", schema(Map.of("id", ID, "version",
                                Map.of("type", "integer", "minimum", 1, "description", "The version to restore (list_flow_versions).")),
                                List.of("id", "version")), ToolKit.WRITES, this::restore));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult create(ToolCall call) {
        FlowLibrary.Saved saved = library.create(call.caller(), json(call, "definition"), text(call, "folder"));
        return result(saved(saved));
    }

    private McpSchema.CallToolResult get(ToolCall call) {
        var flow = library.get(call.caller(), text(call, "id"));
        ObjectNode out = FlowJson.summary(flow);
        out.put("created_at", flow.createdAt().toString());
        out.set("definition", flow.draft());
        out.set("errors", FlowJson.problems(library.validate(call.caller(), flow.draft())));
        out.set("trigger", triggers.describe(flow));
        return result(out);
    }

    private McpSchema.CallToolResult list(ToolCall call) {
        String query = text(call, "query") == null ? null : text(call, "query").toLowerCase(Locale.ROOT);
        String status = text(call, "status");
        Object enabled = call.arguments().get("enabled");
        String folder = text(call, "folder");
        String app = text(call, "app");
        List<StoredFlow> matching = library.list(call.caller()).stream()
                .filter(f -> status == null || f.status().equals(status))
                .filter(f -> enabled == null || enabled.equals(f.enabled()))
                .filter(f -> folder == null || (folder.isBlank() ? f.folder() == null : folder.strip().equals(f.folder())))
                .filter(f -> app == null || FlowApps.apps(f.draft()).contains(app))
                .filter(f -> query == null || f.name().toLowerCase(Locale.ROOT).contains(query) || f.slug().contains(query))
                .toList();
        Page<StoredFlow> page = ToolKit.page(matching, text(call, "cursor"), PAGE);
        ObjectNode out = FlowJson.JSON.createObjectNode();
        page.items().forEach(f -> out.withArray("flows").add(FlowJson.summary(f)));
        out.withArray("flows");
        if (page.nextCursor() != null) {
            out.put("next_cursor", page.nextCursor());
        }
        return result(out);
    }

    private McpSchema.CallToolResult update(ToolCall call) {
        return result(saved(library.update(call.caller(), text(call, "id"), json(call, "definition"))));
    }

    private McpSchema.CallToolResult validate(ToolCall call) {
        JsonNode definition = json(call, "definition");
        String id = text(call, "id");
        if ((definition == null) == (id == null)) {
            throw new ToolException("Give either id (to check a stored flow's draft) or definition (to check a document), not both.");
        }
        List<Problem> problems = library.validate(call.caller(), definition != null ? definition : library.get(call.caller(), id).draft());
        ObjectNode out = FlowJson.JSON.createObjectNode().put("valid", problems.isEmpty());
        out.set("errors", FlowJson.problems(problems));
        return result(out);
    }

    private McpSchema.CallToolResult publish(ToolCall call) {
        FlowVersion version = library.publish(call.caller(), text(call, "id"));
        StoredFlow flow = library.get(call.caller(), version.flowId());
        ObjectNode out = FlowJson.JSON.createObjectNode().put("id", flow.id()).put("version", version.version())
                .put("tool", flow.toolName()).put("enabled", flow.enabled());
        if (!flow.enabled()) {
            out.put("next", "The flow is disabled: set_flow_enabled with enabled=true serves it as " + flow.toolName() + ".");
        }
        return result(out);
    }

    private McpSchema.CallToolResult setEnabled(ToolCall call) {
        return result(FlowJson.summary(library.setEnabled(call.caller(), text(call, "id"), flag(call, "enabled"))));
    }

    private McpSchema.CallToolResult delete(ToolCall call) {
        StoredFlow deleted = library.delete(call.caller(), text(call, "id"));
        return result(FlowJson.JSON.createObjectNode().put("deleted", deleted.id()).put("name", deleted.name()));
    }

    private McpSchema.CallToolResult versions(ToolCall call) {
        ObjectNode out = FlowJson.JSON.createObjectNode();
        out.putArray("versions");
        library.versions(call.caller(), text(call, "id")).forEach(v -> out.withArray("versions").add(FlowJson.version(v, false)));
        return result(out);
    }

    private McpSchema.CallToolResult restore(ToolCall call) {
        Object version = call.arguments().get("version");
        FlowVersion restored = library.restore(call.caller(), text(call, "id"), ((Number) version).intValue());
        return result(FlowJson.JSON.createObjectNode().put("id", restored.flowId()).put("version", restored.version())
                .put("restored_from", ((Number) version).intValue()));
    }

    private static ObjectNode saved(FlowLibrary.Saved saved) {
        ObjectNode out = FlowJson.JSON.createObjectNode().put("id", saved.flow().id()).put("slug", saved.flow().slug())
                .put("name", saved.flow().name()).put("valid", saved.problems().isEmpty());
        out.set("errors", FlowJson.problems(saved.problems()));
        return out;
    }
}
