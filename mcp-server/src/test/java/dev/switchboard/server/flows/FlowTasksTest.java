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

    static McpError error(Supplier<?> call) {
        return catchThrowableOfType(McpError.class, call::get);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
