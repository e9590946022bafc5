package dev.switchboard.catalog.connector;

import java.util.List;

/**
 * One way an app accepts credentials, and where they go on each request.
 *
 * <pre>{@code
 * // Kizeo Forms: the bare token in the Authorization header
 * new AuthSpec("api_key", "header", "Authorization", "", null, null, null, List.of());
 * }</pre>
 *
 * @param type {@code api_key}, {@code basic}, {@code bearer}, {@code oauth2_code},
 *             {@code oauth2_client_credentials} or {@code none}
 * @param in {@code header} or {@code query} (api_key only)
 * @param name header or query parameter name (api_key only)
 * @param prefix text before the key, e.g. {@code "Token "}; empty for a bare key
 * @param login a session login that trades the credentials for a short-lived token before the
 *              actions run (e.g. {@code ogust}: a signed {@code getToken} call); null for none
 */
public record AuthSpec(
        String type,
        String in,
        String name,
        String prefix,
        String authorizeUrl,
        String tokenUrl,
        String refreshUrl,
        List<String> scopes,
        String login) {

    public AuthSpec(String type, String in, String name, String prefix, String authorizeUrl, String tokenUrl,
            String refreshUrl, List<String> scopes) {
        this(type, in, name, prefix, authorizeUrl, tokenUrl, refreshUrl, scopes, null);
    }

    public AuthSpec {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        prefix = prefix == null ? "" : prefix;
    }
}
