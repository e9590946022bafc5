package dev.switchboard.server.connections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A few lines of JDBC for the connection store: one statement, positional parameters.
 *
 * <pre>{@code
 * List<String> names = sql.query("SELECT name FROM connections WHERE owner = ?", r -> r.getString(1), "alice");
 * }</pre>
 */
final class Sql {

    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int update(String statement, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            bind(s, parameters);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> query(String statement, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            bind(s, parameters);
            List<T> out = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(row.read(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement s, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    /** SQL messages name columns and values; parameters here are sealed or public, never clear secrets. */
    private static IllegalStateException failure(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new DuplicateException();
        }
        return new IllegalStateException("connection store: " + e.getMessage(), e);
    }

    /** A unique constraint said no: the owner already has a connection of that app and name. */
    static final class DuplicateException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DuplicateException() {
            super("a connection with this app and name exists already");
        }
    }
}
