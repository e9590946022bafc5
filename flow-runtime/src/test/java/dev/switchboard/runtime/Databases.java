package dev.switchboard.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Test databases with every migration applied: in-memory or file H2, and a fresh PostgreSQL schema. */
public final class Databases {

    public static final String POSTGRES = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private Databases() {
    }

    public static DataSource h2Memory() {
        return h2("jdbc:h2:mem:runs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    /** A data source for an H2 or PostgreSQL JDBC URL (used by the child worker process). */
    public static DataSource fromUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setUrl(url);
            return pg;
        }
        return h2(url);
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Runs {@code test} on a migrated schema of its own on the local PostgreSQL, dropped afterwards. */
    public static void onPostgres(java.util.function.Consumer<DataSource> test) throws SQLException {
        String schema = createPostgresSchema();
        try {
            DataSource pg = postgres(schema);
            migrate(pg);
            test.accept(pg);
        } finally {
            dropPostgres(schema);
        }
    }

    /** A new schema on the local PostgreSQL; drop it with {@link #dropPostgres}. */
    public static String createPostgresSchema() throws SQLException {
        String schema = "flow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    public static DataSource postgres(String schema) {
        return fromUrl(postgresUrl(schema));
    }

    public static String postgresUrl(String schema) {
        return POSTGRES + "&currentSchema=" + schema;
    }

    public static void dropPostgres(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(POSTGRES); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
