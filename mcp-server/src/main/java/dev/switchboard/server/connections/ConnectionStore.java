package dev.switchboard.server.connections;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connection.TokenStore;
import dev.switchboard.catalog.secret.SecretBox;
import dev.switchboard.catalog.sql.Statements;
import dev.switchboard.server.data.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connections in the database, credentials sealed with {@link SecretBox} (bound to the row id).
 * Serves actions ({@link ConnectionSource}) and the token refresher ({@link TokenStore}). Reads
 * are by owner or by id; callers check ownership before acting on an id.
 *
 * <pre>{@code
 * ConnectionStore store = new ConnectionStore(dataSource, box, Clock.systemUTC());
 * StoredConnection c = store.insert("alice", "kizeo_forms", "main", "api_key", Map.of(), new Credentials.ApiKey(k),
 *         StoredConnection.Status.ACTIVE, null);
 * }</pre>
 */
public final class ConnectionStore implements ConnectionSource, TokenStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, owner, app, name, auth_type, fields, status, status_reason, status_since, "
            + "expires_at, created_at";

    private final DataSource dataSource;
    private final SecretBox box;
    private final Clock clock;
    private final Sql sql;

    public ConnectionStore(DataSource dataSource, SecretBox box, Clock clock) {
        this.dataSource = dataSource;
        this.box = box;
        this.clock = clock;
        this.sql = new Sql(dataSource, "connection store", DuplicateException::new);
    }

    public StoredConnection insert(String owner, String app, String name, String authType, Map<String, String> fields,
            Credentials credentials, StoredConnection.Status status, String reason) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        sql.update("INSERT INTO connections (id, owner, app, name, auth_type, fields, secret, key_id, status, status_reason,"
                + " status_since, expires_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, owner, app, name, authType, JSON.writeValueAsString(fields), seal(credentials, id), box.keyId(),
                status.name(), reason, now, expiry(credentials), now, now);
        return byId(id).orElseThrow();
    }

    /** The owner's connections, all apps when {@code app} is null, ordered by app and name. */
    public List<StoredConnection> list(String owner, String app) {
        return app == null
                ? sql.query("SELECT " + COLUMNS + " FROM connections WHERE owner = ? ORDER BY app, name", this::row, owner)
                : sql.query("SELECT " + COLUMNS + " FROM connections WHERE owner = ? AND app = ? ORDER BY name", this::row,
                        owner, app);
    }

    public Optional<StoredConnection> find(String owner, String app, String name) {
        return sql.query("SELECT " + COLUMNS + " FROM connections WHERE owner = ? AND app = ? AND name = ?", this::row,
                owner, app, name).stream().findFirst();
    }

    public Optional<StoredConnection> byId(String id) {
        return sql.query("SELECT " + COLUMNS + " FROM connections WHERE id = ?", this::row, id).stream().findFirst();
    }

    /** The connection with its credentials opened, for making calls. */
    public Connection open(StoredConnection stored) {
        String sealed = sql.query("SELECT secret FROM connections WHERE id = ?", rows -> rows.getString(1), stored.id())
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("connection " + stored.id() + " is gone"));
        Credentials credentials = CredentialsCodec.read(box.open(sealed, stored.id()));
        return new Connection(stored.id(), stored.name(), stored.app(), stored.owner(), credentials, stored.fields());
    }

    public void rename(String id, String newName) {
        sql.update("UPDATE connections SET name = ?, updated_at = ? WHERE id = ?", newName, Timestamp.from(clock.instant()), id);
    }

    public void updateFields(String id, Map<String, String> fields) {
        sql.update("UPDATE connections SET fields = ?, updated_at = ? WHERE id = ?", JSON.writeValueAsString(fields),
                Timestamp.from(clock.instant()), id);
    }

    /** New credentials (possibly of another auth type), with the status they start in. */
    public void replaceCredentials(String id, String authType, Credentials credentials, StoredConnection.Status status,
            String reason) {
        sql.update("UPDATE connections SET auth_type = ?, secret = ?, key_id = ?, expires_at = ?, updated_at = ? WHERE id = ?",
                authType, seal(credentials, id), box.keyId(), expiry(credentials), Timestamp.from(clock.instant()), id);
        setStatus(id, status, reason);
    }

    /** Sets the status; {@code status_since} moves only when the status changes. */
    public void setStatus(String id, StoredConnection.Status status, String reason) {
        sql.update("UPDATE connections SET status_since = CASE WHEN status <> ? THEN ? ELSE status_since END, status = ?,"
                + " status_reason = ? WHERE id = ?", status.name(), Timestamp.from(clock.instant()), status.name(), reason, id);
    }

    public boolean delete(String id) {
        sql.update("DELETE FROM oauth_pending WHERE connection_id = ?", id);
        return sql.update("DELETE FROM connections WHERE id = ?", id) > 0;
    }

    // --- pending authorization-code flows ---

    /** A flow waiting for the redirect: the connection, its PKCE verifier and the redirect URI used. */
    public record Pending(String connectionId, String verifier, String redirectUri, Instant expiresAt) {
        @Override
        public String toString() {
            return "Pending[" + connectionId + ", ***]";
        }
    }

    public void addPending(String stateHash, String connectionId, String verifier, String redirectUri, Instant expiresAt) {
        sql.update("DELETE FROM oauth_pending WHERE connection_id = ?", connectionId); // only the latest link works
        sql.update("INSERT INTO oauth_pending (state_hash, connection_id, verifier, redirect_uri, expires_at) VALUES (?, ?, ?, ?, ?)",
                stateHash, connectionId, box.seal(verifier, stateHash), redirectUri, Timestamp.from(expiresAt));
    }

    /** Removes and returns the flow for a state: each state can be redeemed once. */
    public Optional<Pending> takePending(String stateHash) {
        Optional<Pending> pending = sql.query("SELECT connection_id, verifier, redirect_uri, expires_at FROM oauth_pending"
                + " WHERE state_hash = ?", rows -> new Pending(rows.getString(1), box.open(rows.getString(2), stateHash),
                        rows.getString(3), rows.getTimestamp(4).toInstant()), stateHash).stream().findFirst();
        pending.ifPresent(p -> sql.update("DELETE FROM oauth_pending WHERE state_hash = ?", stateHash));
        return pending;
    }

    // --- key rotation ---

    /** Re-seals every secret under {@code next} in one transaction; returns how many rows changed. */
    public static int reseal(DataSource dataSource, SecretBox current, SecretBox next) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return Statements.inTransaction(c, tx -> reseal(tx, "SELECT id, secret FROM connections",
                    "UPDATE connections SET secret = ?, key_id = ? WHERE id = ?", current, next, next.keyId())
                    + reseal(tx, "SELECT state_hash, verifier FROM oauth_pending",
                            "UPDATE oauth_pending SET verifier = ? WHERE state_hash = ?", current, next, null));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot re-encrypt the stored secrets: " + e.getMessage(), e);
        }
    }

    private static int reseal(java.sql.Connection c, String select, String update, SecretBox current, SecretBox next,
            String keyId) throws SQLException {
        Map<String, String> resealed = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(select); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                resealed.put(id, next.seal(current.open(rows.getString(2), id), id));
            }
        }
        try (PreparedStatement u = c.prepareStatement(update)) {
            for (Map.Entry<String, String> row : resealed.entrySet()) {
                u.setString(1, row.getValue());
                if (keyId != null) {
                    u.setString(2, keyId);
                    u.setString(3, row.getKey());
                } else {
                    u.setString(2, row.getKey());
                }
                u.executeUpdate();
            }
        }
        return resealed.size();
    }

    // --- ConnectionSource and TokenStore ---

    @Override
    public List<Connection> connections(String owner, String app) {
        List<Connection> out = new ArrayList<>();
        for (StoredConnection stored : list(owner, app)) {
            out.add(open(stored));
        }
        return out;
    }

    @Override
    public Map<String, Integer> countsByApp(String owner, java.util.Collection<String> apps) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (java.sql.Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT app, COUNT(*) FROM connections WHERE owner = ? GROUP BY app")) {
            select.setString(1, owner);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count connections: " + e.getMessage(), e);
        }
        return counts;
    }

    @Override
    public Optional<Connection> reload(Connection connection) {
        return byId(connection.id()).map(this::open);
    }

    @Override
    public void saveTokens(Connection connection, Credentials.OAuth2 credentials) {
        sql.update("UPDATE connections SET secret = ?, key_id = ?, expires_at = ?, updated_at = ? WHERE id = ?",
                seal(credentials, connection.id()), box.keyId(), expiry(credentials), Timestamp.from(clock.instant()),
                connection.id());
        setStatus(connection.id(), StoredConnection.Status.ACTIVE, null);
    }

    @Override
    public void markError(Connection connection, String reason) {
        setStatus(connection.id(), StoredConnection.Status.ERROR, reason);
    }

    private String seal(Credentials credentials, String id) {
        return box.seal(CredentialsCodec.write(credentials), id);
    }

    private static Timestamp expiry(Credentials credentials) {
        return credentials instanceof Credentials.OAuth2 o && o.expiresAt() != null ? Timestamp.from(o.expiresAt()) : null;
    }

    private StoredConnection row(ResultSet rows) throws SQLException {
        @SuppressWarnings("unchecked")
        Map<String, String> fields = JSON.readValue(rows.getString(6), Map.class);
        Timestamp expires = rows.getTimestamp(10);
        return new StoredConnection(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), fields, StoredConnection.Status.valueOf(rows.getString(7)), rows.getString(8),
                rows.getTimestamp(9).toInstant(), expires == null ? null : expires.toInstant(),
                rows.getTimestamp(11).toInstant());
    }

    /** A unique constraint said no: the owner already has a connection of that app and name. */
    static final class DuplicateException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DuplicateException() {
            super("a connection with this app and name exists already");
        }
    }
}
