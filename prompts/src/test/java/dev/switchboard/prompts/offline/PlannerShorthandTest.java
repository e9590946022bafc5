package dev.switchboard.prompts.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.eval.Skeleton;
import dev.switchboard.runtime.validate.FlowValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fifth round: chat shorthand (arrows, abbreviations) and a draft whenever an app is named, on
 * sentences written for this test; none comes from an evaluation set.
 */
class PlannerShorthandTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final FlowBuilder BUILDER = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));
    private static final OfflinePlanner PLANNER = new OfflinePlanner(CATALOG);

    static Skeleton skeleton(String text) {
        BuildResult result = BUILDER.build(new BuildRequest(text), List.of(PLANNER));
        assertThat(result.valid()).as(text).isTrue();
        return Skeleton.of(result.flow());
    }

    @Test
    void arrows_separateTheEventFromTheOrders() {
        Skeleton s = skeleton("new jira issue => mail to bob@acme.test");
        assertThat(s.trigger()).isEqualTo("jira.new_issue");
        assertThat(s.actions()).containsExactly("email.send_email");
        Skeleton fr = skeleton("Nouveau fichier Dropbox ⇒ notif Teams");
        assertThat(fr.trigger()).isEqualTo("dropbox.new_file");
        assertThat(fr.actions()).containsExactly("microsoft_teams.send_message");
        assertThat(skeleton("form submitted in kizeo > pdf > drive").actions())
                .containsExactly("kizeo_forms.download_standard_pdf", "google_drive.upload_file");
    }

    @Test
    void arrowAfterASchedule_keepsTheSchedule() {
        Skeleton s = skeleton("every friday at 5pm -> list the mailchimp campaigns -> email them to ops@acme.test");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("mailchimp.list_campaigns", "email.send_email");
    }

    @Test
    void anAppAlone_isItsMainAction() {
        assertThat(skeleton("Salesforce new lead -> DM on slack").actions()).containsExactly("slack.send_message");
        assertThat(skeleton("trello card -> slack").actions()).containsExactly("slack.send_message");
    }

    @Test
    void noOrderButAnApp_stillGivesAValidDraft() {
        assertThat(skeleton("When a new card is created in Trello.").actions()).containsExactly("email.send_email");
        assertThat(skeleton("Trello et Slack, c'est possible ?").actions()).hasSize(1);
    }
}
