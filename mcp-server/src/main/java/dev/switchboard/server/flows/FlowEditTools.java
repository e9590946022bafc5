package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.ToolKit.number;
import static dev.switchboard.server.flows.ToolKit.result;
import static dev.switchboard.server.flows.ToolKit.schema;
import static dev.switchboard.server.flows.ToolKit.text;
import static dev.switchboard.server.flows.ToolKit.tool;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * More flow management tools: {@code rename_flow}, {@code duplicate_flow}, {@code delete_flows}
 * (bulk), {@code rename_flow_version} and {@code delete_flow_version}. Like {@link FlowTools},
 * every handler goes through {@link FlowLibrary}, which only finds the caller's own flows.
 *
 * <pre>{@code
 * extensions.addTools(new FlowEditTools(library));
 * }</pre>
 */
public final class FlowEditTools implements ToolProvider {

    private static final Map<String, Object> ID = ToolKit.text("The flow's id (create_flow and list_flows give it).");
    private static final Map<String, Object> VERSION = Map.of("type", "integer", "minimum", 1,
            "description", "The version number (list_flow_versions).");

    private final FlowLibrary library;
    private final List<ServedTool> tools;

    public FlowEditTools(FlowLibrary library) {
        this.library = library;
        this.tools = List.of(
                tool("rename_flow", "Rename flow", "Gives a flow a new name and slug. The slug comes from the name "
                        + "unless given; a published flow's tool flow__<slug> is renamed with it (clients are told the "
                        + "tool list changed).", schema(Map.of("id", ID, "name", ToolKit.text("The new name."),
                                "slug", ToolKit.text("Optional slug: 1 to 58 of a-z, 0-9, '_' and '-'.")),
                                List.of("id", "name")), ToolKit.WRITES, this::rename),
                tool("duplicate_flow", "Duplicate flow", "Copies a flow's draft into a new unpublished flow named "
                        + "'<name> (copy)' with its own slug, in the same folder. Versions are not copied.",
                        schema(Map.of("id", ID), List.of("id")), ToolKit.WRITES, this::duplicate),
                tool("delete_flows", "Delete flows", "Deletes several flows and their versions at once; their tools "
                        + "disappear, past runs stay. All the ids must be yours, otherwise nothing is deleted.",
                        schema(Map.of("ids", ToolKit.ids("The ids of the flows to delete.")), List.of("ids")),
                        ToolKit.DESTRUCTIVE, this::deleteAll),
                tool("rename_flow_version", "Label flow version", "Gives a published version a label (e.g. 'before "
                        + "the Teams change'); an empty label removes it. The version's definition never changes.",
                        schema(Map.of("id", ID, "version", VERSION, "label", ToolKit.text("The label; empty to remove it.")),
                                List.of("id", "version", "label")), ToolKit.WRITES, this::label),
                tool("delete_flow_version", "Delete flow version", "Removes an old version from a flow's history. "
                        + "The live version is refused: publish or restore another version first.",
                        schema(Map.of("id", ID, "version", VERSION), List.of("id", "version")),
                        ToolKit.DESTRUCTIVE, this::deleteVersion));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult rename(ToolCall call) {
        StoredFlow flow = library.rename(call.caller(), text(call, "id"), text(call, "name"), text(call, "slug"));
        return result(FlowJson.summary(flow));
    }

    private McpSchema.CallToolResult duplicate(ToolCall call) {
        FlowLibrary.Saved saved = library.duplicate(call.caller(), text(call, "id"));
        ObjectNode out = FlowJson.summary(saved.flow()).put("duplicate_of", text(call, "id")).put("valid", saved.problems().isEmpty());
        out.set("errors", FlowJson.problems(saved.problems()));
        return result(out);
    }

    private McpSchema.CallToolResult deleteAll(ToolCall call) {
        List<StoredFlow> deleted = library.deleteAll(call.caller(), ToolKit.texts(call, "ids"));
        ObjectNode out = FlowJson.JSON.createObjectNode();
        out.putArray("deleted");
        deleted.forEach(f -> out.withArray("deleted").addObject().put("id", f.id()).put("name", f.name()));
        return result(out);
    }

    private McpSchema.CallToolResult label(ToolCall call) {
        FlowVersion version = library.labelVersion(call.caller(), text(call, "id"), number(call, "version"), text(call, "label"));
        return result(FlowJson.version(version, false).put("id", version.flowId()));
    }

    private McpSchema.CallToolResult deleteVersion(ToolCall call) {
        FlowVersion deleted = library.deleteVersion(call.caller(), text(call, "id"), number(call, "version"));
        return result(FlowJson.JSON.createObjectNode().put("id", deleted.flowId()).put("deleted_version", deleted.version()));
    }
}
