package dev.switchboard.catalog.connection;

/**
 * The secret part of a connection. {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * Credentials kizeo = new Credentials.ApiKey("token-value");
 * Credentials slack = new Credentials.Bearer("xoxb-…");
 * }</pre>
 */
public sealed interface Credentials {

    /** A key placed as the connector's auth spec says (header or query, with its prefix). */
    record ApiKey(String key) implements Credentials {
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
        return java.util.List.of();
    }
}
