package dev.switchboard.catalog.connection;

import java.util.Optional;

/**
 * What {@link TokenRefresher} needs from the place connections are kept.
 *
 * <pre>{@code
 * TokenStore store = connectionStore;     // the database-backed store implements it
 * store.saveTokens(connection, refreshed);
 * }</pre>
 */
public interface TokenStore {

    /** The connection as currently stored (another thread may have refreshed it). */
    Optional<Connection> reload(Connection connection);

    /** Stores new tokens (including a rotated refresh token) and marks the connection ACTIVE. */
    void saveTokens(Connection connection, Credentials.OAuth2 credentials);

    /** Marks the connection ERROR with a reason that holds no secret. */
    void markError(Connection connection, String reason);
}
