package dev.switchboard.server.flows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The plain JDBC the flow stores share: statements with positional parameters, rows read by a
 * lambda, and a transaction that rolls back on any failure. A unique-key violation becomes
 * {@link FlowStore.SlugTakenException}, the one conflict callers handle.
 *
 * <pre>{@code
 * Sql sql = new Sql(dataSource);
 * List<String> names = sql.query("SELECT name FROM flows WHERE owner = ?", rs -> rs.getString(1), owner);
 * sql.transaction(c -> Sql.execute(c, "DELETE FROM flows WHERE id = ?", id));
 * }</pre>
 */
final class Sql {

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return execute(c, sql, parameters);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, row, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("flow store: " + e.getMessage(), e);
        }
    }

    /** Runs the work in one transaction: all of it is stored, or nothing. */
    <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new FlowStore.SlugTakenException();
        }
        return new IllegalStateException("flow store: " + e.getMessage(), e);
    }

    static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
