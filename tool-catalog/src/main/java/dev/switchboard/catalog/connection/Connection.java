package dev.switchboard.catalog.connection;

import java.util.Map;
import java.util.Objects;

/**
 * A named set of credentials for one app, owned by one user.
 *
 * <pre>{@code
 * new Connection("c1", "kizeo", "kizeo_forms", "alice", new Credentials.ApiKey("…"), Map.of());
 * }</pre>
 *
 * @param fields non-secret settings the connector's URLs may use, e.g. {@code instance_url}
 */
public record Connection(String id, String name, String app, String owner, Credentials credentials,
        Map<String, String> fields) {

    public Connection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(credentials, "credentials");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
