package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.maps;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static dev.switchboard.server.flows.FlowToolsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** list_runs over MCP: filters by flow, statuses and created time, keyset pages over every run, owners apart. */
class RunListingTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient alice;
    static McpSyncClient bob;
    static String flowId;
    static Set<String> queued = new HashSet<>();
    static String failed;
    static Instant before;
    static Instant after;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register("sb_alice_token_listing_0123456789", Caller.user("alice"), "alice");
        server.app().tokens().register("sb_bob_token_listing_0123456789ab", Caller.user("bob"), "bob");
        alice = server.client("sb_alice_token_listing_0123456789");
        bob = server.client("sb_bob_token_listing_0123456789ab");
        Map<String, Object> definition = FlowToolsTest.greeting("Listed", "Hi {who}");
        flowId = (String) ok(alice, "create_flow", Map.of("definition", definition)).get("id");
        ok(alice, "publish_flow", Map.of("id", flowId));
        before = Instant.now();
        // 120 queued runs, straight through the runtime (no worker runs in tests, so they stay queued)
        JsonNode json = FlowJson.JSON.valueToTree(definition);
        JsonNode inputs = FlowJson.JSON.valueToTree(Map.of("name", "Q"));
        for (int i = 0; i < 120; i++) {
            queued.add(server.app().runtime().start("alice", flowId, 1, json, inputs, inputs, null).id());
        }
        assertThat(FlowToolsTest.structured(alice.callTool(new McpSchema.CallToolRequest("flow__listed", Map.of("name", "S")))))
                .containsEntry("text", "Hi S");
        String broken = (String) ok(alice, "create_flow", Map.of("definition", FlowToolsTest.greeting("Listed Broken", "Hi {nobody}"))).get("id");
        ok(alice, "publish_flow", Map.of("id", broken));
        alice.callTool(new McpSchema.CallToolRequest("flow__listed-broken", Map.of("name", "F")));
        failed = (String) maps(ok(alice, "list_runs", Map.of("flow", broken)).get("runs")).get(0).get("id");
        after = Instant.now();
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        bob.close();
        server.close();
    }

    static List<Map<String, Object>> all(Map<String, Object> filters) {
        List<Map<String, Object>> runs = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> arguments = new java.util.HashMap<>(filters);
            if (cursor != null) {
                arguments.put("cursor", cursor);
            }
            Map<String, Object> page = ok(alice, "list_runs", arguments);
            assertThat(maps(page.get("runs"))).hasSizeLessThanOrEqualTo(50);
            runs.addAll(maps(page.get("runs")));
            cursor = (String) page.get("next_cursor");
        } while (cursor != null);
        return runs;
    }

    @Test
    void pages_coverEveryRunOfTheFlowOnce_newestFirst() {
        List<Map<String, Object>> runs = all(Map.of("flow", flowId));
        assertThat(runs).extracting(r -> (String) r.get("id")).doesNotHaveDuplicates().hasSize(121).containsAll(queued);
        List<String> created = runs.stream().map(r -> (String) r.get("created_at")).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    @Test
    void statusFilter_takesOneOrSeveralStatuses() {
        assertThat(all(Map.of("status", "FAILED"))).extracting(r -> r.get("id")).containsExactly(failed);
        List<Map<String, Object>> some = all(Map.of("status", "failed, SUCCEEDED"));
        assertThat(some).extracting(r -> r.get("status")).containsOnly("FAILED", "SUCCEEDED");
        assertThat(some).extracting(r -> r.get("id")).contains(failed).doesNotContainAnyElementsOf(queued);
        assertThat(all(Map.of("status", "QUEUED", "flow", flowId))).hasSize(120);
    }

    @Test
    void dateRange_filtersOnCreatedTime() {
        assertThat(all(Map.of("from", after.plusSeconds(3600).toString()))).isEmpty();
        assertThat(all(Map.of("to", before.minusSeconds(3600).toString()))).isEmpty();
        assertThat(all(Map.of("from", before.toString(), "to", after.plusSeconds(1).toString()))).hasSize(122);
    }

    @Test
    void badFiltersAndCursors_areErrorsThatSayWhatToFix() {
        McpSchema.CallToolResult status = alice.callTool(new McpSchema.CallToolRequest("list_runs", Map.of("status", "DONE")));
        assertThat(status.isError()).isTrue();
        assertThat(text(status)).contains("'DONE'").contains("SUCCEEDED").contains("commas");
        McpSchema.CallToolResult from = alice.callTool(new McpSchema.CallToolRequest("list_runs", Map.of("from", "yesterday")));
        assertThat(text(from)).contains("from").contains("2026-01-31T00:00:00Z");
        McpSchema.CallToolResult cursor = alice.callTool(new McpSchema.CallToolRequest("list_runs", Map.of("cursor", "garbage!")));
        assertThat(cursor.isError()).isTrue();
        assertThat(text(cursor)).contains("leave it out");
    }

    @Test
    void anotherOwner_listsNoneOfThem() {
        assertThat(maps(ok(bob, "list_runs", Map.of()).get("runs"))).isEmpty();
        assertThat(bob.callTool(new McpSchema.CallToolRequest("list_runs", Map.of("flow", flowId))).isError()).isTrue();
    }
}
