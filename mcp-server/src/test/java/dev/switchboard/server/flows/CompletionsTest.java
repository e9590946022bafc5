package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.FlowToolsTest.maps;
import static dev.switchboard.server.flows.FlowToolsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** completion/complete for flow ids, run ids and app ids, each owner seeing only their own flows and runs. */
class CompletionsTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient fay;
    static McpSyncClient gus;
    static String flowId;
    static String runId;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register("sb_fay_token_completions_0123456", Caller.user("fay"), "fay");
        server.app().tokens().register("sb_gus_token_completions_0123456", Caller.user("gus"), "gus");
        fay = server.client("sb_fay_token_completions_0123456");
        gus = server.client("sb_gus_token_completions_0123456");
        flowId = (String) ok(fay, "create_flow", Map.of("definition", FlowToolsTest.greeting("Weekly Digest", "Hi {who}"))).get("id");
        ok(fay, "publish_flow", Map.of("id", flowId));
        ok(fay, "flow__weekly-digest", Map.of("name", "Fay"));
        runId = (String) maps(ok(fay, "list_runs", Map.of("flow", flowId)).get("runs")).get(0).get("id");
    }

    @AfterAll
    static void stop() throws Exception {
        fay.close();
        gus.close();
        server.close();
    }

    static List<String> resource(McpSyncClient client, String template, String argument, String value) {
        return client.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.ResourceReference(template),
                new McpSchema.CompleteRequest.CompleteArgument(argument, value))).completion().values();
    }

    static List<String> prompt(McpSyncClient client, String name, String argument, String value) {
        return client.completeCompletion(new McpSchema.CompleteRequest(new McpSchema.PromptReference(name),
                new McpSchema.CompleteRequest.CompleteArgument(argument, value))).completion().values();
    }

    @Test
    void flowIds_completeByIdOrSlug_forTheOwnerOnly() {
        assertThat(resource(fay, "switchboard://flows/{id}", "id", "weekly")).containsExactly(flowId);
        assertThat(resource(fay, "switchboard://flows/{id}/diagram", "id", flowId.substring(0, 4))).contains(flowId);
        assertThat(resource(fay, "switchboard://flows/{id}", "id", "zzz")).isEmpty();
        assertThat(resource(gus, "switchboard://flows/{id}", "id", "")).doesNotContain(flowId);
    }

    @Test
    void runIds_completeForTheOwnerOnly() {
        assertThat(resource(fay, "switchboard://runs/{id}", "id", runId.substring(0, 6))).contains(runId);
        assertThat(resource(gus, "switchboard://runs/{id}", "id", "")).doesNotContain(runId);
    }

    @Test
    void buildFlowApps_completeTheLastAppOfTheList_andGroundThePrompt() {
        assertThat(prompt(fay, "build_flow", "apps", "sla")).containsExactly("slack");
        assertThat(prompt(fay, "build_flow", "apps", "slack,jir")).containsExactly("slack,jira");

        McpSchema.GetPromptResult only = fay.getPrompt(new McpSchema.GetPromptRequest("build_flow",
                Map.of("description", "Post new Jira issues to Slack", "apps", "slack, jira")));
        String text = ((McpSchema.TextContent) only.messages().get(0).content()).text();
        assertThat(text).contains("slack.send_message").contains("jira.create_issue");
        assertThatThrownBy(() -> fay.getPrompt(new McpSchema.GetPromptRequest("build_flow",
                Map.of("description", "x", "apps", "slak")))).isInstanceOf(McpError.class)
                .hasMessageContaining("no app 'slak'").hasMessageContaining("did you mean slack");
    }
}
