package dev.switchboard.server.connections;

import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connection.OAuthClient;
import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.Connector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@code auth} object of create_connection (or the CLI's options) into credentials,
 * checked against the auth types the app's connector accepts. OAuth2 clients are merged from the
 * connector (URLs, scopes), the server's registrations (client id and secret) and the request
 * itself, which may define a complete custom service.
 *
 * <pre>{@code
 * Credentials c = AuthInput.credentials(connector, Map.of("type", "bearer", "token", "…"), apps);
 * }</pre>
 */
final class AuthInput {

    static final List<String> TYPES = List.of("api_key", "basic", "bearer", "oauth2_code", "oauth2_client_credentials");

    private AuthInput() {
    }

    /** The auth type, checked against the connector. */
    static String type(Connector connector, Map<String, Object> auth) {
        String type = text(auth, "type");
        if (type == null || !TYPES.contains(type)) {
            throw new ConnectionException("auth.type must be one of " + TYPES + accepted(connector));
        }
        if (connector.auth().stream().noneMatch(a -> a.type().equals(type))) {
            throw new ConnectionException(connector.name() + " does not accept '" + type + "' credentials" + accepted(connector));
        }
        return type;
    }

    /** Static credentials, or OAuth2 credentials without tokens yet (the caller obtains them). */
    static Credentials credentials(Connector connector, String type, Map<String, Object> auth, OAuthApps apps) {
        return switch (type) {
            case "api_key" -> {
                String in = text(auth, "in");
                if (in != null && !in.equals("header") && !in.equals("query")) {
                    throw new ConnectionException("auth.in must be 'header' or 'query'");
                }
                yield new Credentials.ApiKey(required(auth, "key"), in, text(auth, "name"));
            }
            case "basic" -> new Credentials.Basic(required(auth, "username"), required(auth, "password"));
            case "bearer" -> new Credentials.Bearer(required(auth, "token"));
            default -> new Credentials.OAuth2(client(connector, type, auth, apps), null, null, null);
        };
    }

    private static OAuthClient client(Connector connector, String type, Map<String, Object> auth, OAuthApps apps) {
        AuthSpec spec = connector.auth().stream().filter(a -> a.type().equals(type)).findFirst().orElseThrow();
        String clientId = text(auth, "client_id");
        String clientSecret = text(auth, "client_secret");
        if (clientId == null) {
            Optional<OAuthApps.Registration> registration = apps.forApp(connector.app());
            if (registration.isEmpty()) {
                throw new ConnectionException("The server has no OAuth client for " + connector.name() + ": give auth.client_id "
                        + "and auth.client_secret of your own app registration, or ask the administrator to set "
                        + "SWITCHBOARD_OAUTH_" + connector.app().toUpperCase(java.util.Locale.ROOT) + "_CLIENT_ID and _CLIENT_SECRET.");
            }
            clientId = registration.get().clientId();
            clientSecret = registration.get().clientSecret();
        }
        boolean code = type.equals("oauth2_code");
        String authorizeUrl = or(text(auth, "authorize_url"), spec.authorizeUrl());
        String tokenUrl = or(text(auth, "token_url"), spec.tokenUrl());
        if (tokenUrl == null || code && authorizeUrl == null) {
            throw new ConnectionException("auth needs " + (code ? "authorize_url and token_url" : "token_url")
                    + ": " + connector.name() + "'s connector does not define them");
        }
        List<String> scopes = new ArrayList<>(spec.scopes());
        if (auth.get("scopes") instanceof List<?> given) {
            scopes = given.stream().map(String::valueOf).toList();
        } else if (auth.get("scopes") instanceof String given && !given.isBlank()) {
            scopes = List.of(given.trim().split("[\\s,]+"));
        }
        return new OAuthClient(code ? OAuthClient.AUTHORIZATION_CODE : OAuthClient.CLIENT_CREDENTIALS, clientId,
                clientSecret, authorizeUrl, tokenUrl, or(text(auth, "refresh_url"), spec.refreshUrl()), scopes);
    }

    private static String accepted(Connector connector) {
        List<String> types = connector.auth().stream().map(AuthSpec::type).filter(t -> !t.equals("none")).toList();
        return types.isEmpty() ? "; " + connector.name() + " needs no connection" : "; " + connector.name() + " accepts " + types;
    }

    private static String required(Map<String, Object> auth, String field) {
        String value = text(auth, field);
        if (value == null || value.isEmpty()) {
            throw new ConnectionException("auth." + field + " is required for this auth type");
        }
        return value;
    }

    static String text(Map<String, Object> map, String field) {
        Object value = map.get(field);
        return value == null ? null : String.valueOf(value);
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
