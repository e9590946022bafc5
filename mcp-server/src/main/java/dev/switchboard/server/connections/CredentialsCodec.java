package dev.switchboard.server.connections;

import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connection.OAuthClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Credentials to and from the JSON text that is sealed in the store. Never logged.
 *
 * <pre>{@code
 * String json = CredentialsCodec.write(new Credentials.Bearer("t"));
 * Credentials back = CredentialsCodec.read(json);
 * }</pre>
 */
final class CredentialsCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CredentialsCodec() {
    }

    static String write(Credentials credentials) {
        ObjectNode node = JSON.createObjectNode();
        if (credentials instanceof Credentials.ApiKey k) {
            node.put("type", "api_key").put("key", k.key()).put("in", k.in()).put("name", k.name());
        } else if (credentials instanceof Credentials.Basic b) {
            node.put("type", "basic").put("username", b.username()).put("password", b.password());
        } else if (credentials instanceof Credentials.Bearer b) {
            node.put("type", "bearer").put("token", b.token());
        } else if (credentials instanceof Credentials.OAuth2 o) {
            node.put("type", "oauth2").put("access_token", o.accessToken()).put("refresh_token", o.refreshToken())
                    .put("expires_at", o.expiresAt() == null ? null : o.expiresAt().toString());
            OAuthClient c = o.client();
            ObjectNode client = node.putObject("client");
            client.put("grant", c.grant()).put("client_id", c.clientId()).put("client_secret", c.clientSecret())
                    .put("authorize_url", c.authorizeUrl()).put("token_url", c.tokenUrl())
                    .put("refresh_url", c.refreshUrl());
            c.scopes().forEach(client.putArray("scopes")::add);
        } else {
            node.put("type", "none");
        }
        return node.toString();
    }

    static Credentials read(String json) {
        JsonNode node = JSON.readTree(json);
        return switch (node.path("type").asString()) {
            case "api_key" -> new Credentials.ApiKey(node.path("key").asString(), text(node, "in"), text(node, "name"));
            case "basic" -> new Credentials.Basic(node.path("username").asString(), node.path("password").asString());
            case "bearer" -> new Credentials.Bearer(node.path("token").asString());
            case "oauth2" -> {
                JsonNode c = node.path("client");
                List<String> scopes = new ArrayList<>();
                c.path("scopes").forEach(s -> scopes.add(s.asString()));
                OAuthClient client = new OAuthClient(c.path("grant").asString(), c.path("client_id").asString(),
                        text(c, "client_secret"), text(c, "authorize_url"), c.path("token_url").asString(),
                        text(c, "refresh_url"), scopes);
                String expires = text(node, "expires_at");
                yield new Credentials.OAuth2(client, text(node, "access_token"), text(node, "refresh_token"),
                        expires == null ? null : Instant.parse(expires));
            }
            default -> new Credentials.None();
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
