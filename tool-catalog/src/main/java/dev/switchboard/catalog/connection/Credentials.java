package dev.switchboard.catalog.connection;

/**
 * The secret part of a connection. {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * Credentials kizeo = new Credentials.ApiKey("token-value");
 * Credentials slack = new Credentials.Bearer("xoxb-…");
 * Credentials zoho = new Credentials.OAuth2(client, accessToken, refreshToken, expiresAt);
 * }</pre>
 */
public sealed interface Credentials {

    /**
     * A key placed as the connector's auth spec says (header or query, with its prefix), or
     * where the connection says when {@code in} and {@code name} are given (the generic HTTP app).
     */
    record ApiKey(String key, String in, String name) implements Credentials {

        public ApiKey(String key) {
            this(key, null, null);
        }

        @Override
        public String toString() {
            return "ApiKey[***]";
        }
    }

    /** HTTP basic authentication. */
    record Basic(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Basic[" + username + ", ***]";
        }
    }

    /** A bearer token, including an OAuth2 access token. */
    record Bearer(String token) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    /**
     * OAuth2 tokens and the client that obtained them. {@code accessToken} is null while an
     * authorization-code connection waits for the user to approve it.
     *
     * @param expiresAt when the access token stops working; null when the provider did not say
     */
    record OAuth2(OAuthClient client, String accessToken, String refreshToken, java.time.Instant expiresAt)
            implements Credentials {

        public OAuth2 {
            java.util.Objects.requireNonNull(client, "client");
        }

        /** The same client with new tokens; a provider that does not rotate refresh tokens keeps the old one. */
        public OAuth2 withTokens(OAuthTokens tokens) {
            return new OAuth2(client, tokens.accessToken(),
                    tokens.refreshToken() != null ? tokens.refreshToken() : refreshToken, tokens.expiresAt());
        }

        @Override
        public String toString() {
            return "OAuth2[" + client + ", ***]";
        }
    }

    /** No credentials (public APIs and core utilities). */
    record None() implements Credentials {
    }

    /** Every secret value, so that they can be masked wherever text leaves the server. */
    default java.util.List<String> secretValues() {
        if (this instanceof ApiKey k) {
            return java.util.List.of(k.key());
        }
        if (this instanceof Basic b) {
            return java.util.List.of(b.password());
        }
        if (this instanceof Bearer b) {
            return java.util.List.of(b.token());
        }
        if (this instanceof OAuth2 o) {
            java.util.List<String> secrets = new java.util.ArrayList<>();
            for (String s : new String[] {o.accessToken(), o.refreshToken(), o.client().clientSecret()}) {
                if (s != null) {
                    secrets.add(s);
                }
            }
            return secrets;
        }
        return java.util.List.of();
    }
}
