package dev.switchboard.server.connections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's own OAuth2 client registrations for built-in apps, from the environment
 * ({@code SWITCHBOARD_OAUTH_<APP>_CLIENT_ID} and {@code _CLIENT_SECRET}, app id in upper case)
 * or from {@code <data>/oauth-clients.json}; the environment wins.
 *
 * <pre>{@code
 * // oauth-clients.json
 * {"zoho_crm": {"client_id": "1000.ABC", "client_secret": "…"}}
 * }</pre>
 */
public final class OAuthApps {

    /** One registration; {@code clientSecret} may be null for a public (PKCE-only) client. */
    public record Registration(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Registration[" + clientId + ", ***]";
        }
    }

    public static final String FILE = "oauth-clients.json";

    private final Map<String, Registration> registrations;

    private OAuthApps(Map<String, Registration> registrations) {
        this.registrations = Map.copyOf(registrations);
    }

    public static OAuthApps load(Path dataDir, Map<String, String> env) {
        Map<String, Registration> out = new HashMap<>();
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            try {
                JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
                root.properties().forEach(e -> {
                    String id = e.getValue().path("client_id").asString(null);
                    if (id == null) {
                        throw new IllegalArgumentException(file + ": \"" + e.getKey() + "\" needs a client_id");
                    }
                    out.put(e.getKey(), new Registration(id, e.getValue().path("client_secret").asString(null)));
                });
            } catch (JacksonException e) {
                throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith("SWITCHBOARD_OAUTH_") && name.endsWith("_CLIENT_ID")) {
                String app = name.substring(18, name.length() - 10).toLowerCase(Locale.ROOT);
                String prefix = name.substring(0, name.length() - 10);
                out.put(app, new Registration(value, env.get(prefix + "_CLIENT_SECRET")));
            }
        });
        return new OAuthApps(out);
    }

    public Optional<Registration> forApp(String app) {
        return Optional.ofNullable(registrations.get(app));
    }
}
