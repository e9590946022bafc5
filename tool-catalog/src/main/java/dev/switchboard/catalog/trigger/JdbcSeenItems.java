package dev.switchboard.catalog.trigger;

import dev.switchboard.catalog.sql.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link SeenItems} in the database (table {@code trigger_seen}), on H2 and PostgreSQL alike.
 * Keys are stored as given; the {@code started} marker is a row with an empty key.
 *
 * <pre>{@code
 * SeenItems seen = new JdbcSeenItems(dataSource);
 * }</pre>
 */
public final class JdbcSeenItems implements SeenItems {

    private static final int CHUNK = 500;
    private static final String STARTED = "";

    private final DataSource dataSource;

    public JdbcSeenItems(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<String> known(String subscription, Collection<String> keys) {
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(subscription);
                params.addAll(chunk);
                known.addAll(Statements.query(c, "SELECT item_key FROM trigger_seen WHERE subscription = ? AND item_key IN (" + marks + ")",
                        rs -> rs.getString(1), params.toArray()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read trigger state: " + e.getMessage(), e);
        }
        return known;
    }

    @Override
    public void remember(String subscription, Collection<String> keys) {
        Set<String> fresh = new HashSet<>(keys);
        fresh.removeAll(known(subscription, keys));
        if (fresh.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO trigger_seen (subscription, item_key, seen_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            for (String key : fresh) {
                insert.setString(1, subscription);
                insert.setString(2, key);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store trigger state: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean started(String subscription) {
        return !known(subscription, List.of(STARTED)).isEmpty();
    }

    @Override
    public void markStarted(String subscription) {
        remember(subscription, List.of(STARTED));
    }
}
