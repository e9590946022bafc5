package dev.switchboard.runtime.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.runtime.api.RuntimeFixture.call;
import static dev.switchboard.runtime.api.RuntimeFixture.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.action.ActionHandler;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps whose action has no effect outside the run ({@code data.transform}: in-process,
 * read-only) are not preceded by a commit of their start; their records are committed with the
 * next step that has an effect, or with the run's end. Here {@code data.transform} is a handler
 * that looks at the database while it is called.
 */
class InProcessStepsTest {

    @TempDir
    Path dir;

    static String transform(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"action\": \"data.transform\", \"input\": {\"expression\": \"1\", \"data\": {}}"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    @Test
    void inProcessStep_hasNoStartRowWhileItRuns_butEveryStepIsRecordedWhenTheRunEnds() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{\"ok\": true}")));
            List<String> rowsSeen = new ArrayList<>();
            fx.runtime = runtime(fx, call -> {
                rowsSeen.add(stepKeys(fx));
                return Flows.JSON.createObjectNode().put("value", 1);
            });
            Run run = fx.runtime.runOnce(flow("[" + transform("t1", null) + ", " + call("a", "a", null) + ", "
                    + transform("t2", null) + "]"), null, "alice");

            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            // t1 runs before anything is written; the HTTP step's start commits t1's record; t2 finds both, not itself
            assertThat(rowsSeen).containsExactly("", "a,t1");
            assertThat(fx.runtime.steps(run.id(), "alice")).extracting(StepRecord::key, StepRecord::status, StepRecord::attempts,
                    StepRecord::starts).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("t1", "SUCCEEDED", 1, 1),
                    org.assertj.core.groups.Tuple.tuple("a", "SUCCEEDED", 1, 1),
                    org.assertj.core.groups.Tuple.tuple("t2", "SUCCEEDED", 1, 1));
        }
    }

    @Test
    void failingInProcessStep_isRetriedByItsPolicy_andTheAttemptsAreCounted() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT)) {
            fx.runtime = runtime(fx, call -> {
                throw new ActionException(0, "no value");
            });
            Run run = fx.runtime.runOnce(flow("[" + transform("t", "\"retry\": {\"max\": 1, \"backoff\": \"PT10S\"}") + "]"), null,
                    "alice");
            assertThat(run.status()).isEqualTo(RunStatus.PAUSED);
            assertThat(fx.runtime.steps(run.id(), "alice")).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo("RETRYING");
                assertThat(s.attempts()).isEqualTo(1);
            });

            fx.clock.advance(Duration.ofSeconds(10));
            fx.runtime.worker().drain();

            Run after = fx.runtime.get(run.id(), "alice").orElseThrow();
            assertThat(after.status()).isEqualTo(RunStatus.FAILED);
            assertThat(after.error()).contains("failed after 2 attempts: no value");
            assertThat(fx.runtime.steps(run.id(), "alice")).singleElement().satisfies(s -> assertThat(s.attempts()).isEqualTo(2));
        }
    }

    private FlowRuntime runtime(RuntimeFixture fx, ActionHandler transform) {
        fx.runtime.close();
        return new FlowRuntime(fx.dataSource, StubWorld.runner(fx.wireMock.port(), StubWorld.blobs(dir))
                .register("data", "transform", transform), StubWorld.connections(), StubWorld.blobs(dir), Limits.DEFAULT, fx.clock,
                "test-worker");
    }

    /** The step keys that have a committed row, sorted and joined. */
    private static String stepKeys(RuntimeFixture fx) {
        try (Connection c = fx.dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT step_key FROM flow_step ORDER BY step_key");
                ResultSet rs = st.executeQuery()) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return String.join(",", keys);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
