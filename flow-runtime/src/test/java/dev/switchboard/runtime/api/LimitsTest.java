package dev.switchboard.runtime.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void beyondTheRunsPerMinute_runsStayQueued_andStartInTheNextMinute() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withRunsPerMinute(2))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            JsonNode flow = flow("[" + call("a", "a", null) + "]");
            Run r1 = fx.runtime.runOnce(flow, null, "alice");
            Run r2 = fx.runtime.runOnce(flow, null, "alice");
            Run r3 = fx.runtime.runOnce(flow, null, "alice");

            assertThat(r1.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(r2.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(r3.status()).isEqualTo(RunStatus.QUEUED);
            assertThat(r3.availableAt()).isEqualTo(Instant.parse("2026-03-10T10:01:00Z"));

            fx.clock.advance(Duration.ofMinutes(1));
            fx.runtime.worker().drain();
            assertThat(fx.runtime.get(r3.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    @Test
    void runsPerMinute_areCountedAgainInEachMinute() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withRunsPerMinute(2))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            JsonNode flow = flow("[" + call("a", "a", null) + "]");
            fx.runtime.runOnce(flow, null, "alice");
            fx.runtime.runOnce(flow, null, "alice");
            assertThat(fx.runtime.runOnce(flow, null, "alice").status()).isEqualTo(RunStatus.QUEUED);

            fx.clock.advance(Duration.ofMinutes(1));
            Run a = fx.runtime.runOnce(flow, null, "alice");
            Run b = fx.runtime.runOnce(flow, null, "alice");
            Run c = fx.runtime.runOnce(flow, null, "alice");

            assertThat(a.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(b.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(c.status()).isEqualTo(RunStatus.QUEUED);
            assertThat(c.availableAt()).isEqualTo(Instant.parse("2026-03-10T10:02:00Z"));
            fx.runtime.worker().drain();
            assertThat(fx.runtime.list("alice", null, 10)).filteredOn(r -> r.status() == RunStatus.SUCCEEDED).hasSize(4);
        }
    }

    @Test
    void monthlyQuotaSpent_newRunsEndQuotaExceeded_butAStartedRunFinishes() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withActionsPerMonth(1))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            Run started = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + call("b", "a", null) + "]"), null, "alice");
            Run refused = fx.runtime.runOnce(flow("[" + call("a", "a", null) + "]"), null, "alice");

            assertThat(started.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(refused.status()).isEqualTo(RunStatus.QUOTA_EXCEEDED);
            assertThat(refused.error()).contains("quota of 1 actions");
        }
    }

    @Test
    void runHandlingTooMuchData_endsMemoryLimitExceeded_namingTheStep() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withRunBytes(2_000))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{\"big\": \"" + "x".repeat(5_000) + "\"}")));
            Run run = fx.runtime.runOnce(flow("[" + call("a", "a", null) + "]"), null, "alice");

            assertThat(run.status()).isEqualTo(RunStatus.MEMORY_LIMIT_EXCEEDED);
            assertThat(run.failedStep()).isEqualTo("a");
        }
    }

    @Test
    void stepOutlastingTheRunsActiveTime_endsTimeout_namingTheStep() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withActiveTime(Duration.ofMillis(200)))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
            Run run = fx.runtime.runOnce(flow("[" + call("slow", "slow", null) + "]"), null, "alice");

            assertThat(run.status()).isEqualTo(RunStatus.TIMEOUT);
            assertThat(run.failedStep()).isEqualTo("slow");
        }
    }

    @Test
    void stepOutlastingItsTimeout_failsThatStep_andTheRunGoesOnRecordingTheNextSteps() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT)) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(okJson("{\"ok\": true}")));
            // the action runs in the worker's thread and is interrupted at its timeout: that interrupt must not reach
            // the commits that follow (an interrupted H2 or pool call would fail them)
            String slow = call("slow", "slow", null).replace("\"input\"", "\"timeout\": \"PT0.2S\", \"on_error\": \"continue\", \"input\"");
            Run run = fx.runtime.runOnce(flow("[" + slow + ", " + call("b", "b", null) + ", " + call("c", "b", null) + "]",
                    "\"{{ steps.slow.error }}\""), null, "alice");

            assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.output().asString()).isEqualTo("no answer within PT0.2S");
            assertThat(fx.runtime.steps(run.id(), "alice")).extracting(s -> s.key() + " " + s.status())
                    .containsExactlyInAnyOrder("slow FAILED", "b SUCCEEDED", "c SUCCEEDED");
        }
    }

    @Test
    void pausedTime_doesNotCountAsActiveTime() {
        try (RuntimeFixture fx = new RuntimeFixture(dir, Limits.DEFAULT.withActiveTime(Duration.ofSeconds(60)))) {
            fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(okJson("{}")));
            Run run = fx.runtime.runOnce(flow("[{\"id\": \"w\", \"delay\": \"PT2H\"}, " + call("a", "a", null) + "]"), null, "alice");
            fx.clock.advance(Duration.ofHours(2));
            fx.runtime.worker().drain();

            assertThat(fx.runtime.get(run.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        }
    }
}
