package dev.switchboard.server.mcp;

/**
 * A tool call that failed for a reason the caller can act on; its message is shown to them
 * as an {@code isError} result, so it must say what to fix and must never hold a secret.
 *
 * <pre>{@code
 * throw new ToolException("form_id 42 does not exist; list_forms shows the ids you can use");
 * }</pre>
 */
public class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }
}
