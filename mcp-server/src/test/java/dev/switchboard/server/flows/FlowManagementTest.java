package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.greeting;
import static dev.switchboard.server.flows.FlowToolsTest.maps;
import static dev.switchboard.server.flows.FlowToolsTest.names;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static dev.switchboard.server.flows.FlowToolsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Rename, folders, duplicate, bulk delete, version labels, export/import and list filters over
 * MCP with the SDK client against the real server. Each test uses its own owners.
 */
class FlowManagementTest extends OwnersOnOneServer {

    static String create(McpSyncClient client, Map<String, Object> definition) {
        return (String) ok(client, "create_flow", Map.of("definition", definition)).get("id");
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @Test
    void renameFlow_renamesItsTool_andTellsClientsTheListChanged() {
        String token = "sb_rena_token_0123456789abcdefghij";
        server.app().tokens().register(token, Caller.user("rena"), "rena");
        List<List<McpSchema.Tool>> changes = new CopyOnWriteArrayList<>();
        try (McpSyncClient rena = server.clientSpec(token).toolsChangeConsumer(changes::add).build()) {
            rena.initialize();
            String id = create(rena, greeting("Old Name", "Hi {who}"));
            ok(rena, "publish_flow", Map.of("id", id));
            assertThat(names(rena)).contains("flow__old-name");

            Map<String, Object> renamed = ok(rena, "rename_flow", Map.of("id", id, "name", "New Name"));
            assertThat(renamed).containsEntry("name", "New Name").containsEntry("slug", "new-name").containsEntry("tool", "flow__new-name");
            assertThat(names(rena)).contains("flow__new-name").doesNotContain("flow__old-name");
            // the client lists the tools again on each list_changed and hands the new list to the consumer
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.stream()
                    .anyMatch(list -> list.stream().anyMatch(t -> t.name().equals("flow__new-name"))));
            assertThat(FlowToolsTest.structured(call(rena, "flow__new-name", Map.of("name", "Al")))).containsEntry("text", "Hi Al");
            assertThat(ok(rena, "get_flow", Map.of("id", id)).get("definition").toString()).contains("name=New Name");

            String other = create(rena, greeting("Other", "Yo {who}"));
            McpSchema.CallToolResult taken = call(rena, "rename_flow", Map.of("id", other, "name", "X", "slug", "new-name"));
            assertThat(taken.isError()).isTrue();
            assertThat(text(taken)).contains("another flow with slug 'new-name'");
            assertThat(call(rena, "rename_flow", Map.of("id", other, "name", "X", "slug", "Bad Slug!")).isError()).isTrue();
            assertThat(ok(rena, "get_flow", Map.of("id", other))).containsEntry("slug", "other").containsEntry("name", "Other");
        }
    }

    @Test
    void folders_createRenameDelete_andMoveFlowsInBulk() {
        McpSyncClient fay = client("fay");
        String a = create(fay, greeting("Alpha", "A {who}"));
        String b = create(fay, greeting("Beta", "B {who}"));
        String c = create(fay, greeting("Gamma", "C {who}"));
        assertThat(ok(fay, "create_folder", Map.of("name", "Sites"))).containsEntry("name", "Sites").containsEntry("flows", 0);
        assertThat(text(call(fay, "create_folder", Map.of("name", " Sites ")))).contains("already");
        assertThat(call(fay, "create_folder", Map.of("name", "   ")).isError()).isTrue();

        assertThat(maps(ok(fay, "move_flows", Map.of("ids", List.of(a, b), "folder", "Sites")).get("flows")))
                .allSatisfy(f -> assertThat(f).containsEntry("folder", "Sites"));
        assertThat(maps(ok(fay, "list_flows", Map.of("folder", "Sites")).get("flows"))).extracting(f -> f.get("id")).containsExactly(a, b);
        assertThat(maps(ok(fay, "list_flows", Map.of("folder", "")).get("flows"))).extracting(f -> f.get("id")).containsExactly(c);

        McpSchema.CallToolResult partly = call(fay, "move_flows", Map.of("ids", List.of(c, "no-such-id"), "folder", "Sites"));
        assertThat(partly.isError()).isTrue();
        assertThat(text(partly)).contains("'no-such-id'").contains("nothing was changed");
        assertThat(ok(fay, "get_flow", Map.of("id", c))).doesNotContainKey("folder");

        assertThat(ok(fay, "rename_folder", Map.of("name", "Sites", "new_name", "Chantiers"))).containsEntry("flows", 2);
        assertThat(maps(ok(fay, "list_flows", Map.of("folder", "Chantiers")).get("flows"))).hasSize(2);
        assertThat(text(call(fay, "rename_folder", Map.of("name", "Sites", "new_name", "X")))).contains("no folder named 'Sites'");

        McpSchema.CallToolResult notEmpty = call(fay, "delete_folder", Map.of("name", "Chantiers"));
        assertThat(notEmpty.isError()).isTrue();
        assertThat(text(notEmpty)).contains("holds 2 flow(s)").contains("move_flows_to_root=true");
        assertThat(maps(ok(fay, "list_folders", Map.of()).get("folders"))).containsExactly(Map.of("name", "Chantiers", "flows", 2));

        ok(fay, "move_flows", Map.of("ids", List.of(a)));
        assertThat(ok(fay, "get_flow", Map.of("id", a))).doesNotContainKey("folder");
        assertThat(ok(fay, "delete_folder", Map.of("name", "Chantiers", "move_flows_to_root", true))).containsEntry("moved_to_root", 1);
        assertThat(maps(ok(fay, "list_folders", Map.of()).get("folders"))).isEmpty();
        assertThat(maps(ok(fay, "list_flows", Map.of("folder", "")).get("flows"))).hasSize(3);
        ok(fay, "create_folder", Map.of("name", "Empty"));
        assertThat(ok(fay, "delete_folder", Map.of("name", "Empty"))).containsEntry("moved_to_root", 0);
    }

    @Test
    void duplicateFlow_copiesTheDraftAsANewUnpublishedFlowInTheSameFolder() {
        McpSyncClient dan = client("dan");
        String id = (String) ok(dan, "create_flow", Map.of("definition", greeting("Report", "R {who}"), "folder", "Ops")).get("id");
        ok(dan, "publish_flow", Map.of("id", id));
        Map<String, Object> copy = ok(dan, "duplicate_flow", Map.of("id", id));
        assertThat(copy).containsEntry("name", "Report (copy)").containsEntry("slug", "report-copy").containsEntry("status", "draft")
                .containsEntry("folder", "Ops").containsEntry("duplicate_of", id).containsEntry("valid", true);
        assertThat(copy.get("id")).isNotEqualTo(id);
        Map<String, Object> again = ok(dan, "duplicate_flow", Map.of("id", id));
        assertThat(again.get("slug")).isEqualTo("report-copy-2");
        assertThat(maps(ok(dan, "list_flow_versions", Map.of("id", copy.get("id"))).get("versions"))).isEmpty();
        assertThat(ok(dan, "get_flow", Map.of("id", copy.get("id"))).get("definition").toString()).contains("R {who}");
    }

    @Test
    void versions_canBeLabelledAndDeleted_butNotTheLiveOne() {
        McpSyncClient vera = client("vera");
        String id = create(vera, greeting("Versions", "One {who}"));
        ok(vera, "publish_flow", Map.of("id", id));
        ok(vera, "update_flow", Map.of("id", id, "definition", greeting("Versions", "Two {who}")));
        ok(vera, "publish_flow", Map.of("id", id));

        assertThat(ok(vera, "rename_flow_version", Map.of("id", id, "version", 1, "label", "first try"))).containsEntry("label", "first try");
        assertThat(maps(ok(vera, "list_flow_versions", Map.of("id", id)).get("versions")))
                .anySatisfy(v -> assertThat(v).containsEntry("version", 1).containsEntry("label", "first try"));
        assertThat(ok(vera, "rename_flow_version", Map.of("id", id, "version", 1, "label", ""))).doesNotContainKey("label");
        assertThat(text(call(vera, "rename_flow_version", Map.of("id", id, "version", 9, "label", "x")))).contains("has no version 9");

        McpSchema.CallToolResult live = call(vera, "delete_flow_version", Map.of("id", id, "version", 2));
        assertThat(live.isError()).isTrue();
        assertThat(text(live)).contains("live version");
        assertThat(ok(vera, "delete_flow_version", Map.of("id", id, "version", 1))).containsEntry("deleted_version", 1);
        assertThat(maps(ok(vera, "list_flow_versions", Map.of("id", id)).get("versions"))).extracting(v -> v.get("version")).containsExactly(2);
        assertThat(FlowToolsTest.structured(call(vera, "flow__versions", Map.of("name", "Z")))).containsEntry("text", "Two Z");
        ok(vera, "update_flow", Map.of("id", id, "definition", greeting("Versions", "Three {who}")));
        assertThat(ok(vera, "publish_flow", Map.of("id", id))).containsEntry("version", 3);
    }

    @Test
    void deleteFlows_deletesSeveral_orNoneWhenOneIsUnknown() {
        McpSyncClient del = client("del");
        String a = create(del, greeting("One", "1 {who}"));
        String b = create(del, greeting("Two", "2 {who}"));
        String c = create(del, greeting("Three", "3 {who}"));
        ok(del, "publish_flow", Map.of("id", a));

        McpSchema.CallToolResult refused = call(del, "delete_flows", Map.of("ids", List.of(a, "missing")));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("'missing'");
        assertThat(maps(ok(del, "list_flows", Map.of()).get("flows"))).hasSize(3);

        assertThat(maps(ok(del, "delete_flows", Map.of("ids", List.of(a, b))).get("deleted"))).extracting(f -> f.get("id"))
                .containsExactly(a, b);
        assertThat(maps(ok(del, "list_flows", Map.of()).get("flows"))).extracting(f -> f.get("id")).containsExactly(c);
        assertThat(names(del)).doesNotContain("flow__one");
    }

    @Test
    void listFlows_searchesByNameInAnyCase_andFiltersByStatusEnabledFolderAndApp() {
        McpSyncClient lou = client("lou");
        ok(lou, "create_connection", Map.of("app", "http", "name", "api", "auth", Map.of("type", "bearer", "token", "t-lou-1234567")));
        String report = create(lou, greeting("Weekly Report", "W {who}"));
        String caller = create(lou, callsApi("Calls Api", "api", "api"));
        String off = create(lou, greeting("Switched Off", "S {who}"));
        ok(lou, "publish_flow", Map.of("id", report));
        ok(lou, "publish_flow", Map.of("id", off));
        ok(lou, "set_flow_enabled", Map.of("id", off, "enabled", false));
        ok(lou, "move_flows", Map.of("ids", List.of(caller), "folder", "Integrations"));

        assertThat(ids(lou, Map.of("query", "weekly REP"))).containsExactly(report);
        assertThat(ids(lou, Map.of("status", "draft"))).containsExactly(caller);
        assertThat(ids(lou, Map.of("status", "published"))).containsExactly(report);
        assertThat(ids(lou, Map.of("enabled", false))).containsExactly(off);
        assertThat(ids(lou, Map.of("app", "http"))).containsExactly(caller);
        assertThat(ids(lou, Map.of("app", "data"))).containsExactlyInAnyOrder(report, off);
        assertThat(ids(lou, Map.of("app", "data", "enabled", true, "query", "week"))).containsExactly(report);
        assertThat(ids(lou, Map.of("folder", "Integrations", "app", "http"))).containsExactly(caller);
        assertThat(ids(lou, Map.of("app", "slack"))).isEmpty();
    }

    static List<Object> ids(McpSyncClient client, Map<String, Object> filter) {
        return maps(ok(client, "list_flows", filter).get("flows")).stream().map(f -> f.get("id")).toList();
    }

    /** A flow of two http.request steps, each with a named connection. */
    static Map<String, Object> callsApi(String name, String first, String second) {
        Map<String, Object> definition = new HashMap<>();
        definition.put("format", "switchboard.flow/v1");
        definition.put("name", name);
        definition.put("steps", List.of(
                Map.of("id", "first", "action", "http.request", "connection", first, "input", Map.of("method", "GET", "url", "http://127.0.0.1:9/a")),
                Map.of("id", "second", "action", "http.request", "connection", second, "input", Map.of("method", "GET", "url", "http://127.0.0.1:9/b"))));
        return definition;
    }
}
