package dev.switchboard.server.mcp;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * Answers one tool call. Arguments have already been checked against the tool's input schema.
 * Throwing {@link ToolException} gives the client an {@code isError} result with its message;
 * any other exception is logged and the client gets a generic message with a reference.
 *
 * <pre>{@code
 * ToolHandler hello = call -> McpSchema.CallToolResult.builder().addTextContent("hello").build();
 * }</pre>
 */
@FunctionalInterface
public interface ToolHandler {

    McpSchema.CallToolResult call(ToolCall call) throws Exception;
}
