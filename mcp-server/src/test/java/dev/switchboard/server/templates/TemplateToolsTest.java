package dev.switchboard.server.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list_templates and create_flow_from_template over MCP with the SDK client against the real server. */
class TemplateToolsTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient tess;
    static McpSyncClient ugo;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register("sb_tess_token_0123456789abcdefghij", Caller.user("tess"), "tess");
        server.app().tokens().register("sb_ugo_token_0123456789abcdefghijk", Caller.user("ugo"), "ugo");
        tess = server.client("sb_tess_token_0123456789abcdefghij");
        ugo = server.client("sb_ugo_token_0123456789abcdefghijk");
    }

    @AfterAll
    static void stop() throws Exception {
        tess.close();
        ugo.close();
        server.close();
    }

    static final String INVENTORY = "fixtures-inventory-to-zoho-crm-with-ticket";

    static Map<String, Object> inventoryParameters() {
        return Map.of("form_id", "923838", "module", "Inventories", "anomaly_field", "anomaly", "project_key", "INT");
    }

    @Test
    void listTemplates_showsAtLeastTen_withParametersAsJsonSchema_andFiltersByAppAndWord() {
        List<Map<String, Object>> all = templates(call(tess, "list_templates", Map.of()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).allSatisfy(t -> assertThat(t).containsKeys("id", "title", "description", "apps", "parameters"));
        Map<String, Object> drive = all.stream().filter(t -> t.get("id").equals("kizeo-pdf-to-google-drive")).findFirst().orElseThrow();
        assertThat(drive.get("apps")).isEqualTo(List.of("google_drive", "kizeo_forms"));
        assertThat(drive.get("title_fr")).isEqualTo("PDF Kizeo Forms vers Google Drive");
        assertThat(drive.get("parameters").toString()).contains("required=[form_id, drive_folder_id, name_field]");

        assertThat(templates(call(tess, "list_templates", Map.of("app", "microsoft_teams")))).extracting(t -> t.get("id"))
                .containsExactly("weekly-timesheet-to-sheets-and-teams");
        assertThat(templates(call(tess, "list_templates", Map.of("query", "Sécurité")))).extracting(t -> t.get("id"))
                .containsExactly("safety-briefing-summary-and-corrective-action");
    }

    @Test
    void createFlowFromTemplate_withMissingOrBadParameters_namesThem_andCreatesNothing() {
        McpSchema.CallToolResult missing = ugo.callTool(new McpSchema.CallToolRequest("create_flow_from_template",
                Map.of("template", INVENTORY, "parameters", Map.of("form_id", "923838"))));
        assertThat(missing.isError()).isTrue();
        assertThat(text(missing)).contains("needs these parameters: module, anomaly_field, project_key");

        Map<String, Object> bad = new HashMap<>(inventoryParameters());
        bad.put("anomaly_field", "Anomaly Field");
        McpSchema.CallToolResult invalid = ugo.callTool(new McpSchema.CallToolRequest("create_flow_from_template",
                Map.of("template", INVENTORY, "parameters", bad)));
        assertThat(invalid.isError()).isTrue();
        assertThat(text(invalid)).contains("anomaly_field");

        McpSchema.CallToolResult unknown = ugo.callTool(new McpSchema.CallToolRequest("create_flow_from_template",
                Map.of("template", "no-such-template", "parameters", Map.of())));
        assertThat(text(unknown)).contains("no template 'no-such-template'").contains("list_templates");
        assertThat(call(ugo, "list_flows", Map.of()).get("flows")).isEqualTo(List.of());
    }

    @Test
    void createFlowFromTemplate_givesADraftOfTheCaller_reportsMissingConnections_andPublishesOnceTheyExist() {
        Map<String, Object> created = call(tess, "create_flow_from_template", Map.of("template", INVENTORY,
                "parameters", inventoryParameters(), "name", "Inventaire Lyon", "folder", "Templates"));
        assertThat(created).containsEntry("template", INVENTORY).containsEntry("name", "Inventaire Lyon")
                .containsEntry("slug", "inventaire-lyon").containsEntry("status", "draft").containsEntry("folder", "Templates")
                .containsEntry("valid", false);
        assertThat(maps(created.get("errors"))).extracting(e -> e.get("code")).containsOnly("unknown_connection");
        assertThat(maps(created.get("errors"))).extracting(e -> e.get("pointer"))
                .containsExactlyInAnyOrder("/trigger/connection", "/steps/0/connection", "/steps/1/then/0/connection");
        assertThat(ugo.callTool(new McpSchema.CallToolRequest("get_flow", Map.of("id", created.get("id")))).isError()).isTrue();

        call(tess, "create_connection", Map.of("app", "kizeo_forms", "name", "kizeo", "auth", Map.of("type", "api_key", "key", "kizeo-key-0001")));
        call(tess, "create_connection", Map.of("app", "zoho_crm", "name", "zoho", "auth", Map.of("type", "api_key", "key", "zoho-key-0001")));
        call(tess, "create_connection", Map.of("app", "jira", "name", "jira",
                "auth", Map.of("type", "basic", "username", "tess@example.com", "password", "jira-token-0001")));
        assertThat(call(tess, "validate_flow", Map.of("id", created.get("id")))).containsEntry("valid", true);
        Map<String, Object> flow = call(tess, "get_flow", Map.of("id", created.get("id")));
        assertThat(flow.get("definition").toString()).contains("form_id=923838").contains("module=Inventories")
                .contains("trigger.fields.anomaly").doesNotContain("param.");
        assertThat(call(tess, "publish_flow", Map.of("id", created.get("id")))).containsEntry("version", 1)
                .containsEntry("tool", "flow__inventaire-lyon");
        assertThat(call(tess, "get_flow", Map.of("id", created.get("id")))).containsEntry("status", "published");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(tool + ": " + (result.content().isEmpty() ? "" : text(result))).isNotEqualTo(true);
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    static List<Map<String, Object>> templates(Map<String, Object> result) {
        return maps(result.get("templates"));
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
