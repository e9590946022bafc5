package dev.switchboard.runtime.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.switchboard.runtime.api.RuntimeFixture.call;
import static dev.switchboard.runtime.api.RuntimeFixture.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.StubWorld;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class FlowRuntimeTest {

    @TempDir
    Path dir;
    RuntimeFixture fx;

    @BeforeEach
    void start() {
        fx = new RuntimeFixture(dir, Limits.DEFAULT);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private void ok(String step, String body) {
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/" + step)).willReturn(okJson(body)));
    }

    @Test
    void runOnce_chainsStepOutputs_andPersistsEachStepWithSecretsRedacted() {
        ok("a", "{\"id\": 7, \"echo\": \"key " + StubWorld.SECRET + "\"}");
        ok("b", "{\"done\": true}");
        JsonNode flow = flow("[" + call("a", "a", null) + ", " + call("b", "b", "\"payload\": {\"from\": \"{{ steps.a.id }}\"}") + "]",
                "{\"a\": \"{{ steps.a.id }}\", \"b\": \"{{ steps.b.done }}\"}");

        Run run = fx.runtime.runOnce(flow, Flows.JSON.readTree("{}"), "alice");

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.output().toString()).isEqualTo("{\"a\":7,\"b\":true}");
        fx.wireMock.verify(postRequestedFor(urlPathEqualTo("/step/b"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"from\": 7}")));
        List<StepRecord> steps = fx.runtime.steps(run.id(), "alice");
        assertThat(steps).extracting(StepRecord::key, StepRecord::status, StepRecord::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "SUCCEEDED", 1), org.assertj.core.groups.Tuple.tuple("b", "SUCCEEDED", 1));
        assertThat(steps.get(0).output().toString()).doesNotContain(StubWorld.SECRET).contains("[redacted]");
        assertThat(steps.get(1).input().get("payload").get("from").asInt()).isEqualTo(7);
        assertThat(steps.get(0).startedAt()).isNotNull();
        assertThat(steps.get(0).finishedAt()).isNotNull();
    }

    @Test
    void failingStep_failsTheRun_namingTheStepAndTheCause() {
        ok("a", "{}");
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(aResponse().withStatus(404).withBody("{\"error\": \"no such board\"}")));

        Run run = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + call("b", "b", null) + "]"), null, "alice");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedStep()).isEqualTo("b");
        assertThat(run.error()).contains("step 'b'").contains("404");
    }

    @Test
    void retry_pausesForTheBackoff_thenSucceedsOnTheNextAttempt() {
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson("{\"ok\": 1}")));
        String step = call("a", "a", null).replace("\"input\"", "\"retry\": {\"max\": 2, \"backoff\": \"PT10S\"}, \"input\"");

        Run first = fx.runtime.runOnce(flow("[" + step + "]"), null, "alice");
        assertThat(first.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(fx.runtime.worker().drain()).isZero(); // the backoff has not passed

        fx.clock.advance(Duration.ofSeconds(10));
        fx.runtime.worker().drain();

        Run after = fx.runtime.get(first.id(), "alice").orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.runtime.steps(first.id(), "alice").get(0).attempts()).isEqualTo(2);
    }

    @Test
    void onErrorContinue_givesTheErrorAsOutput_andTheRunGoesOn() {
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/a")).willReturn(aResponse().withStatus(500)));
        ok("b", "{}");
        String a = call("a", "a", null).replace("\"input\"", "\"on_error\": \"continue\", \"input\"");

        Run run = fx.runtime.runOnce(flow("[" + a + ", " + call("b", "b", "\"payload\": \"{{ steps.a.error }}\"") + "]"), null, "alice");

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.runtime.steps(run.id(), "alice").get(1).input().get("payload").asString()).contains("500");
    }

    @Test
    void delay_pausesTheRunInTheDatabase_andARestartedRuntimeResumesIt() {
        ok("a", "{}");
        ok("b", "{}");
        Run run = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", {\"id\": \"wait\", \"delay\": \"PT1H\"}, "
                + call("b", "b", null) + "]"), null, "alice");
        assertThat(run.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(run.availableAt()).isEqualTo(fx.clock.instant().plus(Duration.ofHours(1)));
        fx.runtime.close();

        fx.runtime = fx.open(Limits.DEFAULT);
        fx.clock.advance(Duration.ofMinutes(59));
        fx.runtime.worker().drain();
        assertThat(fx.runtime.get(run.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.PAUSED);
        fx.clock.advance(Duration.ofMinutes(1));
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(run.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        fx.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/step/a")));
    }

    @Test
    void approval_pausesUntilApproved_andARejectionFailsTheRunWithTheComment() {
        ok("b", "{}");
        JsonNode flow = flow("[{\"id\": \"ok\", \"approval\": {\"message\": \"Go?\"}}, " + call("b", "b", "\"payload\": \"{{ steps.ok.comment }}\"") + "]");

        Run approved = fx.runtime.runOnce(flow, null, "alice");
        Run rejected = fx.runtime.runOnce(flow, null, "alice");
        assertThat(approved.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(fx.runtime.worker().drain()).isZero();

        assertThat(fx.runtime.resolveApproval(approved.id(), "alice", true, "fine")).isTrue();
        assertThat(fx.runtime.resolveApproval(rejected.id(), "alice", false, "not today")).isTrue();
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(approved.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        Run no = fx.runtime.get(rejected.id(), "alice").orElseThrow();
        assertThat(no.status()).isEqualTo(RunStatus.FAILED);
        assertThat(no.failedStep()).isEqualTo("ok");
        assertThat(no.error()).contains("not today");
        assertThat(fx.runtime.resolveApproval(approved.id(), "alice", true, null)).isFalse();
    }

    @Test
    void approval_withOnErrorContinue_letsARejectionTakeItsOwnBranch() {
        ok("yes", "{}");
        ok("no", "{}");
        JsonNode flow = flow("[{\"id\": \"ok\", \"approval\": {\"message\": \"Go?\"}, \"on_error\": \"continue\"}, "
                + "{\"id\": \"decided\", \"if\": \"{{ steps.ok.approved }}\", \"then\": [" + call("yes", "yes", null) + "], "
                + "\"else\": [" + call("no", "no", null) + "]}]");

        Run approved = fx.runtime.runOnce(flow, null, "alice");
        Run rejected = fx.runtime.runOnce(flow, null, "alice");
        assertThat(fx.runtime.resolveApproval(approved.id(), "alice", true, null)).isTrue();
        assertThat(fx.runtime.resolveApproval(rejected.id(), "alice", false, "no budget")).isTrue();
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(approved.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.runtime.get(rejected.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        fx.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/step/yes")));
        fx.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/step/no")));
    }

    @Test
    void cancel_stopsAPausedRun_andItNeverResumes() {
        ok("b", "{}");
        Run run = fx.runtime.runOnce(flow("[{\"id\": \"wait\", \"delay\": \"PT1M\"}, " + call("b", "b", null) + "]"), null, "alice");

        assertThat(fx.runtime.cancel(run.id(), "alice")).isTrue();
        fx.clock.advance(Duration.ofMinutes(5));
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(run.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.CANCELED);
        fx.wireMock.verify(0, postRequestedFor(urlPathEqualTo("/step/b")));
        assertThat(fx.runtime.cancel(run.id(), "alice")).isFalse();
    }

    @Test
    void retryFromTheFailedStep_keepsEarlierResults_andDoesNotCallThemAgain() {
        ok("a", "{\"v\": 1}");
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(aResponse().withStatus(500)));
        Run failed = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + call("b", "b", "\"payload\": \"{{ steps.a.v }}\"") + "]"),
                null, "alice");
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        ok("b", "{}");

        Run retry = fx.runtime.retry(failed.id(), "alice", true, null);
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(retry.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(retry.retryOf()).isEqualTo(failed.id());
        fx.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/step/a")));
        fx.wireMock.verify(2, postRequestedFor(urlPathEqualTo("/step/b")));
    }

    @Test
    void retryFromTheStart_onTheLatestVersion_runsTheNewDefinition() {
        ok("a", "{}");
        ok("c", "{}");
        fx.wireMock.stubFor(post(urlPathEqualTo("/step/b")).willReturn(aResponse().withStatus(500)));
        Run failed = fx.runtime.runOnce(flow("[" + call("a", "a", null) + ", " + call("b", "b", null) + "]"), null, "alice");

        Run retry = fx.runtime.retry(failed.id(), "alice", false,
                new FlowRuntime.PublishedVersion(2, flow("[" + call("a", "a", null) + ", " + call("c", "c", null) + "]")));
        fx.runtime.worker().drain();

        assertThat(fx.runtime.get(retry.id(), "alice").orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(retry.flowVersion()).isEqualTo(2);
        fx.wireMock.verify(2, postRequestedFor(urlPathEqualTo("/step/a")));
    }

    @Test
    void ifAndForEach_runTheChosenBranch_overEveryItem() {
        ok("line", "{\"ok\": true}");
        JsonNode flow = flow("[{\"id\": \"check\", \"if\": \"{{ $count(inputs.items) > 1 }}\", \"then\": [{\"id\": \"each\", "
                + "\"for_each\": \"{{ inputs.items }}\", \"do\": [" + call("post", "line", "\"payload\": {\"i\": \"{{ loop.index }}\", "
                + "\"item\": \"{{ loop.item }}\"}") + "]}], \"else\": [{\"id\": \"none\", \"stop\": {\"output\": \"few\"}}]}]",
                "\"{{ $count(steps.each) }}\"");

        Run many = fx.runtime.runOnce(flow, Flows.JSON.readTree("{\"items\": [\"x\", \"y\", \"z\"]}"), "alice");
        Run few = fx.runtime.runOnce(flow, Flows.JSON.readTree("{\"items\": [\"x\"]}"), "alice");

        assertThat(many.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(many.output().asInt()).isEqualTo(3);
        assertThat(fx.runtime.steps(many.id(), "alice")).extracting(StepRecord::key).contains("each[0]/post", "each[2]/post");
        assertThat(few.output().asString()).isEqualTo("few");
        fx.wireMock.verify(3, postRequestedFor(urlPathEqualTo("/step/line")));
    }

    @Test
    void sameTriggerEventTwice_startsOneRun() {
        JsonNode flow = flow("[" + call("a", "a", null) + "]");
        Run one = fx.runtime.start("alice", "flow-1", 1, flow, Flows.JSON.readTree("{\"id\": \"e1\"}"), null, "e1");
        Run two = fx.runtime.start("alice", "flow-1", 1, flow, Flows.JSON.readTree("{\"id\": \"e1\"}"), null, "e1");
        Run other = fx.runtime.start("alice", "flow-1", 1, flow, Flows.JSON.readTree("{\"id\": \"e2\"}"), null, "e2");

        assertThat(two.id()).isEqualTo(one.id());
        assertThat(other.id()).isNotEqualTo(one.id());
        assertThat(fx.runtime.list("alice", "flow-1", 10)).hasSize(2);
    }

    @Test
    void anotherOwnersRun_looksMissing() {
        Run run = fx.runtime.start("alice", null, null, flow("[" + call("a", "a", null) + "]"), null, null, null);

        assertThat(fx.runtime.get(run.id(), "bob")).isEmpty();
        assertThatThrownBy(() -> fx.runtime.cancel(run.id(), "bob")).hasMessage("no run " + run.id());
        assertThatThrownBy(() -> fx.runtime.steps(run.id(), "bob")).hasMessage("no run " + run.id());
        assertThatThrownBy(() -> fx.runtime.resolveApproval(run.id(), "bob", true, null)).hasMessage("no run " + run.id());
        assertThat(fx.runtime.list("bob", null, 10)).isEmpty();
    }

    @Test
    void invalidFlow_isRefusedWithAllItsProblems() {
        assertThatThrownBy(() -> fx.runtime.runOnce(flow("[{\"id\": \"a\", \"action\": \"stubapp.cal\"}]"), null, "alice"))
                .isInstanceOf(InvalidFlowException.class).hasMessageContaining("unknown_action").hasMessageContaining("stubapp.call");
    }

    @Test
    void testStep_runsOneActionWithSampleData_withoutStoringARun() {
        ok("a", "{\"got\": 1}");
        JsonNode flow = flow("[" + call("a", "a", "\"payload\": \"{{ trigger.x }}\"") + "]");

        StepTest t = fx.runtime.testStep(flow, "a", Flows.JSON.readTree("{\"trigger\": {\"x\": \"hello\"}}"), "alice");

        assertThat(t.error()).isNull();
        assertThat(t.input().get("payload").asString()).isEqualTo("hello");
        assertThat(t.output().get("got").asInt()).isEqualTo(1);
        assertThat(fx.runtime.list("alice", null, 10)).isEmpty();
    }
}
