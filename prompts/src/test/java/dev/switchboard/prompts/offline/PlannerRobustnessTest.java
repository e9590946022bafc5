package dev.switchboard.prompts.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words the planner has no concept for, and engines that fail by a bug, never end a build with a crash. */
class PlannerRobustnessTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final FlowBuilder BUILDER = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));

    @Test
    void anOpeningIfWhoseVerbIsFollowedByAnArticle_stillGivesAValidDraft() {
        for (String text : List.of(
                "If the invoice is a duplicate, post a message on Slack #finance.",
                "Si la facture est une copie, poste un message sur Slack #finance.")) {
            BuildResult result = BUILDER.build(new BuildRequest(text), List.of(new OfflinePlanner(CATALOG)));
            assertThat(result.valid()).as(text).isTrue();
            assertThat(result.flow().toString()).as(text).contains("slack.send_message");
        }
    }

    @Test
    void anAddressSaidInTheText_neverFillsAnInputLimitedToOtherValues() {
        // Mailchimp's add_member has "email_type" (html or text) besides the subscriber's address
        String text = "Every Monday at 7, add newsletter@shop.test to our Mailchimp audience.";
        BuildResult result = BUILDER.build(new BuildRequest(text), List.of(new OfflinePlanner(CATALOG)));
        assertThat(result.valid()).as(result.problems().toString()).isTrue();
        assertThat(result.flow().toString()).contains("mailchimp.add_member").contains("newsletter@shop.test")
                .doesNotContain("\"email_type\":\"newsletter@shop.test\"");
    }

    @Test
    void aFrenchTimeWithoutCommaBeforeTheOrder_stillGivesTheSchedule() {
        for (String text : List.of("chaque jour à 7h30 envoie un mail de rappel à equipe@exemple.test",
                "tous les mardis a 18h envoie un mail a compta@exemple.test")) {
            BuildResult result = BUILDER.build(new BuildRequest(text), List.of(new OfflinePlanner(CATALOG)));
            assertThat(result.valid()).as(text).isTrue();
            assertThat(result.flow().path("trigger").path("app").asString()).as(text).isEqualTo("schedule");
            assertThat(result.flow().toString()).as(text).contains("email.send_email");
        }
    }

    @Test
    void anEngineThatFailsByABug_isNotedByKindAndTheNextEngineAnswers() {
        Engine broken = new Engine() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Draft propose(BuildRequest request) {
                throw new IllegalStateException("secret-looking detail sk-123");
            }

            @Override
            public Draft repair(BuildRequest request, Draft previous, List<Problem> problems) {
                return previous;
            }
        };
        BuildResult result = BUILDER.build(new BuildRequest("When a Trello card is created, post it on Slack #team."),
                List.of(broken, new OfflinePlanner(CATALOG)));
        assertThat(result.engine()).isEqualTo("offline");
        assertThat(result.valid()).isTrue();

        assertThatThrownBy(() -> BUILDER.build(new BuildRequest("anything"), List.of(broken)))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("broken: failed unexpectedly (IllegalStateException)")
                .hasMessageNotContaining("sk-123");
    }
}
