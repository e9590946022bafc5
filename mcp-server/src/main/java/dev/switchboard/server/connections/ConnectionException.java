package dev.switchboard.server.connections;

/**
 * A connection request that cannot be done as asked; the message says what to fix and never
 * holds a secret. MCP tools show it as an error result, the CLI prints it (exit code 1).
 *
 * <pre>{@code
 * throw new ConnectionException("You have no kizeo_forms connection named 'x'; yours: main.");
 * }</pre>
 */
public class ConnectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConnectionException(String message) {
        super(message);
    }
}
