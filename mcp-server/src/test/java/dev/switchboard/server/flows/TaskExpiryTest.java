package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.server.RawSession;
import dev.switchboard.server.MovableClock;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's ttl, with a clock the test moves: alive until its ttl has passed, then unknown to every tasks method. */
class TaskExpiryTest {

    static final String ALICE = "sb_alice_token_expiry_0123456789";

    @TempDir
    Path data;

    final MovableClock clock = new MovableClock(Instant.parse("2030-03-01T09:00:00Z"));

    @Test
    void taskPastItsTtl_isGone_fromTasksGetResultCancelAndList_whileTheRunStays() throws Exception {
        try (RunningServer server = RunningServer.start(data, c -> c, clock, Map.of())) {
            server.app().tokens().register(ALICE, Caller.user("alice"), "alice");
            try (McpSyncClient alice = server.client(ALICE); RawSession raw = RawSession.open(server, ALICE)) {
                ok(alice, "publish_flow", Map.of("id", ok(alice, "create_flow",
                        Map.of("definition", FlowToolsTest.greeting("Short Lived", "Hi {who}"))).get("id")));
                Map<?, ?> task = (Map<?, ?>) raw.request("tools/call", Map.of("name", "flow__short-lived",
                        "arguments", Map.of("name", "Al"), "task", Map.of("ttl", 60_000))).get("task");
                String id = (String) task.get("taskId");
                raw.request("tasks/result", Map.of("taskId", id));

                clock.advance(Duration.ofSeconds(59));
                assertThat(raw.request("tasks/get", Map.of("taskId", id))).containsEntry("status", "completed");
                assertThat(raw.request("tasks/list", Map.of()).toString()).contains(id);

                clock.advance(Duration.ofSeconds(1));
                for (String method : List.of("tasks/get", "tasks/result", "tasks/cancel")) {
                    McpError gone = catchThrowableOfType(McpError.class, () -> raw.request(method, Map.of("taskId", id)));
                    assertThat(gone.getJsonRpcError().code()).as(method).isEqualTo(-32602);
                    assertThat(gone.getJsonRpcError().message()).as(method).contains("no task '" + id + "'");
                }
                assertThat(raw.request("tasks/list", Map.of()).toString()).doesNotContain(id);
                assertThat(ok(alice, "get_run", Map.of("id", id))).as("the run outlives its task").containsEntry("status", "SUCCEEDED");
            }
        }
    }
}
