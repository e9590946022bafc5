package dev.switchboard.server.data;

import dev.switchboard.catalog.sql.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The plain JDBC the server's stores share: statements through {@link Statements} (an Instant is
 * bound as a UTC timestamp), rows read by a lambda, and a transaction that rolls back on any failure. A unique-key violation becomes
 * the store's own conflict exception, the one failure callers handle; any other becomes an
 * {@link IllegalStateException} that names the store.
 *
 * <pre>{@code
 * Sql sql = new Sql(dataSource, "flow store", SlugTakenException::new);
 * List<String> names = sql.query("SELECT name FROM flows WHERE owner = ?", rs -> rs.getString(1), owner);
 * sql.transaction(c -> Sql.execute(c, "DELETE FROM flows WHERE id = ?", id));
 * }</pre>
 */
public final class Sql {

    private final DataSource dataSource;
    private final String store;
    private final Supplier<? extends RuntimeException> conflict;

    /**
     * @param store    names the store in failure messages, e.g. "flow store"
     * @param conflict what a unique-key violation becomes
     */
    public Sql(DataSource dataSource, String store, Supplier<? extends RuntimeException> conflict) {
        this.dataSource = dataSource;
        this.store = store;
        this.conflict = conflict;
    }

    public int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return execute(c, sql, parameters);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public <T> List<T> query(String sql, Statements.Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, row, parameters);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs the work in one transaction: all of it is stored, or nothing. */
    public <T> T transaction(Statements.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return Statements.inTransaction(c, work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** SQL messages name columns and values; what stores bind is sealed or public, never a clear secret. */
    private RuntimeException failure(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return conflict.get();
        }
        return new IllegalStateException(store + ": " + e.getMessage(), e);
    }

    public static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        return Statements.update(c, sql, parameters);
    }

    public static <T> List<T> query(Connection c, String sql, Statements.Row<T> row, Object... parameters) throws SQLException {
        return Statements.query(c, sql, row, parameters);
    }
}
