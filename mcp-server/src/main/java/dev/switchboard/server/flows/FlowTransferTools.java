package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.ToolKit.json;
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

/**
 * {@code export_flows} and {@code import_flows}: several flows to a JSON bundle and back (see
 * {@link FlowTransfer} for what a bundle holds and how an import remaps it).
 *
 * <pre>{@code
 * extensions.addTools(new FlowTransferTools(new FlowTransfer(library, connectionStore, clock)));
 * }</pre>
 */
public final class FlowTransferTools implements ToolProvider {

    private final FlowTransfer transfer;
    private final List<ServedTool> tools;

    public FlowTransferTools(FlowTransfer transfer) {
        this.transfer = transfer;
        this.tools = List.of(
                tool("export_flows", "Export flows", "Your flows as one JSON bundle (" + FlowTransfer.FORMAT + "): name, "
                        + "slug, folder, draft and, with include_versions, the published versions. Connections are named "
                        + "(app and name), never their credentials. import_flows reads it back.", schema(Map.of(
                                "ids", ToolKit.ids("The ids of the flows to export."),
                                "include_versions", Map.of("type", "boolean",
                                        "description", "Also export the published versions (default false: drafts only).")),
                                List.of("ids")), ToolKit.READ_ONLY, this::export),
                tool("import_flows", "Import flows", "Creates your own flows from an export_flows bundle: new ids, a "
                        + "slug or name you already use gets a suffix, connections are matched by app and name to yours. "
                        + "The flows are drafts (their versions come along as history). Answers per flow with its "
                        + "validation errors and which connections matched. A malformed bundle creates nothing.",
                        schema(Map.of("bundle", Map.of("type", "object", "description", "The JSON object export_flows gave."),
                                "folder", ToolKit.text("Optional folder for every imported flow; default: the bundle's folders."),
                                "connections", Map.of("type", "object", "additionalProperties", Map.of("type", "string", "minLength", 1),
                                        "description", "Optional renames of the bundle's connection names to yours, e.g. "
                                                + "{\"backup\": \"my-api\"}; other names are kept and matched as they are.")),
                                List.of("bundle")), ToolKit.WRITES, this::importBundle));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult export(ToolCall call) {
        return result(transfer.export(call.caller(), ToolKit.texts(call, "ids"), ToolKit.flag(call, "include_versions")));
    }

    private McpSchema.CallToolResult importBundle(ToolCall call) {
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) call.arguments().get("connections");
        return result(transfer.importBundle(call.caller(), json(call, "bundle"), text(call, "folder"), names));
    }
}
