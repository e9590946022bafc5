package dev.switchboard.server.connections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input schemas of the connection tools.
 *
 * <pre>{@code
 * Map<String, Object> schema = Schemas.create();
 * }</pre>
 */
final class Schemas {

    static final Map<String, Object> APP_OPTIONAL = Map.of("type", "string",
            "description", "Only this app's connections, e.g. kizeo_forms.");
    static final Map<String, Object> ID = Map.of(
            "app", Map.of("type", "string", "description", "The app id, e.g. kizeo_forms (list_apps shows them)."),
            "name", Map.of("type", "string", "description", "The connection's name (list_connections shows yours)."));

    private Schemas() {
    }

    static Map<String, Object> create() {
        Map<String, Object> properties = new LinkedHashMap<>(ID);
        properties.put("auth", auth());
        properties.put("fields", fields());
        return ConnectionTools.schema(properties, List.of("app", "name", "auth"));
    }

    static Map<String, Object> update() {
        Map<String, Object> properties = new LinkedHashMap<>(ID);
        properties.put("new_name", Map.of("type", "string", "description", "A new name for the connection."));
        properties.put("auth", auth());
        properties.put("fields", fields());
        return ConnectionTools.schema(properties, List.of("app", "name"));
    }

    static Map<String, Object> delete() {
        Map<String, Object> properties = new LinkedHashMap<>(ID);
        properties.put("force", Map.of("type", "boolean", "description", "Delete even when flows use it (they will fail)."));
        return ConnectionTools.schema(properties, List.of("app", "name"));
    }

    private static Map<String, Object> fields() {
        return Map.of("type", "object", "additionalProperties", Map.of("type", "string"),
                "description", "Non-secret settings the app needs, e.g. {\"instance_url\": \"…\"} (get_app shows them).");
    }

    private static Map<String, Object> auth() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", Map.of("type", "string", "enum", AuthInput.TYPES, "description", "The credential type."));
        p.put("key", string("api_key: the key."));
        p.put("in", Map.of("type", "string", "enum", List.of("header", "query"), "description", "api_key: where it goes (default: as the app says)."));
        p.put("name", string("api_key: header or query parameter name (default: as the app says)."));
        p.put("username", string("basic: user name."));
        p.put("password", string("basic: password."));
        p.put("token", string("bearer: the token."));
        p.put("client_id", string("oauth2: your own client id (default: the server's registration for the app)."));
        p.put("client_secret", string("oauth2: your own client secret."));
        p.put("authorize_url", string("oauth2_code: authorization endpoint of a custom service."));
        p.put("token_url", string("oauth2: token endpoint of a custom service."));
        p.put("refresh_url", string("oauth2: refresh endpoint when it differs from token_url."));
        p.put("scopes", Map.of("type", "array", "items", Map.of("type", "string"), "description", "oauth2: scopes to ask for."));
        Map<String, Object> schema = ConnectionTools.schema(p, List.of("type"));
        schema.put("description", "The credentials; the fields used depend on type.");
        return schema;
    }

    private static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }
}
