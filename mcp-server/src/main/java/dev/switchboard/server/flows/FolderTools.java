package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.ToolKit.flag;
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
 * The folder tools: {@code list_folders}, {@code create_folder}, {@code rename_folder},
 * {@code delete_folder} and {@code move_flows} (several flows at once, into a folder or the root).
 *
 * <pre>{@code
 * extensions.addTools(new FolderTools(new Folders(dataSource, clock, library)));
 * }</pre>
 */
public final class FolderTools implements ToolProvider {

    private static final Map<String, Object> NAME = ToolKit.text("The folder's name (list_folders shows them).");

    private final Folders folders;
    private final List<ServedTool> tools;

    public FolderTools(Folders folders) {
        this.folders = folders;
        this.tools = List.of(
                tool("list_folders", "List folders", "Your flow folders by name, each with how many flows it holds. "
                        + "list_flows with folder shows a folder's flows.", schema(Map.of(), List.of()), ToolKit.READ_ONLY, this::list),
                tool("create_folder", "Create folder", "Creates an empty folder for flows (move_flows and create_flow's "
                        + "folder file flows in it).", schema(Map.of("name", NAME), List.of("name")), ToolKit.WRITES, this::create),
                tool("rename_folder", "Rename folder", "Renames a folder; its flows stay in it.", schema(Map.of("name", NAME,
                        "new_name", ToolKit.text("The folder's new name.")), List.of("name", "new_name")), ToolKit.WRITES, this::rename),
                tool("delete_folder", "Delete folder", "Deletes a folder. A folder that holds flows is refused unless "
                        + "move_flows_to_root is true; flows are never deleted with their folder.", schema(Map.of("name", NAME,
                                "move_flows_to_root", Map.of("type", "boolean", "description",
                                        "true to move the folder's flows to the root and delete it; default false.")),
                                List.of("name")), ToolKit.DESTRUCTIVE, this::delete),
                tool("move_flows", "Move flows", "Files several flows under a folder (created when new) or, without "
                        + "folder, at the root. All the ids must be yours, otherwise nothing moves.", schema(Map.of(
                                "ids", ToolKit.ids("The ids of the flows to move."),
                                "folder", ToolKit.text("The target folder; leave it out (or empty) for the root.")),
                                List.of("ids")), ToolKit.WRITES, this::move));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult list(ToolCall call) {
        ObjectNode out = FlowJson.JSON.createObjectNode();
        out.putArray("folders");
        folders.list(call.caller()).forEach(f -> out.withArray("folders").addObject().put("name", f.name()).put("flows", f.flows()));
        return result(out);
    }

    private McpSchema.CallToolResult create(ToolCall call) {
        FolderStore.Folder folder = folders.create(call.caller(), text(call, "name"));
        return result(FlowJson.JSON.createObjectNode().put("name", folder.name()).put("flows", folder.flows()));
    }

    private McpSchema.CallToolResult rename(ToolCall call) {
        FolderStore.Folder folder = folders.rename(call.caller(), text(call, "name"), text(call, "new_name"));
        return result(FlowJson.JSON.createObjectNode().put("name", folder.name()).put("flows", folder.flows()));
    }

    private McpSchema.CallToolResult delete(ToolCall call) {
        int moved = folders.delete(call.caller(), text(call, "name"), flag(call, "move_flows_to_root"));
        return result(FlowJson.JSON.createObjectNode().put("deleted", text(call, "name").strip()).put("moved_to_root", moved));
    }

    private McpSchema.CallToolResult move(ToolCall call) {
        String folder = text(call, "folder");
        List<StoredFlow> moved = folders.move(call.caller(), ToolKit.texts(call, "ids"), folder == null || folder.isBlank() ? null : folder);
        ObjectNode out = FlowJson.JSON.createObjectNode();
        out.putArray("flows");
        moved.forEach(f -> out.withArray("flows").add(FlowJson.summary(f)));
        return result(out);
    }
}
