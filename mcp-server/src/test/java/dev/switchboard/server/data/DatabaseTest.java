package dev.switchboard.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.auth.ApiTokens;
import dev.switchboard.server.auth.Caller;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The same migrations and token store on embedded H2 and on the PostgreSQL server of this machine. */
class DatabaseTest {

    /** Override with SWITCHBOARD_TEST_PG_URL; the default is the local server with trust auth. */
    static final String POSTGRES = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @Test
    void h2_migratesAndStoresTokensAsHashes() {
        try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            checkTokens(db);
        }
    }

    @Test
    void upgrade_appliesAModulesNewMigrationBelowOnesAlreadyApplied() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url)) {
            // a database of the release before V104 (the runtime's range) but after V220 (stored flows')
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE flow_owner_gate DROP COLUMN minute_starts");
                s.execute("ALTER TABLE flow_owner_gate DROP COLUMN minute_at");
                s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '104'");
            }
        }
        try (Database db = Database.open(url); Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT minute_at, minute_starts FROM flow_owner_gate").close();
        }
    }

    @Test
    void h2Urls_getALargerQueryCache_unlessTheySetOne_otherDatabasesUnchanged() {
        assertThat(Database.withQueryCache("jdbc:h2:file:/d/switchboard;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:/d/switchboard;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=128");
        assertThat(Database.withQueryCache("jdbc:h2:mem:x;query_cache_size=16")).isEqualTo("jdbc:h2:mem:x;query_cache_size=16");
        assertThat(Database.withQueryCache(POSTGRES)).isEqualTo(POSTGRES);
    }

    @Test
    void postgres_migratesAndStoresTokensAsHashes() throws Exception {
        String schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(POSTGRES); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try (Database db = Database.open(POSTGRES + "&currentSchema=" + schema)) {
                checkTokens(db);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void redact_hidesPasswords() {
        assertThat(Database.redact("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }

    private static void checkTokens(Database db) {
        assertThat(db.isHealthy()).isTrue();
        ApiTokens tokens = new ApiTokens(db.dataSource(), Clock.systemUTC());
        String token = DataDirectory.newToken();
        tokens.register(token, Caller.user("alice"), "test");
        tokens.register(token, Caller.user("alice"), "registered twice is harmless");
        assertThat(tokens.authenticate(token)).contains(Caller.user("alice"));
        assertThat(tokens.authenticate(token + "x")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
    }
}
