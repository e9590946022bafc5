package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twelfth round: where the flow happens when a clause does not say it — a heading ("Gmail: …"), the
 * request's app hints, a change (finished, updated, deleted) said without its app, and fillers that
 * open a sentence about the asker; on sentences written for this test, none from an evaluation set.
 */
class PlannerPlacesTest {

    @Test
    void anAppHeading_isWhereTheClausesHappen_notAStep() {
        Skeleton event = skeleton("Trello: when a card is created, post its title in #board on Slack.");
        assertThat(event.trigger()).isEqualTo("trello.new_card");
        assertThat(event.actions()).containsExactly("slack.send_message");
        Skeleton order = skeleton("Slack : tous les lundis à 9h, poste « Bonne semaine » dans #general.");
        assertThat(order.trigger()).isEqualTo("schedule.cron");
        assertThat(order.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aHeadingThatIsAStart_staysTheStart() {
        Skeleton s = skeleton("Webhook: when the shop calls it, add a row to the Google Sheet 'Orders'.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void appHints_chooseTheAppOfAClauseThatNamesNone() {
        String text = "Every Friday at 4pm, post a reminder to fill in the timesheets in the channel #crew.";
        assertThat(skeleton(text, List.of("microsoft_teams")).actions()).containsExactly("microsoft_teams.send_message");
        assertThat(skeleton(text, List.of("slack")).actions()).containsExactly("slack.send_message");
    }

    @Test
    void appHints_doNotOverrideAnAppTheClauseNames() {
        Skeleton s = skeleton("Every morning, send an email to boss@acme.test with Gmail.", List.of("slack"));
        assertThat(s.actions()).containsExactly("gmail.send_email");
    }

    @Test
    void aChangeSaidWithoutItsApp_isTheFormAppsEvent() {
        Skeleton finished = skeleton("When the boiler inspection report is finished, email it to office@acme.test.");
        assertThat(finished.trigger()).isEqualTo("kizeo_forms.data_finished");
        Skeleton updated = skeleton("Quand un bon de livraison est modifié, préviens #logistique sur Slack.");
        assertThat(updated.trigger()).isEqualTo("kizeo_forms.data_updated");
        assertThat(updated.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aCreationSaidWithoutItsApp_isNoEvent() {
        // "a new lead" could come from any CRM: no app's event is guessed, the flow starts by hand
        Skeleton s = skeleton("When a new lead arrives, send an email to sales@acme.test.");
        assertThat(s.trigger()).isEqualTo("manual.run");
    }

    @Test
    void aFillerOpeningTheSentenceAboutUs_keepsItContext() {
        Skeleton s = skeleton("So we keep our customers in Zoho CRM. Whenever a new deal gets created there, post it in #sales on Slack.");
        assertThat(s.trigger()).isEqualTo("zoho_crm.new_record");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void anApiSaidWithoutItsApp_isAPlainHttpRequest_andTheNamedAppsApiItsRawCall() {
        Skeleton ours = skeleton("When a Trello card is created, POST it to our invoicing tool's API.");
        assertThat(ours.actions()).containsExactly("http.request");
        Skeleton theirs = skeleton("When a Trello card is created, call the Kizeo Forms REST API with it.");
        assertThat(theirs.actions()).containsExactly("kizeo_forms.custom_api_call");
    }

    @Test
    void anAppSaidAloneWithAFileInHand_isWhereTheFileGoes() {
        Skeleton s = skeleton("new file in Dropbox -> Google Drive folder 'Backup'");
        assertThat(s.trigger()).isEqualTo("dropbox.new_file");
        assertThat(s.actions()).containsExactly("dropbox.download_file", "google_drive.upload_file");
    }

    @Test
    void aCountToPost_isReadFromTheAppThatComputesStatistics() {
        Skeleton en = skeleton("Every Friday at 5pm, tell #ops on Slack how many inspections were filled in this week.");
        assertThat(en.actions()).containsExactly("kizeo_forms.get_forms_statistics", "slack.send_message");
        Skeleton plain = skeleton("Every Friday at 5pm, post 'Have a nice weekend' in #ops on Slack.");
        assertThat(plain.actions()).containsExactly("slack.send_message");
    }

    @Test
    void addingEveryThingAnotherAppLists_loopsOverThem() {
        BuildResult result = Planned.build("Every Monday, add all our Kizeo forms to the Google Sheet 'Backlog'.");
        assertThat(Skeleton.of(result.flow()).actions()).containsExactly("kizeo_forms.get_all_forms", "google_sheets.append_row");
        assertThat(result.flow().at("/steps/1/for_each").asString()).startsWith("{{ steps.");
        assertThat(result.flow().at("/steps/1/do/0/action").asString()).isEqualTo("google_sheets.append_row");
        Skeleton one = skeleton("Every Monday, add a row with today's date to the Google Sheet 'Backlog'.");
        assertThat(one.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void anyEventOfAKind_isTheTrigger() {
        Skeleton en = skeleton("For any event on the data of the Kizeo form 'Audit', post a message in #audits on Slack.");
        assertThat(en.trigger()).isEqualTo("kizeo_forms.data_event");
        Skeleton fr = skeleton("Pour tout événement sur les données du formulaire Kizeo « Audit », poste un message dans #audits sur Slack.");
        assertThat(fr.trigger()).isEqualTo("kizeo_forms.data_event");
    }

    @Test
    void anAsideThatNamesTheFile_saysWhichFileIsSent() {
        Skeleton s = skeleton("When a Kizeo inspection is finished, email the Word version (our custom export) to boss@acme.test.");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_custom_export", "email.send_email");
    }

    @Test
    void aPublishedFlowNamed_isRun_butTheFlowBeingDescribedIsNot() {
        BuildResult result = Planned.build("Every night, run our published flow 'close-the-day', then post 'done' in #ops on Slack.");
        assertThat(Skeleton.of(result.flow()).actions()).containsExactly("flows.run_flow", "slack.send_message");
        assertThat(result.flow().at("/steps/0/input/flow").asString()).isEqualTo("close-the-day");
        Skeleton described = skeleton("I need a flow that runs every night and posts 'done' in #ops on Slack.");
        assertThat(described.actions()).containsExactly("slack.send_message");
    }
}
