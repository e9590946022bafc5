package dev.switchboard.catalog.connection;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes OAuth2 access tokens before they expire and once after a 401. Concurrent refreshes
 * of one connection are collapsed: the first caller refreshes, the others wait on the same
 * lock, re-read the store and find the new token. A failed refresh marks the connection ERROR
 * and fails the call with a message that says to reconnect.
 *
 * <pre>{@code
 * TokenRefresher refresher = new TokenRefresher(store, endpoint, Clock.systemUTC(), Duration.ofSeconds(60));
 * HttpEngine engine = new HttpEngine(guard, blobs, route, timeout, refresher);
 * }</pre>
 */
public final class TokenRefresher implements CredentialRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRefresher.class);

    private final TokenStore store;
    private final TokenEndpoint endpoint;
    private final Clock clock;
    private final Duration margin;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    /** @param margin how long before {@code expires_in} runs out a token counts as expired (clock skew, slow calls) */
    public TokenRefresher(TokenStore store, TokenEndpoint endpoint, Clock clock, Duration margin) {
        this.store = store;
        this.endpoint = endpoint;
        this.clock = clock;
        this.margin = margin;
    }

    @Override
    public Connection beforeUse(Connection connection) {
        if (connection == null || !(connection.credentials() instanceof Credentials.OAuth2 oauth)) {
            return connection;
        }
        if (oauth.accessToken() == null && oauth.refreshToken() == null
                && !OAuthClient.CLIENT_CREDENTIALS.equals(oauth.client().grant())) {
            throw new ReconnectRequiredException("The " + describe(connection) + " is not authorized yet: open the "
                    + "authorization URL that create_connection gave, or start again with update_connection.");
        }
        return expiring(oauth) ? refresh(connection, oauth.accessToken()) : connection;
    }

    @Override
    public Connection afterUnauthorized(Connection used) {
        if (used == null || !(used.credentials() instanceof Credentials.OAuth2 oauth)) {
            return null;
        }
        return refresh(used, oauth.accessToken());
    }

    private boolean expiring(Credentials.OAuth2 oauth) {
        return oauth.accessToken() == null
                || oauth.expiresAt() != null && !clock.instant().plus(margin).isBefore(oauth.expiresAt());
    }

    /** Refreshes unless another thread already replaced {@code staleToken}. */
    private Connection refresh(Connection connection, String staleToken) {
        Object lock = locks.computeIfAbsent(connection.id(), id -> new Object());
        synchronized (lock) {
            Connection current = store.reload(connection).orElseThrow(() -> new ReconnectRequiredException(
                    "The " + describe(connection) + " was deleted; create it again."));
            if (!(current.credentials() instanceof Credentials.OAuth2 oauth)) {
                return current; // the owner replaced the OAuth credentials with static ones meanwhile
            }
            if (!Objects.equals(oauth.accessToken(), staleToken) && !expiring(oauth)) {
                return current; // someone refreshed while we waited
            }
            OAuthTokens tokens;
            try {
                if (oauth.refreshToken() != null) {
                    tokens = endpoint.refresh(oauth.client(), oauth.refreshToken());
                } else if (OAuthClient.CLIENT_CREDENTIALS.equals(oauth.client().grant())) {
                    tokens = endpoint.clientCredentials(oauth.client());
                } else {
                    throw new TokenEndpoint.OAuthException("the provider gave no refresh token");
                }
            } catch (TokenEndpoint.OAuthException e) {
                String reason = "token refresh failed: " + Masking.mask(e.getMessage(), oauth.secretValues());
                store.markError(current, reason);
                LOG.warn("{}: {}", describe(current), reason);
                throw new ReconnectRequiredException("The " + describe(current) + " could not be refreshed ("
                        + reason + "). Reconnect it: update_connection with new credentials, or "
                        + "'switchboard connection create' again.");
            }
            Credentials.OAuth2 renewed = oauth.withTokens(tokens);
            store.saveTokens(current, renewed);
            return new Connection(current.id(), current.name(), current.app(), current.owner(), renewed, current.fields());
        }
    }

    private static String describe(Connection connection) {
        return connection.app() + " connection '" + connection.name() + "'";
    }
}
