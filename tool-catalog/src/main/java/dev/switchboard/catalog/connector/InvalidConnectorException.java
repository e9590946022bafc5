package dev.switchboard.catalog.connector;

/**
 * A connector file that cannot be used; the message lists every problem with its place.
 *
 * <pre>{@code
 * throw new InvalidConnectorException("slack.json: actions[send_message]: method must be one of …");
 * }</pre>
 */
public class InvalidConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConnectorException(String message) {
        super(message);
    }
}
