package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.openapi.ImportResult.Skipped;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the document's security schemes into the connector's {@code auth} list: {@code apiKey}
 * in a header or the query → {@code api_key}, HTTP {@code basic} → {@code basic}, HTTP
 * {@code bearer} → {@code bearer}, OAuth2 authorization code / client credentials flows →
 * {@code oauth2_code} / {@code oauth2_client_credentials}. Anything else is reported as skipped.
 *
 * <pre>{@code
 * AuthMapper.Result auth = AuthMapper.map(document, refs, Map.of("oauth", Set.of("read")), "https://api.example.com");
 * auth.auth();      // [AuthSpec[type=oauth2_code, …, scopes=[read]]]
 * }</pre>
 */
final class AuthMapper {

    private static final String WHERE = "components.securitySchemes.";
    private static final List<String> FLOW_ORDER = List.of("authorizationCode", "clientCredentials", "implicit", "password");

    record Result(List<AuthSpec> auth, List<Skipped> skipped) {
    }

    private AuthMapper() {
    }

    /**
     * @param usedScopes per scheme, the scopes the imported operations ask for; a connection
     *                   requests those, or every scope of the flow when no operation names any
     * @param baseUrl the API root, against which relative OAuth2 URLs are resolved (may be a template)
     */
    static Result map(JsonNode document, Refs refs, Map<String, Set<String>> usedScopes, String baseUrl) {
        List<AuthSpec> auth = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        String apiKeyScheme = null;
        for (Map.Entry<String, JsonNode> entry : document.path("components").path("securitySchemes").properties()) {
            String name = entry.getKey();
            JsonNode scheme;
            try {
                scheme = refs.follow(entry.getValue());
            } catch (Unsupported e) {
                skipped.add(new Skipped("", WHERE + name, e.getMessage()));
                continue;
            }
            String type = SchemaConverter.text(scheme, "type");
            switch (type) {
                case "apiKey" -> {
                    String in = SchemaConverter.text(scheme, "in");
                    if (!in.equals("header") && !in.equals("query")) {
                        skipped.add(new Skipped("", WHERE + name, "an API key in a " + in + " is not supported (only header or query)"));
                    } else if (apiKeyScheme != null) {
                        skipped.add(new Skipped("", WHERE + name, "a connection holds one API key, sent as the first apiKey scheme '"
                                + apiKeyScheme + "' says"));
                    } else {
                        apiKeyScheme = name;
                        auth.add(new AuthSpec("api_key", in, SchemaConverter.text(scheme, "name"), "", null, null, null, null));
                    }
                }
                case "http" -> {
                    String kind = SchemaConverter.text(scheme, "scheme").toLowerCase(Locale.ROOT);
                    if (kind.equals("basic") || kind.equals("bearer")) {
                        auth.add(new AuthSpec(kind, null, null, null, null, null, null, null));
                    } else {
                        skipped.add(new Skipped("", WHERE + name, "the HTTP authentication scheme '" + kind
                                + "' is not supported (only basic and bearer)"));
                    }
                }
                case "oauth2" -> oauth2(name, scheme, usedScopes.getOrDefault(name, Set.of()), baseUrl, auth, skipped);
                case "openIdConnect" -> skipped.add(new Skipped("", WHERE + name,
                        "openIdConnect needs the provider's discovery document, which is never fetched"));
                default -> skipped.add(new Skipped("", WHERE + name, "the security scheme type '" + type + "' is not supported"));
            }
        }
        List<AuthSpec> distinct = new ArrayList<>(new LinkedHashSet<>(auth));
        if (distinct.isEmpty()) {
            distinct.add(new AuthSpec("none", null, null, null, null, null, null, null));
        }
        return new Result(distinct, skipped);
    }

    private static void oauth2(String name, JsonNode scheme, Set<String> used, String baseUrl, List<AuthSpec> auth,
            List<Skipped> skipped) {
        // the flows a connection can use first, whatever order the document lists them in
        List<Map.Entry<String, JsonNode>> flows = new ArrayList<>(scheme.path("flows").properties());
        flows.sort(java.util.Comparator.comparingInt(f -> FLOW_ORDER.indexOf(f.getKey()) < 0 ? FLOW_ORDER.size()
                : FLOW_ORDER.indexOf(f.getKey())));
        for (Map.Entry<String, JsonNode> flow : flows) {
            JsonNode f = flow.getValue();
            List<String> scopes = scopes(f.path("scopes"), used);
            String token = absolute(SchemaConverter.text(f, "tokenUrl"), baseUrl);
            String refresh = absolute(SchemaConverter.text(f, "refreshUrl"), baseUrl);
            switch (flow.getKey()) {
                case "authorizationCode" -> auth.add(new AuthSpec("oauth2_code", null, null, null,
                        absolute(SchemaConverter.text(f, "authorizationUrl"), baseUrl), token, refresh, scopes));
                case "clientCredentials" -> auth.add(new AuthSpec("oauth2_client_credentials", null, null, null, null, token,
                        refresh, scopes));
                default -> skipped.add(new Skipped("", WHERE + name + ".flows." + flow.getKey(), "the OAuth2 " + flow.getKey()
                        + " flow is not supported (only authorizationCode and clientCredentials)"));
            }
        }
    }

    /** The scopes operations ask for, in the flow's order; every scope of the flow when none is asked for. */
    private static List<String> scopes(JsonNode declared, Set<String> used) {
        Set<String> scopes = new LinkedHashSet<>();
        declared.propertyNames().forEach(s -> {
            if (used.isEmpty() || used.contains(s)) {
                scopes.add(s);
            }
        });
        scopes.addAll(used);
        return List.copyOf(scopes);
    }

    private static String absolute(String url, String baseUrl) {
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.isAbsolute() || baseUrl == null || baseUrl.contains("{{")) {
                return url;
            }
            return URI.create(baseUrl).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
