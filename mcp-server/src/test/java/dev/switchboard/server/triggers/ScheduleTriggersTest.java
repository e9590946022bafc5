package dev.switchboard.server.triggers;

import dev.switchboard.server.MovableClock;
import static dev.switchboard.server.triggers.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.RawSession;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule.cron flows through the real server with a clock the test moves: once per due time, across restarts and instances. */
class ScheduleTriggersTest {

    static final String TOKEN = "sb_alice_token_0123456789abcdef";
    /** 08:00 in Paris every day: 07:00 UTC in winter. */
    static final Map<String, Object> DAILY_8_PARIS = Map.of("app", "schedule", "event", "cron",
            "params", Map.of("cron", "0 8 * * *", "timezone", "Europe/Paris"));

    @TempDir
    Path data;

    final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T06:00:00Z"));

    @Test
    void dailySchedule_firesOncePerDueTime_inItsTimeZone_andNotAgainAfterARestart() throws Exception {
        String id;
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            id = Flows.publish(alice, Flows.definition("Morning report", DAILY_8_PARIS, "at {v}", "{{ trigger.local_time }}"));
            Scheduler scheduler = server.app().triggers().scheduler();
            assertThat(scheduler.runDue()).as("before 08:00 Paris").isZero();

            clock.set(Instant.parse("2030-01-01T06:59:59Z"));
            assertThat(scheduler.runDue()).isZero();
            clock.set(Instant.parse("2030-01-01T07:00:10Z"));
            assertThat(scheduler.runDue()).isEqualTo(1);
            assertThat(scheduler.runDue()).as("the same due time again").isZero();
            assertThat(runs(server, id)).singleElement().satisfies(run -> {
                assertThat(run.trigger().path("fired_at").asString()).isEqualTo("2030-01-01T07:00:00Z");
                assertThat(run.trigger().path("local_time").asString()).isEqualTo("2030-01-01T08:00");
                assertThat(run.trigger().path("timezone").asString()).isEqualTo("Europe/Paris");
            });
        }
        try (RunningServer server = start()) {
            Scheduler scheduler = server.app().triggers().scheduler();
            assertThat(scheduler.runDue()).as("after a restart, the fired due time stays fired").isZero();
            clock.set(Instant.parse("2030-01-02T07:00:00Z"));
            assertThat(scheduler.runDue()).isEqualTo(1);
            assertThat(runs(server, id)).hasSize(2);
        }
    }

    @Test
    void missedDueTimes_whileDown_catchUpOnce_withTheLatest() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            String id = Flows.publish(alice, Flows.definition("Catch up", DAILY_8_PARIS, "at {v}", "{{ trigger.fired_at }}"));
            clock.set(Instant.parse("2030-01-04T12:00:00Z")); // three due times passed
            assertThat(server.app().triggers().scheduler().runDue()).isEqualTo(1);
            assertThat(server.app().triggers().scheduler().runDue()).isZero();
            assertThat(runs(server, id)).singleElement().satisfies(run ->
                    assertThat(run.trigger().path("fired_at").asString()).isEqualTo("2030-01-04T07:00:00Z"));
        }
    }

    @Test
    void disabledFlow_doesNotFire_andReenabling_doesNotReplayWhatItMissed() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            String id = Flows.publish(alice, Flows.definition("Paused schedule", DAILY_8_PARIS, "at {v}", "x"));
            Scheduler scheduler = server.app().triggers().scheduler();
            ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", false));
            clock.set(Instant.parse("2030-01-01T07:30:00Z"));
            assertThat(scheduler.runDue()).isZero();
            ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", true));
            assertThat(scheduler.runDue()).as("the 07:00 due time came while disabled").isZero();
            clock.set(Instant.parse("2030-01-02T07:00:00Z"));
            assertThat(scheduler.runDue()).isEqualTo(1);
            assertThat(runs(server, id)).hasSize(1);
        }
    }

    @Test
    void publishingAnotherSchedule_usesTheNewOne_fromItsPublication() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            String id = Flows.publish(alice, Flows.definition("Rescheduled", DAILY_8_PARIS, "at {v}", "x"));
            Scheduler scheduler = server.app().triggers().scheduler();
            clock.set(Instant.parse("2030-01-01T06:30:00Z"));
            Map<String, Object> hourly = Map.of("app", "schedule", "event", "cron", "params", Map.of("cron", "45 * * * *"));
            ok(alice, "update_flow", Map.of("id", id, "definition", Flows.definition("Rescheduled", hourly, "at {v}", "x")));
            ok(alice, "publish_flow", Map.of("id", id));
            clock.set(Instant.parse("2030-01-01T07:10:00Z"));
            assertThat(scheduler.runDue()).isEqualTo(1);
            clock.set(Instant.parse("2030-01-01T07:45:00Z"));
            assertThat(scheduler.runDue()).isEqualTo(1);
            assertThat(runs(server, id)).extracting(run -> run.trigger().path("fired_at").asString())
                    .as("06:45 and 07:45, never 07:00 (08:00 Paris)")
                    .containsExactlyInAnyOrder("2030-01-01T06:45:00Z", "2030-01-01T07:45:00Z");
        }
    }

    @Test
    void twoInstancesOnOneDatabase_fireEachDueTimeOnce() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN);
                Switchboard other = Switchboard.open(ServerConfig.defaults(data), clock, Map.of())) {
            String id = Flows.publish(alice, Flows.definition("Shared schedule", DAILY_8_PARIS, "at {v}", "x"));
            assertThat(server.app().triggers().scheduler().runDue()).isZero();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int day = 1; day <= 5; day++) {
                    clock.set(Instant.parse("2030-01-0" + day + "T07:00:00Z"));
                    CountDownLatch go = new CountDownLatch(1);
                    List<Callable<Integer>> both = List.of(
                            () -> { go.await(); return server.app().triggers().scheduler().runDue(); },
                            () -> { go.await(); return other.triggers().scheduler().runDue(); });
                    List<Future<Integer>> fired = both.stream().map(pool::submit).toList();
                    go.countDown();
                    assertThat(fired.get(0).get() + fired.get(1).get()).as("day " + day).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(runs(server, id)).hasSize(5);
        }
    }

    @Test
    void twoServersOnOnePostgreSql_fireEachDueTimeOnce(@TempDir Path otherData) throws Exception {
        String url = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "sb_test_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url); java.sql.Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
            try {
                String db = url + "&currentSchema=" + schema;
                try (Switchboard one = Switchboard.open(ServerConfig.defaults(data).withJdbcUrl(db), clock, Map.of());
                        Switchboard two = Switchboard.open(ServerConfig.defaults(otherData).withJdbcUrl(db), clock, Map.of())) {
                    Caller alice = Caller.user("alice");
                    String id = one.flows().create(alice, tools.jackson.databind.json.JsonMapper.builder().build()
                            .valueToTree(Flows.definition("PG schedule", DAILY_8_PARIS, "at {v}", "x")), null).flow().id();
                    one.flows().publish(alice, id);
                    assertThat(one.triggers().scheduler().runDue() + two.triggers().scheduler().runDue()).isZero();
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        for (int day = 1; day <= 5; day++) {
                            clock.set(Instant.parse("2030-01-0" + day + "T07:00:00Z"));
                            CountDownLatch go = new CountDownLatch(1);
                            Future<Integer> a = pool.submit(() -> { go.await(); return one.triggers().scheduler().runDue(); });
                            Future<Integer> b = pool.submit(() -> { go.await(); return two.triggers().scheduler().runDue(); });
                            go.countDown();
                            assertThat(a.get() + b.get()).as("day " + day).isEqualTo(1);
                        }
                    } finally {
                        pool.shutdownNow();
                    }
                    assertThat(one.runtime().list("alice", id, 100)).hasSize(5);
                }
            } finally {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void scheduledRun_isNotAnMcpTask_tasksListOmitsIt_andTasksGetCallsItUnknown() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN);
                RawSession raw = RawSession.open(server, TOKEN)) {
            String id = Flows.publish(alice, Flows.definition("Not a task", DAILY_8_PARIS, "at {v}", "{{ trigger.fired_at }}"));
            clock.set(Instant.parse("2030-01-01T07:00:00Z"));
            assertThat(server.app().triggers().scheduler().runDue()).isEqualTo(1);
            String runId = runs(server, id).get(0).id();

            assertThat(raw.request("tasks/list", Map.of()).get("tasks")).asList().isEmpty();
            McpError unknown = catchThrowableOfType(McpError.class, () -> raw.request("tasks/get", Map.of("taskId", runId)));
            assertThat(unknown.getJsonRpcError().code()).isEqualTo(-32602);
            assertThat(ok(alice, "get_run", Map.of("id", runId))).containsKey("status"); // still an ordinary run
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void getFlow_showsTheCronItsTimeZoneAndTheNextFireTime_andNoneOnceDisabled() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            String id = Flows.publish(alice, Flows.definition("Shown schedule", DAILY_8_PARIS, "at {v}", "{{ trigger.fired_at }}"));
            Map<String, Object> trigger = (Map<String, Object>) ok(alice, "get_flow", Map.of("id", id)).get("trigger");
            assertThat(trigger).containsEntry("type", "schedule").containsEntry("cron", "0 8 * * *")
                    .containsEntry("timezone", "Europe/Paris").containsEntry("next_fire_at", "2030-01-01T07:00:00Z")
                    .containsEntry("next_fire_local", "2030-01-01T08:00").containsEntry("from", "live version 1");

            clock.set(Instant.parse("2030-01-01T07:00:10Z"));
            assertThat((Map<String, Object>) ok(alice, "get_flow", Map.of("id", id)).get("trigger"))
                    .containsEntry("next_fire_at", "2030-01-02T07:00:00Z");
            ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", false));
            assertThat((Map<String, Object>) ok(alice, "get_flow", Map.of("id", id)).get("trigger"))
                    .containsEntry("starts_runs", false).doesNotContainKey("next_fire_at");
        }
    }

    private RunningServer start() throws Exception {
        RunningServer server = RunningServer.start(data, c -> c, clock, Map.of());
        server.app().tokens().register(TOKEN, Caller.user("alice"), "alice");
        return server;
    }

    private static List<Run> runs(RunningServer server, String flowId) {
        return server.app().runtime().list("alice", flowId, 100);
    }
}
