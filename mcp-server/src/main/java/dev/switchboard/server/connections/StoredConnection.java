package dev.switchboard.server.connections;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection as listed: everything but the credentials, which stay sealed in the store.
 *
 * <pre>{@code
 * StoredConnection c = store.find("alice", "kizeo_forms", "main").orElseThrow();
 * if (c.status() == StoredConnection.Status.ERROR) { System.out.println(c.statusReason()); }
 * }</pre>
 *
 * @param authType the connector auth type the credentials are for, e.g. {@code oauth2_code}
 * @param expiresAt when the current OAuth2 access token expires (it is refreshed before); null otherwise
 */
public record StoredConnection(String id, String owner, String app, String name, String authType,
        Map<String, String> fields, Status status, String statusReason, Instant statusSince, Instant expiresAt,
        Instant createdAt) {

    /** ACTIVE: usable; PENDING: waiting for the user to authorize (OAuth2 code); ERROR: see the reason. */
    public enum Status { ACTIVE, PENDING, ERROR }

    public StoredConnection {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** What tools and the CLI show: no secret is in here by construction. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("app", app);
        out.put("name", name);
        out.put("owner", owner);
        out.put("auth_type", authType);
        out.put("status", status.name());
        if (statusReason != null) {
            out.put("status_reason", statusReason);
        }
        out.put("status_since", statusSince.toString());
        if (expiresAt != null) {
            out.put("token_expires_at", expiresAt.toString());
        }
        out.put("fields", fields);
        out.put("created_at", createdAt.toString());
        return out;
    }
}
