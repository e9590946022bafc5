package dev.switchboard.server.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the schema. Every module's migrations live under
 * {@code classpath:db/migration} and run in version order on H2 and PostgreSQL alike.
 *
 * <pre>{@code
 * try (Database db = Database.open("jdbc:h2:mem:test")) {
 *     db.dataSource().getConnection();
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Connects, then brings the schema up to date. */
    public static Database open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withQueryCache(jdbcUrl));
        config.setPoolName("switchboard");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // each module numbers its migrations in its own range (AGENTS.md), so a newer
                    // release may bring a runtime migration below an already applied stored-flow one
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("cannot migrate the database schema: " + rootMessage(e), e);
        }
        return new Database(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection can be had and answers within two seconds. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * H2 keeps the parsed form of only 8 statements per connection by default; a pooled connection
     * sees more distinct statements than that (the run store alone uses about 15), so H2 parsed
     * nearly every statement again: the largest single cost of a run on H2 in a profile. A URL that
     * sets its own size keeps it.
     */
    static String withQueryCache(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";QUERY_CACHE_SIZE=128";
    }

    /** JDBC URLs may carry a password parameter; never print it. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return redact(String.valueOf(cause.getMessage()));
    }
}
