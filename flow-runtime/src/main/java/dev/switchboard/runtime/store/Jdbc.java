package dev.switchboard.runtime.store;

import dev.switchboard.catalog.sql.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The run store's JDBC: statements through {@link Statements}, transactions retried once on a duplicate, errors as unchecked exceptions. */
final class Jdbc {

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> query(String sql, Statements.Row<T> rows, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, rows, params);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs the work in one transaction on one connection: committed when it returns, rolled back
     * when it throws. A unique violation (two workers creating the same counter row at once)
     * is retried once, as the row then exists.
     */
    <T> T inTransaction(Statements.Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                return Statements.inTransaction(c, work);
            } catch (SQLException e) {
                if (attempt == 1 && isDuplicate(e)) {
                    continue;
                }
                throw failure(e);
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        return Statements.update(c, sql, params);
    }

    static <T> List<T> query(Connection c, String sql, Statements.Row<T> rows, Object... params) throws SQLException {
        return Statements.query(c, sql, rows, params);
    }

    /**
     * Executes a batch's statements in order on the connection (in the caller's transaction);
     * stops and returns false at a guard that wrote no row.
     */
    static boolean execute(Connection c, List<Batch.Write> writes) throws SQLException {
        for (Batch.Write w : writes) {
            int rows = update(c, w.sql(), w.params());
            if (rows == 0 && w.orInsert() != null) {
                rows = update(c, w.orInsert(), w.insertParams());
            }
            if (rows == 0 && w.guard()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends the writes' statements (without their INSERT fallbacks), then {@code last} if given, in
     * one round trip, and gives each one's update count. For PostgreSQL only: pgjdbc runs a prepared
     * statement made of several, separated by semicolons, as one batch of messages with one reply.
     */
    static int[] together(Connection c, List<Batch.Write> writes, String last, Object[] lastParams) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Batch.Write w : writes) {
            sql.append(sql.length() == 0 ? "" : ";\n").append(w.sql());
            params.addAll(java.util.Arrays.asList(w.params()));
        }
        if (last != null) {
            sql.append(sql.length() == 0 ? "" : ";\n").append(last);
            params.addAll(java.util.Arrays.asList(lastParams));
        }
        int[] counts = new int[writes.size() + (last == null ? 0 : 1)];
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, params.toArray());
            st.execute();
            for (int i = 0; i < counts.length; i++) {
                counts[i] = st.getUpdateCount();
                st.getMoreResults();
            }
        }
        return counts;
    }

    static void bind(PreparedStatement st, Object... params) throws SQLException {
        Statements.bind(st, params);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static boolean isDuplicate(SQLException e) {
        // 23505: unique violation on both PostgreSQL and H2
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("run store: " + e.getMessage(), e);
    }
}
