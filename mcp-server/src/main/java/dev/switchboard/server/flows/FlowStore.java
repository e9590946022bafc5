package dev.switchboard.server.flows;

import dev.switchboard.server.data.Sql;
import java.sql.Connection;
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
 * Flows and their published versions in the database ({@code V200__flows.sql},
 * {@code V201__flow_folders_and_version_labels.sql}). It does not check callers:
 * {@link FlowLibrary} does, before acting on an id.
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
    private static final String VERSION_COLUMNS = "flow_id, version, definition, published_at, label";

    private final Sql sql;
    private final Clock clock;

    public FlowStore(DataSource dataSource, Clock clock) {
        this.sql = new Sql(dataSource, "flow store", SlugTakenException::new);
        this.clock = clock;
    }

    /** A flow to store with its history, as an import brings it. */
    record NewFlow(String name, String slug, String folder, JsonNode draft, List<NewVersion> versions) {
    }

    /** A version to store as it was, oldest first. */
    record NewVersion(JsonNode definition, String label) {
    }

    /** A new draft, enabled (it is served once published). Fails with {@link SlugTakenException} on a used slug. */
    public StoredFlow insert(String owner, String name, String slug, String folder, JsonNode draft) {
        String id = sql.transaction(c -> insert(c, owner, new NewFlow(name, slug, folder, draft, List.of())));
        return find(id).orElseThrow();
    }

    /**
     * Stores every flow with its versions in one transaction: all of them, or none. The versions
     * are history only: the flows are drafts until published.
     */
    List<String> insertAll(String owner, List<NewFlow> flows) {
        return sql.transaction(c -> {
            List<String> ids = new ArrayList<>();
            for (NewFlow flow : flows) {
                String id = insert(c, owner, flow);
                int number = 1;
                for (NewVersion version : flow.versions()) {
                    Sql.execute(c, "INSERT INTO flow_versions (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                            id, number++, JSON.writeValueAsString(version.definition()), now(), version.label());
                }
                ids.add(id);
            }
            return ids;
        });
    }

    private String insert(Connection c, String owner, NewFlow flow) throws SQLException {
        String id = UUID.randomUUID().toString();
        Timestamp now = now();
        FolderStore.ensure(c, owner, flow.folder(), now);
        Sql.execute(c, "INSERT INTO flows (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, owner, flow.name(), flow.slug(), flow.folder(), JSON.writeValueAsString(flow.draft()), true, null, now, now);
        return id;
    }

    public Optional<StoredFlow> find(String id) {
        return sql.query("SELECT " + COLUMNS + " FROM flows WHERE id = ?", FlowStore::flow, id).stream().findFirst();
    }

    /** The owner's flows by name. */
    public List<StoredFlow> list(String owner) {
        return sql.query("SELECT " + COLUMNS + " FROM flows WHERE owner = ? ORDER BY name, id", FlowStore::flow, owner);
    }

    /** The owner's published and enabled flows, by slug: what is served as tools. */
    public List<StoredFlow> live(String owner) {
        return sql.query("SELECT " + COLUMNS + " FROM flows WHERE owner = ? AND enabled = TRUE AND latest_version IS NOT NULL"
                + " ORDER BY slug", FlowStore::flow, owner);
    }

    /** Every owner's published and enabled flows: what triggers may start (never for a caller's listing). */
    public List<StoredFlow> allLive() {
        return sql.query("SELECT " + COLUMNS + " FROM flows WHERE enabled = TRUE AND latest_version IS NOT NULL ORDER BY id", FlowStore::flow);
    }

    public boolean slugTaken(String owner, String slug) {
        return !sql.query("SELECT id FROM flows WHERE owner = ? AND slug = ?", rs -> rs.getString(1), owner, slug).isEmpty();
    }

    public void updateDraft(String id, String name, JsonNode draft) {
        sql.update("UPDATE flows SET name = ?, draft = ?, updated_at = ? WHERE id = ?", name, JSON.writeValueAsString(draft), now(), id);
    }

    /** New name and slug; the draft's name changes with them so that the next update keeps them together. */
    void rename(String id, String name, String slug, JsonNode draft) {
        sql.update("UPDATE flows SET name = ?, slug = ?, draft = ?, updated_at = ? WHERE id = ?", name, slug,
                JSON.writeValueAsString(draft), now(), id);
    }

    /** Files the flows under the folder (null: the root), creating it for their owners when needed; all or none. */
    void move(List<StoredFlow> flows, String folder) {
        sql.transaction(c -> {
            Timestamp now = now();
            for (StoredFlow flow : flows) {
                FolderStore.ensure(c, flow.owner(), folder, now);
                Sql.execute(c, "UPDATE flows SET folder = ?, updated_at = ? WHERE id = ?", folder, now, flow.id());
            }
            return null;
        });
    }

    public void setEnabled(String id, boolean enabled) {
        sql.update("UPDATE flows SET enabled = ?, updated_at = ? WHERE id = ?", enabled, now(), id);
    }

    /**
     * Stores the definition as the next version and makes it the live one, in one transaction; the
     * primary key (flow, version) makes a concurrent publish of the same number fail rather than overwrite.
     */
    public int publish(String id, JsonNode definition) {
        return sql.transaction(c -> {
            int next = Sql.query(c, "SELECT COALESCE(MAX(version), 0) + 1 FROM flow_versions WHERE flow_id = ?",
                    rs -> rs.getInt(1), id).get(0);
            Timestamp now = now();
            Sql.execute(c, "INSERT INTO flow_versions (flow_id, version, definition, published_at) VALUES (?, ?, ?, ?)",
                    id, next, JSON.writeValueAsString(definition), now);
            Sql.execute(c, "UPDATE flows SET latest_version = ?, updated_at = ? WHERE id = ?", next, now, id);
            return next;
        });
    }

    public Optional<FlowVersion> version(String id, int version) {
        return sql.query("SELECT " + VERSION_COLUMNS + " FROM flow_versions WHERE flow_id = ? AND version = ?",
                FlowStore::version, id, version).stream().findFirst();
    }

    /** Newest first. */
    public List<FlowVersion> versions(String id) {
        return sql.query("SELECT " + VERSION_COLUMNS + " FROM flow_versions WHERE flow_id = ? ORDER BY version DESC",
                FlowStore::version, id);
    }

    /** Sets (or, with null, removes) a version's label; its definition never changes. */
    void labelVersion(String id, int version, String label) {
        sql.update("UPDATE flow_versions SET label = ? WHERE flow_id = ? AND version = ?", label, id, version);
    }

    /** Removes one version from the history; the caller makes sure it is not the live one. */
    void deleteVersion(String id, int version) {
        sql.update("DELETE FROM flow_versions WHERE flow_id = ? AND version = ?", id, version);
    }

    /** Deletes the flow and its versions; runs stay (they keep their own copy of the definition). */
    public boolean delete(String id) {
        return deleteAll(List.of(id)) > 0;
    }

    /** Deletes the flows and their versions in one transaction; returns how many flows were deleted. */
    int deleteAll(List<String> ids) {
        return sql.transaction(c -> {
            int deleted = 0;
            for (String id : ids) {
                Sql.execute(c, "DELETE FROM flow_versions WHERE flow_id = ?", id);
                deleted += Sql.execute(c, "DELETE FROM flows WHERE id = ?", id);
            }
            return deleted;
        });
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static StoredFlow flow(ResultSet rs) throws SQLException {
        Integer version = rs.getObject(8) == null ? null : rs.getInt(8);
        return new StoredFlow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                JSON.readTree(rs.getString(6)), rs.getBoolean(7), version,
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    private static FlowVersion version(ResultSet rs) throws SQLException {
        return new FlowVersion(rs.getString(1), rs.getInt(2), JSON.readTree(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
    }

    /** The owner already has a flow with this slug (two creates raced for it), or another unique key was hit. */
    public static final class SlugTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SlugTakenException() {
            super("a flow with this slug exists already");
        }
    }
}
