package dev.switchboard.catalog.core;

import dev.switchboard.catalog.sql.Statements;
import java.sql.Connection;
import java.sql.SQLException;
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
            return Statements.inTransaction(c, tx -> {
                boolean existed = Statements.update(tx, "UPDATE kv_store SET value_json = ?, updated_at = ? WHERE owner = ? "
                        + "AND item_key = ?", json, Instant.now(), owner, key) == 1;
                if (!existed) {
                    Statements.update(tx, "INSERT INTO kv_store (owner, item_key, value_json, updated_at) VALUES (?, ?, ?, ?)",
                            owner, key, json, Instant.now());
                }
                return existed;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to storage: " + e.getMessage(), e);
        }
    }

    public Optional<String> get(String owner, String key) {
        try (Connection c = dataSource.getConnection()) {
            return Statements.query(c, "SELECT value_json FROM kv_store WHERE owner = ? AND item_key = ?",
                    rs -> rs.getString(1), owner, key).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read storage: " + e.getMessage(), e);
        }
    }

    public boolean delete(String owner, String key) {
        try (Connection c = dataSource.getConnection()) {
            return Statements.update(c, "DELETE FROM kv_store WHERE owner = ? AND item_key = ?", owner, key) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete from storage: " + e.getMessage(), e);
        }
    }
}
