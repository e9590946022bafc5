package dev.switchboard.catalog.connection;

/**
 * Keeps a connection's credentials usable: the engine asks before each action and once more
 * after the provider answered 401. Implemented by {@link TokenRefresher}; static credentials
 * pass through unchanged.
 *
 * <pre>{@code
 * Connection ready = renewal.beforeUse(connection);            // refreshed if about to expire
 * Connection retry = renewal.afterUnauthorized(ready);         // null: nothing to retry with
 * }</pre>
 */
public interface CredentialRenewal {

    /** The connection with credentials that will not expire during the call. */
    Connection beforeUse(Connection connection);

    /**
     * Fresh credentials after the provider refused {@code used}, or null when a retry cannot
     * help (an API key is simply wrong).
     *
     * @throws ReconnectRequiredException when the refresh itself fails
     */
    Connection afterUnauthorized(Connection used);

    CredentialRenewal NONE = new CredentialRenewal() {
        @Override
        public Connection beforeUse(Connection connection) {
            return connection;
        }

        @Override
        public Connection afterUnauthorized(Connection used) {
            return null;
        }
    };
}
