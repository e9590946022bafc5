package dev.switchboard.catalog.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQL statement on a caller's connection, for every store of the server (runs, flows,
 * connections, triggers): positional parameters bound by type — an {@link Instant} as a UTC
 * timestamp, which H2 and PostgreSQL both accept, a null as SQL NULL — and rows read by a lambda.
 * Transactions and error messages stay with each store.
 *
 * <pre>{@code
 * int changed = Statements.update(c, "UPDATE flows SET name = ? WHERE id = ?", name, id);
 * Statements.inTransaction(c, tx -> Statements.update(tx, "DELETE FROM flows WHERE id = ?", id));
 * List<String> ids = Statements.query(c, "SELECT id FROM flows WHERE owner = ?", rs -> rs.getString(1), owner);
 * }</pre>
 */
public final class Statements {

    private Statements() {
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Statements run on one connection, inside {@link #inTransaction}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs the work as one transaction on {@code c}: committed when it returns, rolled back when it
     * throws; the connection's auto-commit mode is restored either way (pooled connections go back
     * as they came).
     */
    public static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    public static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                st.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            } else if (p == null) {
                st.setNull(i + 1, Types.NULL);
            } else {
                st.setObject(i + 1, p);
            }
        }
    }
}
