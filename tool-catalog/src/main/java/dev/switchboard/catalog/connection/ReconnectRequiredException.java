package dev.switchboard.catalog.connection;

/**
 * A connection can no longer be used until its owner reconnects it (the refresh token was
 * refused, the user never finished authorizing). The message says so and holds no secret.
 *
 * <pre>{@code
 * throw new ReconnectRequiredException("The Zoho connection 'crm' could not be refreshed: reconnect it.");
 * }</pre>
 */
public class ReconnectRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReconnectRequiredException(String message) {
        super(message);
    }
}
