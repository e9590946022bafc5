package dev.switchboard.catalog.connection;

import java.util.List;
import java.util.Objects;

/**
 * An OAuth2 client registration: who we are at the provider and where its endpoints are. For
 * built-in apps the ids come from the server's configuration and the URLs from the connector;
 * a custom service (the user's own app registration) supplies all of them.
 *
 * <pre>{@code
 * new OAuthClient(OAuthClient.AUTHORIZATION_CODE, "id", "secret", "https://idp/authorize",
 *         "https://idp/token", null, List.of("read"));
 * }</pre>
 *
 * @param grant {@link #AUTHORIZATION_CODE} or {@link #CLIENT_CREDENTIALS}
 * @param clientSecret may be null for public clients (PKCE alone)
 * @param refreshUrl where refresh tokens are redeemed; null means the token URL
 */
public record OAuthClient(String grant, String clientId, String clientSecret, String authorizeUrl, String tokenUrl,
        String refreshUrl, List<String> scopes) {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    public OAuthClient {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The refresh URL, or the token URL when the provider uses one endpoint for both. */
    public String effectiveRefreshUrl() {
        return refreshUrl == null || refreshUrl.isBlank() ? tokenUrl : refreshUrl;
    }

    @Override
    public String toString() {
        return "OAuthClient[" + grant + ", " + clientId + ", " + tokenUrl + ", secret ***]";
    }
}
