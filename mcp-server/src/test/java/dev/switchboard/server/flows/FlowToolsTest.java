package dev.switchboard.server.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flows over MCP with the SDK client against the real server: store, publish, serve as tools, run, isolate owners. */
class FlowToolsTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient alice;
    static McpSyncClient bob;
    static final String ALICE = "sb_alice_token_0123456789abcdef";

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1")));
        server.app().tokens().register(ALICE, Caller.user("alice"), "alice");
        server.app().tokens().register("sb_bob_token_0123456789abcdefgh", Caller.user("bob"), "bob");
        alice = server.client(ALICE);
        bob = server.client("sb_bob_token_0123456789abcdefgh");
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        bob.close();
        server.close();
    }

    /** The inputs of a flow that takes one string, {@code name}. */
    static final Map<String, Object> NAME_INPUT = Map.of("type", "object",
            "properties", Map.of("name", Map.of("type", "string")), "required", List.of("name"));

    /** A flow of one core action: formats a greeting from the input {@code name}. */
    static Map<String, Object> greeting(String name, String template) {
        return Map.of("format", "switchboard.flow/v1", "name", name,
                "inputs", NAME_INPUT,
                "steps", List.of(Map.of("id", "greet", "action", "data.format_text",
                        "input", Map.of("template", template, "values", Map.of("who", "{{ inputs.name }}")))),
                "output", "{{ steps.greet }}");
    }

    @Test
    void publishedFlow_isServedAsATool_runs_isListed_andDisappearsWhenDisabled() {
        List<List<McpSchema.Tool>> changes = new CopyOnWriteArrayList<>();
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.clientSpec(ALICE).toolsChangeConsumer(changes::add).progressConsumer(progress::add).build()) {
            client.initialize();
            Map<String, Object> created = ok(client, "create_flow", Map.of("definition", greeting("Say Hello", "Hello {who}")));
            String id = (String) created.get("id");
            assertThat(created.get("slug")).isEqualTo("say-hello");
            assertThat((List<?>) created.get("errors")).isEmpty();
            assertThat(ok(client, "validate_flow", Map.of("id", id)).get("valid")).isEqualTo(true);
            assertThat(names(client)).doesNotContain("flow__say-hello");

            Map<String, Object> published = ok(client, "publish_flow", Map.of("id", id));
            assertThat(published).containsEntry("version", 1).containsEntry("tool", "flow__say-hello");
            await().atMost(Duration.ofSeconds(10)).until(() -> !changes.isEmpty());

            McpSchema.Tool tool = tools(client).stream().filter(t -> t.name().equals("flow__say-hello")).findFirst().orElseThrow();
            assertThat(tool.title()).isEqualTo("Say Hello");
            assertThat(tool.inputSchema()).containsEntry("additionalProperties", false).containsEntry("required", List.of("name"));
            assertThat(((Map<?, ?>) tool.inputSchema().get("properties")).get("name").toString()).contains("description");

            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("flow__say-hello")
                    .arguments(Map.of("name", "Ada")).meta(Map.of("progressToken", "run-1")).build());
            assertThat(result.isError()).isNotEqualTo(true);
            assertThat(structured(result)).containsEntry("text", "Hello Ada");
            // notifications travel on the same stream as the result but reach the consumer on another thread
            await().atMost(Duration.ofSeconds(10)).until(() -> !progress.isEmpty());
            assertThat(progress).allMatch(p -> "run-1".equals(p.progressToken()));

            Map<String, Object> runs = ok(client, "list_runs", Map.of("flow", id));
            List<Map<String, Object>> list = maps(runs.get("runs"));
            assertThat(list).hasSize(1);
            assertThat(list.get(0)).containsEntry("status", "SUCCEEDED").containsEntry("flow_version", 1).containsEntry("flow_id", id);
            Map<String, Object> run = ok(client, "get_run", Map.of("id", list.get(0).get("id")));
            assertThat(maps(run.get("steps"))).singleElement().satisfies(step -> {
                assertThat(step).containsEntry("step_id", "greet").containsEntry("status", "SUCCEEDED");
            });
            assertThat(run.get("output").toString()).contains("Hello Ada");

            int seen = changes.size();
            assertThat(ok(client, "set_flow_enabled", Map.of("id", id, "enabled", false))).containsEntry("status", "disabled");
            assertThat(names(client)).doesNotContain("flow__say-hello");
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.size() > seen);
            assertThat(client.callTool(new McpSchema.CallToolRequest("flow__say-hello", Map.of("name", "Ada"))).isError()).isTrue();
        }
    }

    @Test
    void listChanged_isSentOnANewVersion_reenabling_andDeleting_andEachRefreshedListShowsTheChange() {
        List<List<McpSchema.Tool>> changes = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.clientSpec(ALICE).toolsChangeConsumer(changes::add).build()) {
            client.initialize();
            String id = (String) ok(client, "create_flow", Map.of("definition", greeting("Notified", "Hi {who}"))).get("id");
            ok(client, "publish_flow", Map.of("id", id));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.stream().anyMatch(list -> schemaOf(list, "flow__notified") != null));

            Map<String, Object> withCity = new java.util.HashMap<>(greeting("Notified", "Hi {who}"));
            withCity.put("inputs", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"),
                    "city", Map.of("type", "string", "description", "Where they live.")), "required", List.of("name")));
            ok(client, "update_flow", Map.of("id", id, "definition", withCity));
            ok(client, "publish_flow", Map.of("id", id));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.stream()
                    .anyMatch(list -> String.valueOf(schemaOf(list, "flow__notified")).contains("city")));

            // counted before each call: the notification may reach the client before the call's result does
            int beforeDisabling = changes.size();
            ok(client, "set_flow_enabled", Map.of("id", id, "enabled", false));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.size() > beforeDisabling
                    && schemaOf(changes.get(changes.size() - 1), "flow__notified") == null);
            int beforeEnabling = changes.size();
            ok(client, "set_flow_enabled", Map.of("id", id, "enabled", true));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.size() > beforeEnabling
                    && schemaOf(changes.get(changes.size() - 1), "flow__notified") != null);

            int before = changes.size();
            ok(client, "delete_flow", Map.of("id", id));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.size() > before
                    && schemaOf(changes.get(changes.size() - 1), "flow__notified") == null);
        }
    }

    private static Map<String, Object> schemaOf(List<McpSchema.Tool> tools, String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().map(McpSchema.Tool::inputSchema).orElse(null);
    }

    @Test
    void invalidFlow_isKeptAsDraft_cannotBePublished_andVersionsCanBeRestored() {
        Map<String, Object> broken = new java.util.HashMap<>(greeting("Versioned", "Hi {who}"));
        broken.put("steps", List.of(Map.of("id", "greet", "action", "data.format_txt", "input", Map.of("template", "x"))));
        Map<String, Object> created = ok(alice, "create_flow", Map.of("definition", broken, "folder", "tests"));
        String id = (String) created.get("id");
        assertThat(maps(created.get("errors"))).anySatisfy(e -> assertThat(e)
                .containsEntry("pointer", "/steps/0/action").containsEntry("code", "unknown_action"));
        assertThat(ok(alice, "list_flows", Map.of("status", "draft")).toString()).contains(id);

        McpSchema.CallToolResult refused = alice.callTool(new McpSchema.CallToolRequest("publish_flow", Map.of("id", id)));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("not published").contains("/steps/0/action").contains("unknown_action")
                .contains("data.format_text");
        assertThat(names(alice)).doesNotContain("flow__versioned");

        assertThat((List<?>) ok(alice, "update_flow", Map.of("id", id, "definition", greeting("Versioned", "Hi {who}"))).get("errors")).isEmpty();
        assertThat(ok(alice, "publish_flow", Map.of("id", id)).get("version")).isEqualTo(1);
        ok(alice, "update_flow", Map.of("id", id, "definition", greeting("Versioned", "Bye {who}")));
        assertThat(ok(alice, "publish_flow", Map.of("id", id)).get("version")).isEqualTo(2);
        assertThat(structured(alice.callTool(new McpSchema.CallToolRequest("flow__versioned", Map.of("name", "Bo"))))).containsEntry("text", "Bye Bo");

        assertThat(ok(alice, "restore_flow_version", Map.of("id", id, "version", 1))).containsEntry("version", 3);
        assertThat(maps(ok(alice, "list_flow_versions", Map.of("id", id)).get("versions"))).extracting(v -> v.get("version"))
                .containsExactly(3, 2, 1);
        assertThat(structured(alice.callTool(new McpSchema.CallToolRequest("flow__versioned", Map.of("name", "Bo"))))).containsEntry("text", "Hi Bo");
        assertThat(alice.callTool(new McpSchema.CallToolRequest("flow__versioned", Map.of("name", "Bo", "extra", 1))).isError()).isTrue();

        ok(alice, "delete_flow", Map.of("id", id));
        assertThat(names(alice)).doesNotContain("flow__versioned");
        assertThat(alice.callTool(new McpSchema.CallToolRequest("get_flow", Map.of("id", id))).isError()).isTrue();
    }

    @Test
    void failedRun_isAnErrorNamingTheStep_andCanBeRetried() {
        String id = (String) ok(alice, "create_flow", Map.of("definition", greeting("Breaks", "Hi {nobody}"))).get("id");
        ok(alice, "publish_flow", Map.of("id", id));
        McpSchema.CallToolResult failed = alice.callTool(new McpSchema.CallToolRequest("flow__breaks", Map.of("name", "Cy")));
        assertThat(failed.isError()).isTrue();
        assertThat(text(failed)).contains("FAILED at step 'greet'").contains("nobody").contains("get_run");

        String runId = (String) maps(ok(alice, "list_runs", Map.of("flow", id, "status", "FAILED")).get("runs")).get(0).get("id");
        Map<String, Object> retried = ok(alice, "retry_run", Map.of("id", runId));
        assertThat(retried).containsEntry("retry_of", runId).containsEntry("status", "FAILED");
        assertThat(maps(ok(alice, "list_runs", Map.of("flow", id)).get("runs"))).hasSize(2);
    }

    @Test
    void approval_pausesTheRun_andResolveApprovalFinishesIt() {
        Map<String, Object> definition = new java.util.HashMap<>(greeting("Needs OK", "Ok {who}"));
        definition.put("steps", List.of(Map.of("id", "ask", "approval", Map.of("message", "Greet?")),
                Map.of("id", "greet", "action", "data.format_text",
                        "input", Map.of("template", "Ok {who}", "values", Map.of("who", "{{ inputs.name }}")))));
        String id = (String) ok(alice, "create_flow", Map.of("definition", definition)).get("id");
        ok(alice, "publish_flow", Map.of("id", id));
        Map<String, Object> paused = structured(alice.callTool(new McpSchema.CallToolRequest("flow__needs-ok", Map.of("name", "Di"))));
        assertThat(paused).containsEntry("status", "PAUSED").containsKey("run_id");

        Map<String, Object> done = ok(alice, "resolve_approval", Map.of("run_id", paused.get("run_id"), "approve", true, "comment", "fine"));
        assertThat(done).containsEntry("status", "SUCCEEDED");
        assertThat(ok(alice, "get_run", Map.of("id", paused.get("run_id"))).get("output").toString()).contains("Ok Di");
    }

    @Test
    void bob_seesNothingOfAlicesFlowsRunsOrTools() {
        String id = (String) ok(alice, "create_flow", Map.of("definition", greeting("Private", "Psst {who}"))).get("id");
        ok(alice, "publish_flow", Map.of("id", id));
        assertThat(structured(alice.callTool(new McpSchema.CallToolRequest("flow__private", Map.of("name", "Al"))))).containsKey("text");
        String runId = (String) maps(ok(alice, "list_runs", Map.of("flow", id)).get("runs")).get(0).get("id");

        assertThat(ok(bob, "list_flows", Map.of()).toString()).doesNotContain(id).doesNotContain("Private");
        assertThat(ok(bob, "list_runs", Map.of()).toString()).doesNotContain(runId);
        assertThat(names(bob)).doesNotContain("flow__private");
        assertThat(bob.callTool(new McpSchema.CallToolRequest("flow__private", Map.of("name", "Al"))).isError()).isTrue();
        for (String tool : List.of("get_flow", "publish_flow", "delete_flow", "list_flow_versions", "validate_flow")) {
            McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest(tool, Map.of("id", id)));
            assertThat(result.isError()).as(tool).isTrue();
            assertThat(text(result)).as(tool).contains("You have no flow with id");
        }
        assertThat(bob.callTool(new McpSchema.CallToolRequest("set_flow_enabled", Map.of("id", id, "enabled", false))).isError()).isTrue();
        assertThat(bob.callTool(new McpSchema.CallToolRequest("list_runs", Map.of("flow", id))).isError()).isTrue();
        for (String tool : List.of("get_run", "cancel_run", "retry_run")) {
            McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest(tool, Map.of("id", runId)));
            assertThat(result.isError()).as(tool).isTrue();
            assertThat(text(result)).as(tool).contains("You have no run with id");
        }
        assertThat(names(alice)).contains("flow__private");
        assertThat(ok(alice, "get_flow", Map.of("id", id))).containsEntry("status", "published");
    }

    @Test
    void deleteConnection_isRefusedWhileAStoredFlowUsesIt() {
        ok(alice, "create_connection", Map.of("app", "http", "name", "api", "auth", Map.of("type", "bearer", "token", "t-0000111")));
        Map<String, Object> definition = Map.of("format", "switchboard.flow/v1", "name", "Calls API",
                "steps", List.of(Map.of("id", "call", "action", "http.request", "connection", "api",
                        "input", Map.of("method", "GET", "url", "http://127.0.0.1:9/ping"))));
        Map<String, Object> created = ok(alice, "create_flow", Map.of("definition", definition));
        assertThat((List<?>) created.get("errors")).isEmpty();

        McpSchema.CallToolResult refused = alice.callTool(new McpSchema.CallToolRequest("delete_connection", Map.of("app", "http", "name", "api")));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("Calls API");

        ok(alice, "delete_flow", Map.of("id", created.get("id")));
        ok(alice, "delete_connection", Map.of("app", "http", "name", "api"));
    }

    static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(tool + ": " + (result.content().isEmpty() ? "" : text(result))).isNotEqualTo(true);
        return structured(result);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as(result.content().isEmpty() ? "" : text(result)).isNotEqualTo(true);
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    static List<McpSchema.Tool> tools(McpSyncClient client) {
        List<McpSchema.Tool> all = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = client.listTools(cursor);
            all.addAll(page.tools());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    static List<String> names(McpSyncClient client) {
        return tools(client).stream().map(McpSchema.Tool::name).toList();
    }
}
