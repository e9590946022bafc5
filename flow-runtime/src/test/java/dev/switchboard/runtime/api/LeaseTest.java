package dev.switchboard.runtime.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.runtime.api.RuntimeFixture.call;
import static dev.switchboard.runtime.api.RuntimeFixture.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.action.ActionHandler;
import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps do not update the run's row: the start row of the next action is written only while the
 * run is RUNNING and leased to the worker, and the run's data size travels in the step rows. Here
 * a step in the middle ({@code data.transform}, a handler) changes the run's row while it runs,
 * as another worker or a cancel would.
 */
class LeaseTest {

    @TempDir
    Path dir;

    String schema;

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            Databases.dropPostgres(schema);
        }
    }

    /** A fixture on H2 or on a fresh PostgreSQL schema (where the step commits take one round trip: SliceCommits#commit). */
    private RuntimeFixture fixture(String database, Limits limits) throws Exception {
        if (database.equals("postgres")) {
            schema = Databases.createPostgresSchema();
            return new RuntimeFixture(dir, limits, Databases.postgres(schema));
        }
        return new RuntimeFixture(dir, limits);
    }

    static final String TRANSFORM = "{\"id\": \"t\", \"action\": \"data.transform\", \"input\": {\"expression\": \"1\", \"data\": {}}}";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void runTakenOverWhileAStepRuns_theWorkerStartsNoFurtherStep(String database) throws Exception {
        try (RuntimeFixture fx = fixture(database, Limits.DEFAULT)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{\"ok\": true}")));
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(okJson("{\"ok\": true}")));
            fx.runtime = runtime(fx, Limits.DEFAULT, call -> {
                sql(fx, "UPDATE flow_run SET lease_owner = 'other-worker'"); // another worker took the run over
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            Run run = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + TRANSFORM + ", " + call("b", "b", null) + "]"), null,
                    "alice");

            assertThat(run.status()).isEqualTo(RunStatus.RUNNING); // the other worker's now
            fx.wireMock.verify(0, postRequestedFor(urlPathEqualTo("/step/b")));
            // what ended before is recorded; the step it was about to start is not
            assertThat(fx.runtime.steps(run.id(), "alice")).extracting(s -> s.key() + " " + s.status())
                    .containsExactlyInAnyOrder("a SUCCEEDED", "t SUCCEEDED");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void runCanceledWhileAStepRuns_theWorkerStartsNoFurtherStep(String database) throws Exception {
        try (RuntimeFixture fx = fixture(database, Limits.DEFAULT)) {
            String id = runCanceledDuringItsInProcessStep(fx);

            assertThat(fx.runtime.get(id, "alice").orElseThrow().status()).isEqualTo(RunStatus.CANCELED);
            fx.wireMock.verify(0, postRequestedFor(urlPathEqualTo("/step/b")));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void afterACrash_theRecoveredRunKeepsCountingTheDataItsEndedStepsHandled(String database) throws Exception {
        Limits limits = Limits.DEFAULT.withRunBytes(3_000);
        try (RuntimeFixture fx = fixture(database, limits)) {
            String big = "{\"big\": \"" + "x".repeat(1_500) + "\"}";
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson(big)));
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(okJson(big)));
            fx.runtime = runtime(fx, limits, call -> {
                // the worker dies here: its lease has run out when the next step would start
                sql(fx, "UPDATE flow_run SET lease_owner = 'dead-worker', lease_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00Z'");
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            // runOnce finds the run's lease run out and recovers it, as any worker would: a and t are not run again,
            // and b brings the total over 3,000 bytes only if a's data still counts
            Run after = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + TRANSFORM + ", " + call("b", "b", null) + "]"),
                    null, "alice");

            assertThat(after.status()).isEqualTo(RunStatus.MEMORY_LIMIT_EXCEEDED);
            assertThat(after.failedStep()).isEqualTo("b");
            assertThat(fx.runtime.steps(after.id(), "alice")).filteredOn(s -> s.key().equals("a")).singleElement()
                    .satisfies(a -> assertThat(a.starts()).isEqualTo(1)).extracting(StepRecord::runBytes)
                    .satisfies(bytes -> assertThat(bytes).isBetween(1_500L, 2_900L));
            assertThat(fx.wireMock.findAll(postRequestedFor(urlPathEqualTo("/step/a")))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void afterACrash_theActionsTheLostSliceStartedStillCountTowardTheMonthlyQuota(String database) throws Exception {
        Limits limits = Limits.DEFAULT.withActionsPerMonth(3);
        try (RuntimeFixture fx = fixture(database, limits)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(okJson("{}")));
            fx.runtime = runtime(fx, limits, call -> {
                // the worker dies here, before its slice ends (actions are counted at a slice's end)
                sql(fx, "UPDATE flow_run SET lease_owner = 'dead-worker', lease_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00Z'");
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            Run crashed = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + TRANSFORM + ", " + call("b", "b", null) + "]"),
                    null, "alice");
            // a and t ran in the slice that died, b in the one that recovered the run: 3 actions, the whole quota
            Run next = fx.runtime.runOnce(flow("[" + call("a", "a", null) + "]"), null, "alice");

            assertThat(crashed.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(next.status()).isEqualTo(RunStatus.QUOTA_EXCEEDED);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void runCanceledWhileAStepRuns_theActionsItStartedCountTowardTheQuota_theOneItDidNotStartDoesNot(String database)
            throws Exception {
        try (RuntimeFixture fx = fixture(database, Limits.DEFAULT)) {
            runCanceledDuringItsInProcessStep(fx);

            // the slice never reached its end, where actions are counted: the worker that found the run canceled counted a and t
            assertThat(actionsCounted(fx)).isEqualTo(2);
        }
    }

    /**
     * Runs a → t → b where t (an in-process action) cancels the run while it runs; returns the run's id once the
     * worker is idle again.
     */
    private String runCanceledDuringItsInProcessStep(RuntimeFixture fx) {
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{\"ok\": true}")));
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(okJson("{\"ok\": true}")));
        String[] id = new String[1];
        fx.runtime = runtime(fx, Limits.DEFAULT, call -> {
            fx.runtime.cancel(id[0], "alice");
            return Flows.JSON.createObjectNode().put("value", 1);
        });
        id[0] = fx.runtime.start("alice", "f", 1, flow("[" + call("a", "a", null) + ", " + TRANSFORM + ", "
                + call("b", "b", null) + "]"), null, null, null).id();
        fx.runtime.worker().drain();
        return id[0];
    }

    private static long actionsCounted(RuntimeFixture fx) {
        try (Connection c = fx.dataSource.getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT SUM(actions) FROM flow_action_count WHERE owner = 'alice'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void aStepThatMayOutlastTheLease_renewsItInTheCommitBeforeItStarts(String database) throws Exception {
        Limits limits = Limits.DEFAULT.withLease(Duration.ofSeconds(10)); // 60 s of active time: a step may outlast it
        try (RuntimeFixture fx = fixture(database, limits)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{\"ok\": true}")));
            List<Instant> leases = new ArrayList<>();
            fx.runtime = runtime(fx, limits, call -> {
                leases.add(leaseUntil(fx));
                fx.clock.advance(Duration.ofSeconds(8));
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            Run run = fx.runtime.runOnce(flow("[" + TRANSFORM + ", " + call("a", "a", null) + ", " + TRANSFORM.replace("\"t\"", "\"t2\"")
                    + "]"), null, "alice");

            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            Instant start = Instant.parse("2026-03-10T10:00:00Z");
            // taken when the run started; renewed when a's start was committed 8 s later
            assertThat(leases).containsExactly(start.plusSeconds(10), start.plusSeconds(18));
        }
    }

    private static Instant leaseUntil(RuntimeFixture fx) {
        try (Connection c = fx.dataSource.getConnection(); Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT lease_until FROM flow_run")) {
            rs.next();
            return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private FlowRuntime runtime(RuntimeFixture fx, Limits limits, ActionHandler transform) {
        fx.runtime.close();
        return new FlowRuntime(fx.dataSource, StubWorld.runner(fx.wireMock.port(), StubWorld.blobs(dir))
                .register("data", "transform", transform), StubWorld.connections(), StubWorld.blobs(dir), limits, fx.clock,
                "test-worker");
    }

    private static void sql(RuntimeFixture fx, String sql) {
        try (Connection c = fx.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
