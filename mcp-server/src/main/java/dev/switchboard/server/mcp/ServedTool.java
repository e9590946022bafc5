package dev.switchboard.server.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * A tool as listed to clients, with the code that answers its calls.
 *
 * <pre>{@code
 * new ServedTool(McpSchema.Tool.builder("echo", schema).description("Echoes").build(), handler);
 * }</pre>
 */
public record ServedTool(McpSchema.Tool tool, ToolHandler handler) {

    public ServedTool {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(handler, "handler");
    }

    public String name() {
        return tool.name();
    }
}
