package dev.switchboard.server.builder;

import static dev.switchboard.server.builder.BuilderReplies.DESCRIPTION;
import static dev.switchboard.server.builder.BuilderReplies.GOOD;
import static dev.switchboard.server.builder.BuilderReplies.sampled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build_flow and answer_build_questions on the real server, the client's own model answering through sampling. */
class BuildToolsTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static final String ALICE = "sb_alice_builder_0123456789abcdef";
    static final String BOB = "sb_bob_builder_0123456789abcdefgh";

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        server.app().tokens().register(ALICE, Caller.user("alice"), "alice");
        server.app().tokens().register(BOB, Caller.user("bob"), "bob");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static McpSyncClient sampling(String token, Function<McpSchema.CreateMessageRequest, McpSchema.CreateMessageResult> model) {
        McpSyncClient client = server.clientSpec(token).capabilities(McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(model).build();
        client.initialize();
        return client;
    }

    @Test
    void buildFlow_withSampling_savesAValidDraftWithQuestions_fromAGroundedPrompt() {
        List<McpSchema.CreateMessageRequest> asked = new CopyOnWriteArrayList<>();
        try (McpSyncClient alice = sampling(ALICE, request -> {
            asked.add(request);
            return sampled(GOOD);
        })) {
            Map<String, Object> out = ok(alice, "build_flow", Map.of("description", DESCRIPTION, "language", "en"));

            assertThat(out).containsEntry("engine", "sampling").containsEntry("valid", true).containsEntry("ready_to_publish", false)
                    .containsEntry("explanation", "Every Monday at 8, posts a reminder to Slack.").containsEntry("repair_rounds", 0);
            assertThat(maps(out.get("questions"))).extracting(q -> q.get("name")).containsExactly("slack_connection", "channel");
            assertThat(maps(out.get("questions")).get(1)).containsEntry("question", "Which Slack channel?")
                    .containsEntry("pointer", "/steps/0/input/channel");
            Map<String, Object> stored = ok(alice, "get_flow", Map.of("id", out.get("draft_id")));
            assertThat(stored).containsEntry("status", "draft").containsEntry("name", "Monday standup");

            assertThat(asked).hasSize(1);
            assertThat(asked.get(0).systemPrompt()).contains("switchboard.flow/v1", "slack.send_message", "schedule.cron");
            assertThat(BuilderReplies.userText(asked.get(0))).contains(DESCRIPTION);
        }
    }

    @Test
    void buildFlow_invalidSampledFlow_isRepairedWithTheValidatorsProblems() {
        List<String> userTexts = new CopyOnWriteArrayList<>();
        try (McpSyncClient alice = sampling(ALICE, request -> {
            userTexts.add(BuilderReplies.userText(request));
            return sampled(userTexts.size() == 1 ? "```json\n" + BuilderReplies.UNKNOWN_ACTION + "\n```" : GOOD);
        })) {
            Map<String, Object> out = ok(alice, "build_flow", Map.of("description", DESCRIPTION));
            assertThat(out).containsEntry("valid", true).containsEntry("repair_rounds", 1);
            assertThat(userTexts).hasSize(2);
            assertThat(userTexts.get(1)).contains("[unknown_action]", "slack.post_message");
        }
    }

    @Test
    void buildFlow_withoutLlmOrSampling_theOfflinePlannerDraftsTheFlow() {
        try (McpSyncClient bob = server.client(BOB)) {
            int before = maps(ok(bob, "list_flows", Map.of()).get("flows")).size();
            Map<String, Object> out = ok(bob, "build_flow", Map.of("description", DESCRIPTION));
            assertThat(out.get("engine")).isEqualTo("offline");
            assertThat(out.get("valid")).isEqualTo(true);
            assertThat(maps(ok(bob, "list_flows", Map.of()).get("flows"))).hasSize(before + 1);
        }
    }

    @Test
    void buildFlow_appHints_chooseTheApp_andAnUnknownAppIsRefusedWithoutADraft() {
        String text = "Every Friday at 4pm, post a reminder in the channel #crew.";
        try (McpSyncClient bob = server.client(BOB)) {
            Map<String, Object> teams = ok(bob, "build_flow", Map.of("description", text, "apps", List.of("microsoft_teams")));
            assertThat(teams.toString()).contains("microsoft_teams.send_message").doesNotContain("slack.send_message");
            int before = maps(ok(bob, "list_flows", Map.of()).get("flows")).size();
            McpSchema.CallToolResult wrong = bob.callTool(new McpSchema.CallToolRequest("build_flow",
                    Map.of("description", text, "apps", List.of("slak"))));
            assertThat(wrong.isError()).isTrue();
            assertThat(text(wrong)).contains("'slak'", "did you mean slack", "list_apps", "Nothing was built");
            assertThat(maps(ok(bob, "list_flows", Map.of()).get("flows"))).hasSize(before);
        }
    }

    @Test
    void answers_fillTheDraft_unknownNamesChangeNothing_andAnotherOwnerCannotAnswer() {
        String id;
        try (McpSyncClient alice = sampling(ALICE, request -> sampled(GOOD))) {
            id = (String) ok(alice, "build_flow", Map.of("description", DESCRIPTION)).get("draft_id");

            McpSchema.CallToolResult wrong = alice.callTool(new McpSchema.CallToolRequest("answer_build_questions",
                    Map.of("draft_id", id, "answers", Map.of("chanel", "C0123456789"))));
            assertThat(wrong.isError()).isTrue();
            assertThat(text(wrong)).contains("[chanel]", "slack_connection", "channel", "Nothing was changed");

            try (McpSyncClient bob = server.client(BOB)) {
                McpSchema.CallToolResult stolen = bob.callTool(new McpSchema.CallToolRequest("answer_build_questions",
                        Map.of("draft_id", id, "answers", Map.of("channel", "C-BOB"))));
                assertThat(stolen.isError()).isTrue();
                assertThat(text(stolen)).contains("no flow with id");
            }
            assertThat(ok(alice, "get_flow", Map.of("id", id)).toString()).contains("<ask:channel>").doesNotContain("C-BOB");

            Map<String, Object> answered = ok(alice, "answer_build_questions",
                    Map.of("draft_id", id, "answers", Map.of("channel", "C0123456789")));
            assertThat(maps(answered.get("questions"))).extracting(q -> q.get("name")).containsExactly("slack_connection");
            assertThat(answered.toString()).contains("C0123456789");

            Map<String, Object> connected = ok(alice, "answer_build_questions",
                    Map.of("draft_id", id, "answers", Map.of("slack_connection", "team")));
            assertThat(maps(connected.get("questions"))).isEmpty();
            assertThat(connected).containsEntry("valid", false).containsEntry("ready_to_publish", false);
            assertThat(maps(connected.get("problems"))).extracting(p -> p.get("code")).contains("unknown_connection");
        }
    }

    @Test
    void buildFlow_asksTheOpenQuestionsThroughElicitation_whenTheClientOffersIt() {
        List<McpSchema.ElicitFormRequest> forms = new CopyOnWriteArrayList<>();
        try (McpSyncClient alice = server.clientSpec(ALICE)
                .capabilities(McpSchema.ClientCapabilities.builder().sampling().elicitation().build())
                .sampling(request -> sampled(GOOD))
                .elicitation(form -> {
                    forms.add(form);
                    return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("channel", "C0123456789"));
                }).build()) {
            alice.initialize();
            Map<String, Object> out = ok(alice, "build_flow", Map.of("description", DESCRIPTION));
            assertThat(forms).hasSize(1);
            assertThat(forms.get(0).requestedSchema().toString()).contains("Which Slack channel?", "slack_connection");
            assertThat(maps(out.get("questions"))).extracting(q -> q.get("name")).containsExactly("slack_connection");
            assertThat(ok(alice, "get_flow", Map.of("id", out.get("draft_id"))).toString()).contains("C0123456789");
        }
    }

    static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(tool + ": " + (result.content().isEmpty() ? "" : text(result))).isNotEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) result.structuredContent();
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
