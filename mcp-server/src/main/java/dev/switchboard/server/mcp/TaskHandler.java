package dev.switchboard.server.mcp;

/**
 * A tool handler whose calls may also run as MCP tasks: a {@code tools/call} with a {@code task}
 * parameter starts the work and answers at once with the task; {@code tasks/get},
 * {@code tasks/result} and {@code tasks/cancel} then go to the {@link TaskProvider} that knows
 * the task ids this handler returns. Such tools are listed with {@code execution.taskSupport: "optional"}.
 *
 * <pre>{@code
 * TaskHandler handler = new TaskHandler() {
 *     public CallToolResult call(ToolCall call) { return runAndWait(call); }
 *     public Task start(ToolCall call, Long ttlMillis) { return startInBackground(call); }
 * };
 * }</pre>
 */
public interface TaskHandler extends ToolHandler {

    /**
     * Starts the call's work in the background and returns its task, status {@code working}.
     * Throw {@link ToolException} when it cannot start (the client gets a JSON-RPC error with the message).
     *
     * @param ttlMillis the lifetime the client asked for; null when it asked for none
     */
    Task start(ToolCall call, Long ttlMillis) throws Exception;
}
