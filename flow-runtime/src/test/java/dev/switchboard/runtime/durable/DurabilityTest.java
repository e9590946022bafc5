package dev.switchboard.runtime.durable;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills a worker process with SIGKILL in the middle of 100 runs, starts another, and checks that
 * every run ends, none is lost, and no step that had completed ran again.
 */
class DurabilityTest {

    static final int THREADS = 4;
    static final int RUNS = 100;
    static final List<String> STEPS = List.of("one", "two", "three");
    /** A short lease so that the second worker takes over the dead one's runs quickly. */
    static final Limits LIMITS = Limits.DEFAULT.withRunsPerMinute(100_000).withConcurrentRuns(1_000).withLease(Duration.ofSeconds(2));

    @TempDir
    Path dir;

    @Test
    void killedWorker_onH2File_loosesNoRunAndRepeatsNoCompletedStep() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        // The test process keeps the database open so that it is the H2 server the workers connect to:
        // a killed worker must not be the one holding the file.
        try (java.sql.Connection keepOpen = Databases.fromUrl(url).getConnection()) {
            survivesAKill(url);
        }
    }

    @Test
    void killedWorker_onPostgres_loosesNoRunAndRepeatsNoCompletedStep() throws Exception {
        String schema = Databases.createPostgresSchema();
        try {
            survivesAKill(Databases.postgresUrl(schema));
        } finally {
            Databases.dropPostgres(schema);
        }
    }

    private void survivesAKill(String url) throws Exception {
        DataSource dataSource = Databases.fromUrl(url);
        Databases.migrate(dataSource);
        WireMockServer wireMock = StubWorld.startWireMock();
        Process second = null;
        try (FlowRuntime runtime = new FlowRuntime(dataSource, StubWorld.runner(wireMock.port(), StubWorld.blobs(dir)),
                StubWorld.connections(), StubWorld.blobs(dir), LIMITS, Clock.systemUTC(), "parent")) {
            wireMock.stubFor(post(urlPathMatching("/step/.*")).willReturn(okJson("{\"ok\": true}").withFixedDelay(15)));
            Map<String, String> refByRun = new HashMap<>();
            for (int n = 0; n < RUNS; n++) {
                Run run = runtime.start("alice", "durable", 1, flow(), Flows.JSON.readTree("{\"n\": \"run" + n + "\"}"), null, null);
                refByRun.put(run.id(), "run" + n);
            }

            Process first = worker(url, wireMock.port(), "w1");
            await().atMost(Duration.ofMinutes(1)).until(() -> wireMock.getAllServeEvents().size() >= 60);
            first.destroyForcibly().waitFor();
            int doneAtKill = wireMock.getAllServeEvents().size();
            assertThat(doneAtKill).isLessThan(RUNS * STEPS.size()); // the kill really happened mid-way

            second = worker(url, wireMock.port(), "w2");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> runtime.list("alice", "durable", RUNS + 1).stream().allMatch(r -> r.status().terminal()));

            List<Run> runs = runtime.list("alice", "durable", RUNS + 1);
            assertThat(runs).hasSize(RUNS).allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED));
            Map<String, Integer> requests = new HashMap<>();
            for (ServeEvent e : wireMock.getAllServeEvents()) {
                String step = e.getRequest().getUrl().replaceAll("^/step/([a-z]+).*$", "$1");
                requests.merge(e.getRequest().queryParameter("ref").firstValue() + "/" + step, 1, Integer::sum);
            }
            List<String> repeated = new ArrayList<>();
            for (Run run : runs) {
                for (StepRecord s : runtime.steps(run.id(), "alice")) {
                    int calls = requests.getOrDefault(refByRun.get(run.id()) + "/" + s.key(), 0);
                    // each call to the API was preceded by a recorded start, and a step is never started again once it
                    // completed; a start without a call is the step in flight when the kill came after its start was
                    // committed but before its request reached the stub
                    assertThat(calls).as(run.id() + "/" + s.key()).isBetween(Math.max(1, s.starts() - 1), s.starts());
                    assertThat(s.status()).isEqualTo("SUCCEEDED");
                    if (s.starts() > 1) {
                        repeated.add(run.id() + "/" + s.key());
                    }
                }
                assertThat(runtime.steps(run.id(), "alice")).hasSize(STEPS.size());
            }
            // only the steps in flight when the worker died (one per worker thread at most) may have run twice
            assertThat(repeated.size()).isLessThanOrEqualTo(THREADS);
        } finally {
            if (second != null) {
                second.destroyForcibly().waitFor();
            }
            wireMock.stop();
        }
    }

    private static JsonNode flow() {
        StringBuilder steps = new StringBuilder();
        for (String s : STEPS) {
            steps.append(steps.length() == 0 ? "" : ", ").append("{\"id\": \"").append(s).append("\", \"action\": \"stubapp.call\", ")
                    .append("\"connection\": \"stub\", \"input\": {\"step\": \"").append(s).append("\", \"ref\": \"{{ trigger.n }}\"}}");
        }
        return Flows.JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"durable\", \"steps\": [" + steps + "]}");
    }

    private Process worker(String url, int port, String id) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, WorkerMain.class.getName(), url,
                String.valueOf(port), dir.toString(), id);
        pb.redirectErrorStream(true).redirectOutput(new File(dir.toFile(), id + ".log"));
        return pb.start();
    }
}
