package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import java.util.List;

/**
 * The extension point for tools: connectors, published flows, management tools and the
 * conformance fixtures all plug into the server as providers of this type.
 *
 * <pre>{@code
 * ToolProvider echo = caller -> List.of(new ServedTool(tool, call -> CallToolResult.builder()
 *         .addTextContent(String.valueOf(call.arguments().get("text"))).build()));
 * extensions.addTools(echo);
 * }</pre>
 */
@FunctionalInterface
public interface ToolProvider {

    /**
     * The tools this caller may see and call, in a stable order. Calls are resolved through
     * this same list, so a tool that is not listed for a caller cannot be called by them.
     */
    List<ServedTool> tools(Caller caller);
}
