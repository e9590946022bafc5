package dev.switchboard.runtime.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.runtime.api.RuntimeFixture.call;
import static dev.switchboard.runtime.api.RuntimeFixture.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerWakeTest {

    @TempDir
    Path dir;

    @Test
    void runQueuedInThisProcess_isRunByAnIdleWorker_withoutWaitingForTheNextPoll() throws Exception {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            fx.runtime.worker().start(2, Duration.ofHours(1)); // the poll alone would pick the run up in an hour
            awaitIdleWorkers(2);

            Run queued = fx.runtime.start("alice", null, null, flow("[" + call("a", "a", null) + "]"), null, null, null);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            RunStatus status = queued.status();
            while (status != RunStatus.SUCCEEDED && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                status = fx.runtime.get(queued.id(), "alice").orElseThrow().status();
            }
            assertThat(status).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    /** Waits (with a deadline) until the worker threads have polled once and wait for a wake-up or the next poll. */
    private static void awaitIdleWorkers(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long idle = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("flow-worker-") && t.getState() == Thread.State.TIMED_WAITING).count();
            if (idle >= count) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the worker threads did not become idle within 20 s");
    }
}
