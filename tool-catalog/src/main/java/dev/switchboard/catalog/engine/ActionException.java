package dev.switchboard.catalog.engine;

/**
 * An action that did not succeed, with what the provider said. The message is shown to the
 * caller, so it never holds a credential (the engine masks them before throwing).
 *
 * <pre>{@code
 * throw new ActionException(404, "Slack answered 404: channel_not_found");
 * }</pre>
 *
 * @see #status() the provider's HTTP status, or 0 when no response came back
 */
public class ActionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ActionException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
