package dev.switchboard.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.MutableClock;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.TestCatalog;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Two runtimes (two servers) with three worker threads each claim the queued runs of one owner
 * at the same time; the per-minute and concurrency limits must hold exactly, on H2 and
 * PostgreSQL. The flow's one step is {@code data.transform}, replaced here by a handler that
 * records how many calls are in flight and can be held until the test lets it go.
 */
class ConcurrentLimitsTest {

    static final int RUNS = 12;
    static final JsonNode FLOW = Flows.JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"gate\", \"steps\": "
            + "[{\"id\": \"t\", \"action\": \"data.transform\", \"input\": {\"expression\": \"1\", \"data\": {}}}]}");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"));
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final List<FlowRuntime> runtimes = new ArrayList<>();
    String schema;

    @AfterEach
    void close() throws Exception {
        release.countDown();
        runtimes.forEach(FlowRuntime::close);
        if (schema != null) {
            Databases.dropPostgres(schema);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentClaims_neverStartMoreRunsPerMinuteThanTheLimit(String database) throws Exception {
        List<Run> runs = startTwoServers(database, Limits.DEFAULT.withRunsPerMinute(3).withConcurrentRuns(1_000));
        release.countDown(); // calls return at once

        awaitSettled(runs);
        assertThat(count(runs, RunStatus.SUCCEEDED)).isEqualTo(3);
        assertThat(statuses(runs)).filteredOn(r -> r.status() == RunStatus.QUEUED).hasSize(RUNS - 3)
                .allSatisfy(r -> assertThat(r.availableAt()).isEqualTo(Instant.parse("2026-03-10T10:01:00Z")));

        clock.advance(Duration.ofMinutes(1));
        awaitSettled(runs);
        assertThat(count(runs, RunStatus.SUCCEEDED)).isEqualTo(6);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentClaims_neverRunMoreRunsAtOnceThanTheLimit(String database) throws Exception {
        List<Run> runs = startTwoServers(database, Limits.DEFAULT.withRunsPerMinute(1_000).withConcurrentRuns(2));

        // every run has been tried: two hold their step, the others wait for a place (the clock stands still)
        awaitNoDueRun(runs.get(0).owner());
        // a run is RUNNING from the commit that starts it (a worker's claim), a moment before that worker calls its step
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> inFlight.get() == 2);
        assertThat(count(runs, RunStatus.RUNNING)).isEqualTo(2);
        assertThat(count(runs, RunStatus.QUEUED)).isEqualTo(RUNS - 2);

        release.countDown();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
            clock.advance(Duration.ofSeconds(1)); // deferred runs come due again one second later
            return count(runs, RunStatus.SUCCEEDED) == RUNS;
        });
        assertThat(maxInFlight.get()).isEqualTo(2);
    }

    /** Queues the runs, then starts two runtimes on the same database with three worker threads each. */
    private List<Run> startTwoServers(String database, Limits limits) throws Exception {
        DataSource dataSource;
        if (database.equals("postgres")) {
            schema = Databases.createPostgresSchema();
            dataSource = Databases.postgres(schema);
        } else {
            dataSource = Databases.h2Memory();
        }
        Databases.migrate(dataSource);
        List<Run> runs = new ArrayList<>();
        for (String server : List.of("server-a", "server-b")) {
            ActionRunner runner = new ActionRunner(TestCatalog.catalog(), null).register("data", "transform", call -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            runtimes.add(new FlowRuntime(dataSource, runner, StubWorld.connections(), StubWorld.blobs(dir), limits, clock, server));
        }
        for (int i = 0; i < RUNS; i++) {
            runs.add(runtimes.get(0).start("alice", "gate", 1, FLOW, Flows.JSON.createObjectNode(), null, null));
        }
        Consumer<FlowRuntime> startWorkers = r -> r.worker().start(3, Duration.ofMillis(10));
        runtimes.forEach(startWorkers);
        return runs;
    }

    /** Waits until no run of the owner is due and unleased: each has started, ended, or been deferred. */
    private void awaitNoDueRun(String owner) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> runtimes.get(0).list(owner, "gate", RUNS)
                .stream().noneMatch(r -> r.status() == RunStatus.QUEUED && !r.availableAt().isAfter(clock.instant())));
    }

    /** Waits until every run has either ended or been deferred to a later time. */
    private void awaitSettled(List<Run> runs) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> statuses(runs).stream()
                .allMatch(r -> r.status().terminal() || r.status() == RunStatus.QUEUED && r.availableAt().isAfter(clock.instant())));
    }

    private List<Run> statuses(List<Run> runs) {
        return runtimes.get(0).list(runs.get(0).owner(), "gate", RUNS);
    }

    private long count(List<Run> runs, RunStatus status) {
        return statuses(runs).stream().filter(r -> r.status() == status).count();
    }
}
