package dev.switchboard.prompts.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.llm.ReplyParser;
import dev.switchboard.runtime.validate.FlowValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildPromptsTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private final BuildPrompts prompts = new BuildPrompts(CATALOG);

    @Test
    void system_holdsFormatExamplesAndOnlyTheMatchingPartOfTheCatalog() {
        String system = prompts.system(new BuildRequest("When a Kizeo form is finished, upload the PDF to Google Drive"));
        assertThat(system).contains("switchboard.flow/v1", "<ask:NAME>", "Description: \"When a Kizeo form is finished")
                .contains("kizeo_forms.download_standard_pdf", "google_drive.upload_file", "kizeo_forms.data_finished (webhook")
                .contains("schedule.cron", "manual.run")
                .contains("\"required\":[\"form_id\",\"data_id\"]")
                .doesNotContain("pandadoc.", "servicenow.");
    }

    @Test
    void system_inFrench_findsTheSameApps() {
        String system = prompts.system(new BuildRequest("Envoyer un message sur Slack chaque lundi", "fr", List.of()));
        assertThat(system).contains("slack.send_message");
    }

    @Test
    void catalogExcerpt_staysWithinItsBudget_evenForAVagueDescription() {
        String text = new CatalogExcerpt(CATALOG, 2_000).describe("get list create update file data message", List.of("jira"));
        assertThat(text.length()).isLessThanOrEqualTo(2_000);
        assertThat(text).contains("Actions (");
    }

    @Test
    void appHints_bringTheirActionsIntoThePrompt() {
        String system = prompts.system(new BuildRequest("create an issue", null, List.of("jira")));
        assertThat(system).contains("jira.");
    }

    @Test
    void user_andRepair_carryTheDescriptionAndTheProblems() {
        BuildRequest request = new BuildRequest("post to slack", "en", List.of("slack"));
        assertThat(prompts.user(request)).contains("post to slack", "language: en", "mentioned: slack");
        var flow = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", "x");
        String repair = prompts.repair(request, flow, List.of(new dev.switchboard.runtime.validate.Problem(
                "/steps/0/action", "unknown_action", "slack has no action 'post'", List.of("slack.send_message"))));
        assertThat(repair).contains("/steps/0/action [unknown_action] slack has no action 'post' (suggestions: slack.send_message)",
                "\"name\" : \"x\"");
    }

    @Test
    void forClient_pointsAtTheFlowTools() {
        String text = prompts.forClient(new BuildRequest("Every Monday at 8, post to Slack"));
        assertThat(text).contains("validate_flow", "create_flow", "slack.send_message", "Every Monday at 8");
    }

    @Test
    void shippedExamples_passTheValidatorExceptAtPlaceholders() {
        FlowBuilder builder = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));
        List<Draft> drafts = new ArrayList<>();
        for (String example : BuildPrompts.examples().split("\n\nDescription: ")) {
            drafts.add(ReplyParser.parse(example, "en"));
        }
        assertThat(drafts).hasSize(2);
        for (Draft draft : drafts) {
            assertThat(builder.blocking(draft.flow())).isEmpty();
            assertThat(draft.questions()).isNotEmpty().allSatisfy(q -> assertThat(q.question()).doesNotStartWith("What should"));
        }
    }
}
