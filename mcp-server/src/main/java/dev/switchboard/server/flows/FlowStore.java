package dev.switchboard.server.flows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flows and their published versions in the database ({@code V200__flows.sql}). It does not
 * check callers: {@link FlowLibrary} does, before acting on an id.
 *
 * <pre>{@code
 * FlowStore store = new FlowStore(dataSource, Clock.systemUTC());
 * StoredFlow flow = store.insert("alice", "Greeting", "greeting", null, definition);
 * int version = store.publish(flow.id(), definition);
 * }</pre>
 */
public final class FlowStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, owner, name, slug, folder, draft, enabled, latest_version, created_at, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public FlowStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A new draft, enabled (it is served once published). Fails with {@link SlugTakenException} on a used slug. */
    public StoredFlow insert(String owner, String name, String slug, String folder, JsonNode draft) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        update("INSERT INTO flows (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, owner, name, slug, folder, JSON.writeValueAsString(draft), true, null, now, now);
        return find(id).orElseThrow();
    }

    public Optional<StoredFlow> find(String id) {
        return query("SELECT " + COLUMNS + " FROM flows WHERE id = ?", FlowStore::flow, id).stream().findFirst();
    }

    /** The owner's flows by name. */
    public List<StoredFlow> list(String owner) {
        return query("SELECT " + COLUMNS + " FROM flows WHERE owner = ? ORDER BY name, id", FlowStore::flow, owner);
    }

    /** The owner's published and enabled flows, by slug: what is served as tools. */
    public List<StoredFlow> live(String owner) {
        return query("SELECT " + COLUMNS + " FROM flows WHERE owner = ? AND enabled = TRUE AND latest_version IS NOT NULL"
                + " ORDER BY slug", FlowStore::flow, owner);
    }

    /** Every owner's published and enabled flows: what triggers may start (never for a caller's listing). */
    public List<StoredFlow> allLive() {
        return query("SELECT " + COLUMNS + " FROM flows WHERE enabled = TRUE AND latest_version IS NOT NULL ORDER BY id", FlowStore::flow);
    }

    public boolean slugTaken(String owner, String slug) {
        return !query("SELECT id FROM flows WHERE owner = ? AND slug = ?", rs -> rs.getString(1), owner, slug).isEmpty();
    }

    public void updateDraft(String id, String name, JsonNode draft) {
        update("UPDATE flows SET name = ?, draft = ?, updated_at = ? WHERE id = ?", name, JSON.writeValueAsString(draft),
                Timestamp.from(clock.instant()), id);
    }

    public void setEnabled(String id, boolean enabled) {
        update("UPDATE flows SET enabled = ?, updated_at = ? WHERE id = ?", enabled, Timestamp.from(clock.instant()), id);
    }

    /**
     * Stores the definition as the next version and makes it the live one, in one transaction; the
     * primary key (flow, version) makes a concurrent publish of the same number fail rather than overwrite.
     */
    public int publish(String id, JsonNode definition) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int next;
                try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM flow_versions WHERE flow_id = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        next = rs.getInt(1);
                    }
                }
                Timestamp now = Timestamp.from(clock.instant());
                execute(c, "INSERT INTO flow_versions (flow_id, version, definition, published_at) VALUES (?, ?, ?, ?)",
                        id, next, JSON.writeValueAsString(definition), now);
                execute(c, "UPDATE flows SET latest_version = ?, updated_at = ? WHERE id = ?", next, now, id);
                c.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("flow store: " + e.getMessage(), e);
        }
    }

    public Optional<FlowVersion> version(String id, int version) {
        return query("SELECT flow_id, version, definition, published_at FROM flow_versions WHERE flow_id = ? AND version = ?",
                FlowStore::version, id, version).stream().findFirst();
    }

    /** Newest first. */
    public List<FlowVersion> versions(String id) {
        return query("SELECT flow_id, version, definition, published_at FROM flow_versions WHERE flow_id = ? ORDER BY version DESC",
                FlowStore::version, id);
    }

    /** Deletes the flow and its versions; runs stay (they keep their own copy of the definition). */
    public boolean delete(String id) {
        update("DELETE FROM flow_versions WHERE flow_id = ?", id);
        return update("DELETE FROM flows WHERE id = ?", id) > 0;
    }

    private static StoredFlow flow(ResultSet rs) throws SQLException {
        Integer version = rs.getObject(8) == null ? null : rs.getInt(8);
        return new StoredFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                JSON.readTree(rs.getString(6)), rs.getBoolean(7), version,
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    private static FlowVersion version(ResultSet rs) throws SQLException {
        return new FlowVersion(rs.getString(1), rs.getInt(2), JSON.readTree(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return execute(c, sql, parameters);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new SlugTakenException();
            }
            throw new IllegalStateException("flow store: " + e.getMessage(), e);
        }
    }

    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("flow store: " + e.getMessage(), e);
        }
    }

    /** The owner already has a flow with this slug (two creates raced for it). */
    public static final class SlugTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SlugTakenException() {
            super("a flow with this slug exists already");
        }
    }
}
