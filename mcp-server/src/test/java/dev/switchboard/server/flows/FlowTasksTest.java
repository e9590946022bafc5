package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.RawSession;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientSession;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** MCP tasks (2025-11-25) on flow tools, through the SDK's client session against the real server: start, poll, result, cancel, owners. */
class FlowTasksTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient alice;
    static RawSession aliceRaw;
    static RawSession bobRaw;
    static final String ALICE = "sb_alice_token_tasks_0123456789ab";
    static final String BOB = "sb_bob_token_tasks_0123456789abcd";

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c.withPageSize(5));
        server.app().tokens().register(ALICE, Caller.user("alice"), "alice");
        server.app().tokens().register(BOB, Caller.user("bob"), "bob");
        alice = server.client(ALICE);
        ok(alice, "publish_flow", Map.of("id", ok(alice, "create_flow",
                Map.of("definition", FlowToolsTest.greeting("Task Hello", "Hello {who}"))).get("id")));
        ok(alice, "publish_flow", Map.of("id", ok(alice, "create_flow",
                Map.of("definition", LongRunsTest.needsApproval("Task Approve"))).get("id")));
        ok(alice, "publish_flow", Map.of("id", ok(alice, "create_flow", Map.of("definition", twoSteps("Task Two"))).get("id")));
        aliceRaw = RawSession.open(server, ALICE);
        bobRaw = RawSession.open(server, BOB);
    }

    @AfterAll
    static void stop() throws Exception {
        aliceRaw.close();
        bobRaw.close();
        alice.close();
        server.close();
    }

    static String startTask(String tool, Map<String, Object> arguments) {
        Map<String, Object> created = aliceRaw.request("tools/call", Map.of("name", tool, "arguments", arguments, "task", Map.of("ttl", 60_000)));
        Map<String, Object> task = map(created.get("task"));
        assertThat(task).containsEntry("status", "working").containsKeys("createdAt", "lastUpdatedAt", "ttl", "pollInterval");
        return (String) task.get("taskId");
    }

    @Test
    void initialize_declaresTasks_andFlowToolsAreListedWithOptionalTaskSupport() {
        Map<String, Object> tasks = map(map(aliceRaw.initialized().get("capabilities")).get("tasks"));
        assertThat(tasks).containsKeys("list", "cancel");
        assertThat(map(map(tasks.get("requests")).get("tools"))).containsKey("call");

        List<Map<String, Object>> tools = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = aliceRaw.request("tools/list", cursor == null ? Map.of() : Map.of("cursor", cursor));
            ((List<?>) page.get("tools")).forEach(t -> tools.add(map(t)));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertThat(tools).filteredOn(t -> "flow__task-hello".equals(t.get("name"))).singleElement()
                .satisfies(t -> assertThat(map(t.get("execution"))).containsEntry("taskSupport", "optional"));
        assertThat(tools).filteredOn(t -> "list_runs".equals(t.get("name"))).singleElement()
                .satisfies(t -> assertThat(t).doesNotContainKey("execution"));
    }

    @Test
    void taskCall_answersAtOnce_andTasksResultGivesTheToolResult() {
        String id = startTask("flow__task-hello", Map.of("name", "Ann"));

        Map<String, Object> result = aliceRaw.request("tasks/result", Map.of("taskId", id));
        assertThat(result).containsEntry("isError", false);
        assertThat(map(result.get("structuredContent"))).containsEntry("text", "Hello Ann");
        assertThat(map(map(result.get("_meta")).get("io.modelcontextprotocol/related-task"))).containsEntry("taskId", id);

        assertThat(aliceRaw.request("tasks/get", Map.of("taskId", id))).containsEntry("status", "completed").containsEntry("taskId", id);
        assertThat(ok(alice, "get_run", Map.of("id", id))).containsEntry("status", "SUCCEEDED"); // the task is the run
    }

    @Test
    void approvalTask_isInputRequired_thenCancelled_andCancellingAgainIsRefused() {
        String id = startTask("flow__task-approve", Map.of("name", "Bo"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "input_required".equals(aliceRaw.request("tasks/get", Map.of("taskId", id)).get("status")));
        assertThat((String) aliceRaw.request("tasks/get", Map.of("taskId", id)).get("statusMessage")).contains("resolve_approval");

        assertThat(aliceRaw.request("tasks/cancel", Map.of("taskId", id))).containsEntry("status", "cancelled");
        McpError again = error(() -> aliceRaw.request("tasks/cancel", Map.of("taskId", id)));
        assertThat(again.getJsonRpcError().code()).isEqualTo(-32602);
        assertThat(again.getJsonRpcError().message()).contains("already ended");

        Map<String, Object> result = aliceRaw.request("tasks/result", Map.of("taskId", id));
        assertThat(result).containsEntry("isError", true);
        assertThat(result.get("content").toString()).contains("CANCELED");
        assertThat(ok(alice, "get_run", Map.of("id", id))).containsEntry("status", "CANCELED");
    }

    @Test
    void approvalTask_resolvedWithResolveApproval_completesWithTheFlowsOutput() {
        String id = startTask("flow__task-approve", Map.of("name", "Ed"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "input_required".equals(aliceRaw.request("tasks/get", Map.of("taskId", id)).get("status")));
        assertThat(ok(alice, "resolve_approval", Map.of("run_id", id, "approve", true))).containsEntry("status", "SUCCEEDED");

        Map<String, Object> result = aliceRaw.request("tasks/result", Map.of("taskId", id));
        assertThat(map(result.get("structuredContent"))).containsEntry("text", "Ok Ed");
        assertThat(aliceRaw.request("tasks/get", Map.of("taskId", id))).containsEntry("status", "completed");
    }

    @Test
    void tasksResult_asksAPendingApprovalThroughElicitation_taggedWithTheTask() {
        String id = startTask("flow__task-approve", Map.of("name", "Flo"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "input_required".equals(aliceRaw.request("tasks/get", Map.of("taskId", id)).get("status")));
        List<Map<String, Object>> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        McpClientSession.RequestHandler<McpSchema.ElicitResult> approve = params -> {
            asked.add(map(params));
            return Mono.just(new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("approve", true)));
        };
        try (RawSession elicitable = RawSession.open(server, ALICE, McpSchema.ClientCapabilities.builder().elicitation().build(),
                Map.of(McpSchema.METHOD_ELICITATION_CREATE, approve))) {
            Map<String, Object> result = elicitable.request("tasks/result", Map.of("taskId", id));
            assertThat(map(result.get("structuredContent"))).containsEntry("text", "Ok Flo");
        }
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat((String) request.get("message")).contains("Greet Flo?");
            assertThat(map(map(request.get("_meta")).get("io.modelcontextprotocol/related-task"))).containsEntry("taskId", id);
        });
    }

    @Test
    void taskWithInvalidArguments_isInvalidParams_andStartsNoRun() {
        int before = ((List<?>) ok(alice, "list_runs", Map.of()).get("runs")).size();
        McpError refused = error(() -> aliceRaw.request("tools/call", Map.of("name", "flow__task-hello",
                "arguments", Map.of("nom", "Ann"), "task", Map.of())));
        assertThat(refused.getJsonRpcError().code()).isEqualTo(-32602);
        assertThat(refused.getJsonRpcError().message()).contains("name").contains("no task was started");
        assertThat(((List<?>) ok(alice, "list_runs", Map.of()).get("runs"))).hasSize(before);
    }

    @Test
    void anotherOwnersTask_isAnsweredLikeAnUnknownOne_byEveryTaskMethod_andStaysUntouched() {
        String id = startTask("flow__task-approve", Map.of("name", "Cy"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "input_required".equals(aliceRaw.request("tasks/get", Map.of("taskId", id)).get("status")));
        for (String method : List.of("tasks/get", "tasks/result", "tasks/cancel")) {
            McpError foreign = error(() -> bobRaw.request(method, Map.of("taskId", id)));
            McpError unknown = error(() -> bobRaw.request(method, Map.of("taskId", "no-such-task")));
            assertThat(foreign.getJsonRpcError().code()).as(method).isEqualTo(-32602).isEqualTo(unknown.getJsonRpcError().code());
            assertThat(foreign.getJsonRpcError().message().replace(id, "X")).as(method)
                    .isEqualTo(unknown.getJsonRpcError().message().replace("no-such-task", "X"));
        }
        assertThat(bobRaw.request("tasks/list", Map.of()).toString()).doesNotContain(id);
        assertThat(aliceRaw.request("tasks/get", Map.of("taskId", id))).containsEntry("status", "input_required");
    }

    @Test
    void tasksList_pagesThroughEveryTaskOnce_andRefusesACursorItDidNotGive() {
        Set<String> started = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            started.add(startTask("flow__task-hello", Map.of("name", "N" + i)));
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = aliceRaw.request("tasks/list", cursor == null ? Map.of() : Map.of("cursor", cursor));
            List<?> tasks = (List<?>) page.get("tasks");
            assertThat(tasks).hasSizeLessThanOrEqualTo(5);
            tasks.forEach(t -> listed.add((String) map(t).get("taskId")));
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(listed).doesNotHaveDuplicates().containsAll(started);

        McpError bad = error(() -> aliceRaw.request("tasks/list", Map.of("cursor", "bm90LWEtY3Vyc29y")));
        assertThat(bad.getJsonRpcError().code()).isEqualTo(-32602);
    }

    @Test
    void taskOnAToolWithoutTaskSupport_isMethodNotFound() {
        McpError refused = error(() -> aliceRaw.request("tools/call", Map.of("name", "list_runs", "arguments", Map.of(),
                "task", Map.of())));
        assertThat(refused.getJsonRpcError().code()).isEqualTo(-32601);
        assertThat(refused.getJsonRpcError().message()).contains("list_runs").contains("without \"task\"");
    }

    @Test
    void onlyRunsStartedAsTasks_areTasks_aPlainCallsRunIsAnUnknownTask() {
        String taskId = startTask("flow__task-hello", Map.of("name", "Tia"));
        McpSchema.CallToolResult plain = alice.callTool(new McpSchema.CallToolRequest("flow__task-hello", Map.of("name", "Pia")));
        assertThat(plain.isError()).isFalse();
        String plainRun = (String) map(((List<?>) ok(alice, "list_runs", Map.of()).get("runs")).get(0)).get("id");
        assertThat(plainRun).isNotEqualTo(taskId);

        McpError unknown = error(() -> aliceRaw.request("tasks/get", Map.of("taskId", plainRun)));
        assertThat(unknown.getJsonRpcError().code()).isEqualTo(-32602);
        assertThat(unknown.getJsonRpcError().message()).contains("no task '" + plainRun + "'");
        assertThat(error(() -> aliceRaw.request("tasks/cancel", Map.of("taskId", plainRun))).getJsonRpcError().code()).isEqualTo(-32602);
        String listed = allTaskIds().toString();
        assertThat(listed).contains(taskId).doesNotContain(plainRun);
    }

    @Test
    void taskTtl_isTheOneAskedFor_cappedAtThirtyDays_andSevenDaysWhenNoneIsAsked() {
        Map<String, Object> asked = map(aliceRaw.request("tools/call", Map.of("name", "flow__task-hello",
                "arguments", Map.of("name", "T1"), "task", Map.of("ttl", 90_000))).get("task"));
        Map<String, Object> huge = map(aliceRaw.request("tools/call", Map.of("name", "flow__task-hello",
                "arguments", Map.of("name", "T2"), "task", Map.of("ttl", 999_999_999_999L))).get("task"));
        Map<String, Object> none = map(aliceRaw.request("tools/call", Map.of("name", "flow__task-hello",
                "arguments", Map.of("name", "T3"), "task", Map.of())).get("task"));
        assertThat(((Number) asked.get("ttl")).longValue()).isEqualTo(90_000L);
        assertThat(((Number) huge.get("ttl")).longValue()).isEqualTo(Duration.ofDays(30).toMillis());
        assertThat(((Number) none.get("ttl")).longValue()).isEqualTo(Duration.ofDays(7).toMillis());
        assertThat(((Number) aliceRaw.request("tasks/get", Map.of("taskId", asked.get("taskId"))).get("ttl")).longValue())
                .isEqualTo(90_000L);
    }

    @Test
    void taskWithANonPositiveTtl_isInvalidParams_sayingWhatToFix_andStartsNoRun() {
        int before = ((List<?>) ok(alice, "list_runs", Map.of()).get("runs")).size();
        McpError refused = error(() -> aliceRaw.request("tools/call", Map.of("name", "flow__task-hello",
                "arguments", Map.of("name", "Ann"), "task", Map.of("ttl", 0))));
        assertThat(refused.getJsonRpcError().code()).isEqualTo(-32602);
        assertThat(refused.getJsonRpcError().message()).contains("task.ttl must be a positive number").contains("no task was started");
        assertThat(((List<?>) ok(alice, "list_runs", Map.of()).get("runs"))).hasSize(before);
    }

    @Test
    void tasksResult_reportsEachFinishedStepAsProgress_underTheStartingCallsToken() {
        List<Map<String, Object>> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RawSession session = progressSession(progress)) {
            Map<String, Object> created = session.request("tools/call", Map.of("name", "flow__task-two",
                    "arguments", Map.of("name", "Pat"), "task", Map.of(), "_meta", Map.of("progressToken", "task-p1")));
            String id = (String) map(created.get("task")).get("taskId");
            Map<String, Object> result = session.request("tasks/result", Map.of("taskId", id));
            assertThat(map(result.get("structuredContent"))).containsEntry("text", "Hello Pat!");
            await().atMost(Duration.ofSeconds(5)).until(() -> progress.size() >= 2);
        }
        assertThat(progress).hasSize(2).allSatisfy(p -> assertThat(p).containsEntry("progressToken", "task-p1"));
        assertThat(progress).extracting(p -> ((Number) p.get("progress")).intValue()).containsExactly(1, 2);
        assertThat(progress).extracting(p -> (String) p.get("message")).containsExactly("greet SUCCEEDED", "shout SUCCEEDED");
    }

    @Test
    void tasksResult_withItsOwnProgressToken_reportsUnderIt_whenTheStartingCallHadNone() {
        List<Map<String, Object>> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RawSession session = progressSession(progress)) {
            Map<String, Object> created = session.request("tools/call", Map.of("name", "flow__task-two",
                    "arguments", Map.of("name", "Lu"), "task", Map.of()));
            String id = (String) map(created.get("task")).get("taskId");
            session.request("tasks/result", Map.of("taskId", id, "_meta", Map.of("progressToken", 7)));
            await().atMost(Duration.ofSeconds(5)).until(() -> progress.size() >= 2);
        }
        assertThat(progress).hasSize(2).allSatisfy(p -> assertThat(((Number) p.get("progressToken")).intValue()).isEqualTo(7));
    }

    @Test
    void tasksResult_withoutAnyProgressToken_sendsNoProgress() {
        List<Map<String, Object>> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RawSession session = progressSession(progress)) {
            Map<String, Object> created = session.request("tools/call", Map.of("name", "flow__task-two",
                    "arguments", Map.of("name", "No"), "task", Map.of()));
            Map<String, Object> result = session.request("tasks/result", Map.of("taskId", map(created.get("task")).get("taskId")));
            assertThat(map(result.get("structuredContent"))).containsEntry("text", "Hello No!");
            session.request("ping", Map.of()); // anything sent before the answers has arrived by now
        }
        assertThat(progress).isEmpty();
    }

    static RawSession progressSession(List<Map<String, Object>> progress) {
        return RawSession.open(server, ALICE, McpSchema.ClientCapabilities.builder().build(), Map.of(),
                Map.of(McpSchema.METHOD_NOTIFICATION_PROGRESS, params -> {
                    progress.add(map(params));
                    return Mono.empty();
                }));
    }

    static List<String> allTaskIds() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = aliceRaw.request("tasks/list", cursor == null ? Map.of() : Map.of("cursor", cursor));
            ((List<?>) page.get("tasks")).forEach(t -> ids.add((String) map(t).get("taskId")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** Two steps: a greeting, then the same with an exclamation mark. */
    static Map<String, Object> twoSteps(String name) {
        return Map.of("format", "switchboard.flow/v1", "name", name,
                "inputs", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string")), "required", List.of("name")),
                "steps", List.of(
                        Map.of("id", "greet", "action", "data.format_text",
                                "input", Map.of("template", "Hello {who}", "values", Map.of("who", "{{ inputs.name }}"))),
                        Map.of("id", "shout", "action", "data.format_text",
                                "input", Map.of("template", "{g}!", "values", Map.of("g", "{{ steps.greet.text }}")))),
                "output", "{{ steps.shout }}");
    }

    static McpError error(Supplier<?> call) {
        return catchThrowableOfType(McpError.class, call::get);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
