package dev.switchboard.server.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.server.flows.FlowToolsTest.maps;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static dev.switchboard.server.flows.FlowToolsTest.structured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flow__ tools on runs that take longer than the server's wait (made slow by a stub's fixed
 * delay; the server waits 300 ms), progress per finished step, and approvals put to the user
 * through elicitation.
 */
class LongRunsTest {

    @TempDir
    static Path data;

    static WireMockServer stub;
    static RunningServer server;
    static McpSyncClient alice;
    static final String ALICE = "sb_alice_token_long_runs_0123456789";

    @BeforeAll
    static void start() throws Exception {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1")).withFlowWait(Duration.ofMillis(300)));
        server.app().tokens().register(ALICE, Caller.user("alice"), "alice");
        server.app().connections().create(Caller.user("alice"), "http", "api", Map.of("type", "bearer", "token", "tok-long-7"), Map.of());
        alice = server.client(ALICE);
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        server.close();
        stub.stop();
    }

    static Map<String, Object> fetching(String name, String path) {
        return Map.of("format", "switchboard.flow/v1", "name", name,
                "steps", List.of(Map.of("id", "fetch", "action", "http.request", "connection", "api",
                        "input", Map.of("method", "GET", "url", "http://127.0.0.1:" + stub.port() + path))),
                "output", "{{ steps.fetch.body }}");
    }

    static Map<String, Object> needsApproval(String name) {
        Map<String, Object> definition = new HashMap<>(FlowToolsTest.greeting(name, "Ok {who}"));
        definition.put("steps", List.of(Map.of("id", "ask", "approval", Map.of("message", "Greet {{ inputs.name }}?")),
                Map.of("id", "greet", "action", "data.format_text",
                        "input", Map.of("template", "Ok {who}", "values", Map.of("who", "{{ inputs.name }}")))));
        return definition;
    }

    static void publish(Map<String, Object> definition) {
        ok(alice, "publish_flow", Map.of("id", ok(alice, "create_flow", Map.of("definition", definition)).get("id")));
    }

    @Test
    void runLongerThanTheWait_answersWithTheRunIdAndHowToFollowIt_andKeepsGoing() {
        stub.stubFor(get(urlEqualTo("/slow")).willReturn(okJson("{\"done\": true}").withFixedDelay(1500)));
        publish(fetching("Slow Report", "/slow"));

        McpSchema.CallToolResult answer = alice.callTool(new McpSchema.CallToolRequest("flow__slow-report", Map.of()));
        Map<String, Object> running = structured(answer);
        String runId = (String) running.get("run_id");
        assertThat(running).containsEntry("status", "RUNNING").containsEntry("resource", "switchboard://runs/" + runId);
        assertThat(((McpSchema.TextContent) answer.content().get(0)).text()).contains("get_run").contains(runId);

        await().atMost(Duration.ofSeconds(15)).until(() -> "SUCCEEDED".equals(ok(alice, "get_run", Map.of("id", runId)).get("status")));
        assertThat(ok(alice, "get_run", Map.of("id", runId)).get("output").toString()).contains("done");
    }

    @Test
    void waitInTheCallsMeta_overridesTheServersWait() {
        stub.stubFor(get(urlEqualTo("/medium")).willReturn(okJson("{\"rows\": 3}").withFixedDelay(700)));
        publish(fetching("Medium Report", "/medium"));

        McpSchema.CallToolResult answer = alice.callTool(McpSchema.CallToolRequest.builder("flow__medium-report")
                .arguments(Map.of()).meta(Map.of(PublishedFlowTools.WAIT_META, 20_000)).build());
        assertThat(structured(answer)).containsEntry("rows", 3);

        McpSchema.CallToolResult refused = alice.callTool(McpSchema.CallToolRequest.builder("flow__medium-report")
                .arguments(Map.of()).meta(Map.of(PublishedFlowTools.WAIT_META, -5)).build());
        assertThat(refused.isError()).isTrue();
        assertThat(FlowToolsTest.text(refused)).contains(PublishedFlowTools.WAIT_META).contains("between 0 and");
    }

    @Test
    void progress_isReportedForEachStepAsItFinishes() {
        Map<String, Object> twoSteps = new HashMap<>(FlowToolsTest.greeting("Two Steps", "Hi {who}"));
        twoSteps.put("steps", List.of(
                Map.of("id", "first", "action", "data.format_text", "input", Map.of("template", "A {who}", "values", Map.of("who", "x"))),
                Map.of("id", "second", "action", "data.format_text", "input", Map.of("template", "B {who}", "values", Map.of("who", "y")))));
        twoSteps.put("output", "{{ steps.second }}");
        publish(twoSteps);
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.clientSpec(ALICE).progressConsumer(progress::add).build()) {
            client.initialize();
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("flow__two-steps")
                    .arguments(Map.of("name", "Zo")).meta(Map.of("progressToken", "p-2", PublishedFlowTools.WAIT_META, 20_000)).build());
            assertThat(structured(result)).containsEntry("text", "B y");
            await().atMost(Duration.ofSeconds(5)).until(() -> progress.size() >= 3);
        }
        Map<String, Double> steps = progress.stream().filter(p -> p.message().contains("SUCCEEDED"))
                .collect(Collectors.toMap(McpSchema.ProgressNotification::message, McpSchema.ProgressNotification::progress));
        assertThat(steps).containsEntry("first SUCCEEDED", 1.0).containsEntry("second SUCCEEDED", 2.0);
        assertThat(progress).allMatch(p -> "p-2".equals(p.progressToken()));
    }

    @Test
    void approval_isAskedThroughElicitation_andTheRunFinishesInTheSameCall() {
        publish(needsApproval("Elicit Yes"));
        List<McpSchema.ElicitFormRequest> asked = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.clientSpec(ALICE)
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> {
                    asked.add(request);
                    return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true, "comment", "go"));
                }).build()) {
            client.initialize();
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("flow__elicit-yes")
                    .arguments(Map.of("name", "Di")).meta(Map.of(PublishedFlowTools.WAIT_META, 20_000)).build());
            assertThat(structured(result)).containsEntry("text", "Ok Di");
        }
        assertThat(asked).singleElement().satisfies(r -> assertThat(r.message()).contains("Greet Di?").contains("'ask'"));
    }

    @Test
    void approval_declinedInElicitation_staysPending_andTheAnswerSaysHowToResolveIt() {
        publish(needsApproval("Elicit Later"));
        try (McpSyncClient client = server.clientSpec(ALICE)
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.DECLINE, null)).build()) {
            client.initialize();
            Map<String, Object> paused = structured(client.callTool(McpSchema.CallToolRequest.builder("flow__elicit-later")
                    .arguments(Map.of("name", "Ed")).meta(Map.of(PublishedFlowTools.WAIT_META, 20_000)).build()));
            assertThat(paused).containsEntry("status", "PAUSED").containsEntry("waiting_step", "ask");
            assertThat(paused.get("next").toString()).contains("resolve_approval");
            List<Map<String, Object>> waiting = maps(ok(alice, "list_runs", Map.of("status", "PAUSED")).get("runs"));
            assertThat(waiting).extracting(r -> r.get("id")).contains(paused.get("run_id"));
        }
    }
}
