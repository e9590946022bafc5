package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowManagementTest.call;
import static dev.switchboard.server.flows.FlowManagementTest.callsApi;
import static dev.switchboard.server.flows.FlowManagementTest.create;
import static dev.switchboard.server.flows.FlowToolsTest.greeting;
import static dev.switchboard.server.flows.FlowToolsTest.maps;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static dev.switchboard.server.flows.FlowToolsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** export_flows / import_flows between owners, bad bundles, and owner isolation of every management tool added with them. */
class FlowTransferTest extends OwnersOnOneServer {

    @Test
    void exportThenImportAsAnotherOwner_givesTheSameFlowsWithNewIds_matchesConnectionsByName_andReportsMissingOnes() {
        McpSyncClient ann = client("ann");
        McpSyncClient ben = client("ben");
        ok(ann, "create_connection", Map.of("app", "http", "name", "api", "auth", Map.of("type", "bearer", "token", "secret-ann-api-42")));
        ok(ann, "create_connection", Map.of("app", "http", "name", "backup", "auth", Map.of("type", "bearer", "token", "secret-ann-bk-42")));
        ok(ben, "create_connection", Map.of("app", "http", "name", "api", "auth", Map.of("type", "bearer", "token", "secret-ben-api-42")));
        String calls = (String) ok(ann, "create_flow", Map.of("definition", callsApi("Sync", "api", "backup"), "folder", "Ops")).get("id");
        String hello = create(ann, greeting("Hello", "Hi {who}"));
        ok(ann, "publish_flow", Map.of("id", hello));
        ok(ann, "rename_flow_version", Map.of("id", hello, "version", 1, "label", "first"));
        create(ben, greeting("Hello", "Ben's own {who}"));

        Map<String, Object> bundle = ok(ann, "export_flows", Map.of("ids", List.of(calls, hello), "include_versions", true));
        assertThat(bundle).containsEntry("format", "switchboard.flows-bundle/v1");
        assertThat(bundle.toString()).doesNotContain("secret-ann").doesNotContain("ann");
        assertThat(maps(bundle.get("connections"))).containsExactly(Map.of("app", "http", "name", "api"), Map.of("app", "http", "name", "backup"));
        assertThat(maps(maps(bundle.get("flows")).get(1).get("versions"))).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("version", 1).containsEntry("label", "first"));

        Map<String, Object> report = ok(ben, "import_flows", Map.of("bundle", bundle));
        List<Map<String, Object>> flows = maps(report.get("flows"));
        assertThat(flows).hasSize(2);
        Map<String, Object> sync = flows.get(0);
        assertThat(sync).containsEntry("ref", calls).containsEntry("name", "Sync").containsEntry("slug", "sync")
                .containsEntry("status", "draft").containsEntry("valid", false);
        assertThat(sync.get("id")).isNotEqualTo(calls);
        assertThat(maps(sync.get("connections"))).containsExactly(Map.of("app", "http", "name", "api", "matched", true),
                Map.of("app", "http", "name", "backup", "matched", false));
        assertThat(maps(sync.get("errors"))).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("pointer", "/steps/1/connection").containsEntry("code", "unknown_connection"));
        Map<String, Object> imported = flows.get(1);
        assertThat(imported).containsEntry("ref", hello).containsEntry("name", "Hello (2)").containsEntry("slug", "hello-2")
                .containsEntry("valid", true);

        Map<String, Object> original = ok(ann, "get_flow", Map.of("id", calls));
        Map<String, Object> copy = ok(ben, "get_flow", Map.of("id", sync.get("id")));
        assertThat(copy.get("definition")).isEqualTo(original.get("definition"));
        assertThat(copy).containsEntry("folder", "Ops");
        assertThat(maps(ok(ben, "list_flow_versions", Map.of("id", imported.get("id"))).get("versions"))).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("version", 1).containsEntry("label", "first"));
        assertThat(ok(ben, "publish_flow", Map.of("id", imported.get("id")))).containsEntry("version", 2)
                .containsEntry("tool", "flow__hello-2");
        assertThat(FlowToolsTest.structured(call(ben, "flow__hello-2", Map.of("name", "Bo")))).containsEntry("text", "Hi Bo");

        Map<String, Object> onlyCalls = ok(ann, "export_flows", Map.of("ids", List.of(calls)));
        Map<String, Object> remapped = maps(ok(ben, "import_flows", Map.of("bundle", onlyCalls, "folder", "Mapped",
                "connections", Map.of("backup", "api"))).get("flows")).get(0);
        assertThat(remapped).containsEntry("name", "Sync (2)").containsEntry("slug", "sync-2").containsEntry("valid", true);
        assertThat(maps(remapped.get("connections"))).containsExactly(Map.of("app", "http", "name", "api", "matched", true));
        assertThat(ok(ben, "get_flow", Map.of("id", remapped.get("id")))).containsEntry("folder", "Mapped");
    }

    @Test
    void importOfABadBundle_namesEveryProblem_andCreatesNothing() {
        McpSyncClient cat = client("cat");
        Map<String, Object> good = Map.of("name", "Fine", "draft", greeting("Fine", "F {who}"));
        Map<String, Object> bad = new HashMap<>(Map.of("name", "Broken", "draft", "not an object", "folder", "")) ;
        bad.put("versions", List.of(Map.of("label", 3)));
        McpSchema.CallToolResult result = call(cat, "import_flows", Map.of("bundle",
                Map.of("format", "switchboard.flows-bundle/v1", "flows", List.of(good, bad))));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("nothing was created").contains("/flows/1/draft").contains("/flows/1/folder")
                .contains("/flows/1/versions/0/definition").contains("/flows/1/versions/0/label");
        assertThat(text(call(cat, "import_flows", Map.of("bundle", Map.of("format", "zapier", "flows", List.of(good))))))
                .contains("/format");
        assertThat(text(call(cat, "import_flows", Map.of("bundle", Map.of("format", "switchboard.flows-bundle/v1", "flows", List.of())))))
                .contains("/flows");
        assertThat(maps(ok(cat, "list_flows", Map.of()).get("flows"))).isEmpty();
        assertThat(maps(ok(cat, "list_folders", Map.of()).get("folders"))).isEmpty();
    }

    @Test
    void anotherOwnersFlowsAndFolders_lookMissingToEveryNewTool_andStayUnchanged() {
        McpSyncClient eve = client("eve");
        McpSyncClient mal = client("mal");
        String id = (String) ok(eve, "create_flow", Map.of("definition", greeting("Eves", "E {who}"), "folder", "Private")).get("id");
        ok(eve, "publish_flow", Map.of("id", id));
        List<Map<String, Object>> attempts = List.of(
                Map.of("tool", "rename_flow", "args", Map.of("id", id, "name", "Mine now")),
                Map.of("tool", "duplicate_flow", "args", Map.of("id", id)),
                Map.of("tool", "delete_flows", "args", Map.of("ids", List.of(id))),
                Map.of("tool", "move_flows", "args", Map.of("ids", List.of(id), "folder", "Stolen")),
                Map.of("tool", "export_flows", "args", Map.of("ids", List.of(id))),
                Map.of("tool", "rename_flow_version", "args", Map.of("id", id, "version", 1, "label", "x")),
                Map.of("tool", "delete_flow_version", "args", Map.of("id", id, "version", 1)));
        for (Map<String, Object> attempt : attempts) {
            @SuppressWarnings("unchecked")
            McpSchema.CallToolResult result = call(mal, (String) attempt.get("tool"), (Map<String, Object>) attempt.get("args"));
            assertThat(result.isError()).as((String) attempt.get("tool")).isTrue();
            assertThat(text(result)).as((String) attempt.get("tool")).contains("You have no flow with id '" + id + "'");
        }
        assertThat(text(call(mal, "rename_folder", Map.of("name", "Private", "new_name", "Mine")))).contains("no folder named 'Private'");
        assertThat(text(call(mal, "delete_folder", Map.of("name", "Private", "move_flows_to_root", true)))).contains("no folder named 'Private'");
        assertThat(maps(ok(mal, "list_folders", Map.of()).get("folders"))).isEmpty();
        assertThat(maps(ok(mal, "list_flows", Map.of()).get("flows"))).isEmpty();

        Map<String, Object> flow = ok(eve, "get_flow", Map.of("id", id));
        assertThat(flow).containsEntry("name", "Eves").containsEntry("folder", "Private").containsEntry("status", "published");
        assertThat(maps(ok(eve, "list_flow_versions", Map.of("id", id)).get("versions"))).singleElement()
                .satisfies(v -> assertThat(v).doesNotContainKey("label"));
        assertThat(maps(ok(eve, "list_folders", Map.of()).get("folders"))).containsExactly(Map.of("name", "Private", "flows", 1));
    }
}
