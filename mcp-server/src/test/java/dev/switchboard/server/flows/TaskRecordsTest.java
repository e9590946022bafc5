package dev.switchboard.server.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.MovableClock;
import dev.switchboard.server.data.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The task table (V220) on embedded H2 and on the PostgreSQL server of this machine: pages, owners, ttl, progress tokens. */
class TaskRecordsTest {

    static final String POSTGRES = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    final MovableClock clock = new MovableClock(Instant.parse("2030-05-01T10:00:00Z"));

    @Test
    void h2_pagesNewestFirst_keepsOwnersApart_forgetsExpiredTasks_andKeepsProgressTokens() {
        try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            check(new TaskRecords(db.dataSource(), clock));
        }
    }

    @Test
    void postgres_pagesNewestFirst_keepsOwnersApart_forgetsExpiredTasks_andKeepsProgressTokens() throws Exception {
        withPostgres(db -> check(new TaskRecords(db.dataSource(), clock)));
    }

    @Test
    void grantedTtl_refusesNonPositiveTtlsAndHugeTokens_andCapsLongTtls() {
        assertThat(TaskRecords.grantedTtl(null, null)).isEqualTo(Duration.ofDays(7).toMillis());
        assertThat(TaskRecords.grantedTtl(Long.MAX_VALUE, "t")).isEqualTo(Duration.ofDays(30).toMillis());
        assertThatThrownBy(() -> TaskRecords.grantedTtl(-5L, null)).hasMessageContaining("task.ttl must be a positive number");
        assertThatThrownBy(() -> TaskRecords.grantedTtl(1000L, "x".repeat(500))).hasMessageContaining("progressToken is too long");
    }

    private void check(TaskRecords records) {
        records.add("run-a", "alice", 60_000, "tok-a");
        clock.advance(Duration.ofSeconds(1));
        records.add("run-b", "alice", 3_600_000, 42);
        clock.advance(Duration.ofSeconds(1));
        records.add("run-c", "alice", 3_600_000, null);
        records.add("run-z", "bob", 3_600_000, null);

        List<TaskRecords.Entry> first = records.page("alice", null, 2);
        assertThat(first).extracting(TaskRecords.Entry::taskId).containsExactly("run-c", "run-b", "run-a");
        List<TaskRecords.Entry> second = records.page("alice", TaskRecords.after(first.get(1)), 2);
        assertThat(second).extracting(TaskRecords.Entry::taskId).containsExactly("run-a");
        assertThatThrownBy(() -> records.page("alice", "bm90LWEtY3Vyc29y", 2)).isInstanceOf(IllegalArgumentException.class);

        assertThat(records.find("alice", "run-a")).get().satisfies(e -> {
            assertThat(e.progressToken()).isEqualTo("tok-a");
            assertThat(e.ttlMillis()).isEqualTo(60_000);
            assertThat(e.createdAt()).isEqualTo(Instant.parse("2030-05-01T10:00:00Z"));
        });
        assertThat(((Number) records.find("alice", "run-b").orElseThrow().progressToken()).intValue()).isEqualTo(42);
        assertThat(records.find("bob", "run-a")).isEmpty();
        assertThat(records.page("bob", null, 10)).extracting(TaskRecords.Entry::taskId).containsExactly("run-z");

        clock.advance(Duration.ofSeconds(58)); // run-a was created 60 s ago: its ttl is over
        assertThat(records.find("alice", "run-a")).isEmpty();
        assertThat(records.page("alice", null, 10)).extracting(TaskRecords.Entry::taskId).containsExactly("run-c", "run-b");
    }

    private static void withPostgres(Consumer<Database> work) throws Exception {
        String schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(POSTGRES); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try (Database db = Database.open(POSTGRES + "&currentSchema=" + schema)) {
                work.accept(db);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
