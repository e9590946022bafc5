package dev.switchboard.catalog.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The per-owner key-value store behind {@code storage.*} (table {@code kv_store}).
 *
 * <pre>{@code
 * KeyValueStore store = new KeyValueStore(dataSource);
 * store.put("alice", "last_id", "\"42\"");
 * store.get("alice", "last_id");   // Optional["\"42\""]
 * }</pre>
 */
public final class KeyValueStore {

    private final DataSource dataSource;

    public KeyValueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores JSON text; returns whether the key had a value before. */
    public boolean put(String owner, String key, String json) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE kv_store SET value_json = ?, updated_at = ? WHERE owner = ? AND item_key = ?")) {
                update.setString(1, json);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setString(3, owner);
                update.setString(4, key);
                if (update.executeUpdate() == 1) {
                    c.commit();
                    return true;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO kv_store (owner, item_key, value_json, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, owner);
                insert.setString(2, key);
                insert.setString(3, json);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            c.commit();
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to storage: " + e.getMessage(), e);
        }
    }

    public Optional<String> get(String owner, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT value_json FROM kv_store WHERE owner = ? AND item_key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read storage: " + e.getMessage(), e);
        }
    }

    public boolean delete(String owner, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM kv_store WHERE owner = ? AND item_key = ?")) {
            delete.setString(1, owner);
            delete.setString(2, key);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete from storage: " + e.getMessage(), e);
        }
    }
}
