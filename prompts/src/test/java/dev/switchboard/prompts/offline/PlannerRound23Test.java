package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.build;
import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Twenty-third round: orders said not to be done, lead-ins before a colon, approvals said again, answers to the caller
 * with their status and body, an "if" that guards every order of its sentence, the values an input's examples name,
 * and one connection question per app; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound23Test {

    @Test
    void anOrderSaidNotToBeDone_addsNoStep() {
        Skeleton s = skeleton("No need to email anyone, just put it in Slack: whenever a new row lands in the Google Sheet "
                + "\"Returns\", ping #returns with the customer's name.");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("slack.send_message");
        Skeleton fr = skeleton("Quand une réponse arrive sur le Google Form « Sondage », n'envoie pas de courriel, ajoute juste une "
                + "ligne dans le Google Sheet « Sondage ».");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void theAimBeforeAColon_isNoStepOfItsOwn() {
        Skeleton s = skeleton("Chaque lundi à 9h, on veut relancer les bénévoles inactifs : lis les bénévoles dans le Google Sheet "
                + "« Bénévoles » et, pour chacun, envoie-lui un courriel.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "email.send_email");
        assertThat(s.controls()).containsExactly("for_each");
    }

    @Test
    void onceApprovedAfterTheApproval_isNoEvent_andAnOrderThroughAnApiIsARequest() {
        Skeleton s = skeleton("Credit notes requests reach us as webhook calls. Our controller has to approve each one. Once approved, "
                + "issue the credit note through the billing API (no connector for it) and email the customer.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("http.request", "email.send_email");
        assertThat(s.controls()).containsExactly("approval");
    }

    @Test
    void anAnswerWithAStatusAndJson_setsTheReply_andTheCallerWaitsForIt() {
        BuildResult r = build("Our scanner app calls a webhook of ours for every parcel. When it calls, reply with HTTP 202 and "
                + "{\"queued\": true}, then add a row to the Google Sheet \"Parcels\".");
        assertThat(r.valid()).isTrue();
        assertThat(r.flow().at("/trigger/params/respond").asString()).isEqualTo("sync");
        JsonNode reply = r.flow().path("steps").get(0);
        assertThat(reply.path("action").asString()).isEqualTo("webhook.respond");
        assertThat(reply.at("/input/status").asInt()).isEqualTo(202);
        assertThat(reply.at("/input/body/queued").asBoolean()).isTrue();
        assertThat(r.flow().path("steps").get(1).path("action").asString()).isEqualTo("google_sheets.append_row");
    }

    @Test
    void aFlowThatAnswersNothing_keepsItsWebhookAsynchronous() {
        BuildResult r = build("When our shop calls a webhook, add a row to the Google Sheet \"Orders\".");
        assertThat(r.flow().at("/trigger/params").has("respond")).isFalse();
    }

    @Test
    void anIf_guardsEveryOrderOfItsSentence_butNotTheNextSentence() {
        BuildResult r = build("Every hour, call https://status.example.test/api/state. If it has changed, post a message in Slack "
                + "#status and save the new state. Then add a row to the Google Sheet \"Checks\".");
        JsonNode steps = r.flow().path("steps");
        JsonNode check = steps.get(1);
        assertThat(check.path("then")).hasSize(2);
        assertThat(check.path("then").get(0).path("action").asString()).isEqualTo("slack.send_message");
        assertThat(check.path("then").get(1).path("action").asString()).isEqualTo("storage.put");
        assertThat(steps.get(2).path("action").asString()).isEqualTo("google_sheets.append_row");
    }

    @Test
    void aValueReadAndWrittenBack_isOneKey_andTheWriteTakesNoOldValue() {
        BuildResult r = build("Every day at 6, fetch https://rates.example.test/today, compare it with the rate we saved on the "
                + "previous run, and only if it has changed, email finance@example.test and save the new rate.");
        JsonNode steps = r.flow().path("steps");
        assertThat(steps.get(1).path("action").asString()).isEqualTo("storage.get");
        JsonNode put = steps.get(2).path("then").get(1);
        assertThat(put.path("action").asString()).isEqualTo("storage.put");
        assertThat(put.at("/input/key").asString()).isEqualTo(steps.get(1).at("/input/key").asString());
        assertThat(put.at("/input/value").asString()).doesNotContain("steps.get");
    }

    @Test
    void aRecordKindTheInputsExamplesName_isFilledIn() {
        BuildResult r = build("Whenever a new lead is created in Salesforce, create a record in the Deals module of Zoho CRM.");
        assertThat(r.flow().at("/trigger/params/object").asString()).isEqualTo("Lead");
        assertThat(r.flow().at("/steps/0/input/module").asString()).isEqualTo("Deals");
    }

    @Test
    void twoStepsOfOneApp_askForItsConnectionOnce() {
        BuildResult r = build("Create a folder in Google Drive named 'Q3', then share that folder with ann@example.test.");
        assertThat(r.flow().at("/steps/0/connection").asString()).isEqualTo(r.flow().at("/steps/1/connection").asString());
        assertThat(r.questions().stream().filter(q -> q.name().endsWith("_connection"))).hasSize(1);
    }

    @Test
    void aConditionQuestion_showsTheQuotedValue_notTheMarker() {
        BuildResult r = build("When a ticket arrives on our webhook, if its label is \"urgent\", post it to Slack #oncall.");
        assertThat(r.questions()).anySatisfy(q -> assertThat(q.question()).contains("urgent").doesNotContain("zlit"));
    }

    @Test
    void causativesAndSpokenForms_areOrders() {
        Skeleton s = skeleton("Could we get a Jira issue created automatically whenever someone posts in the #bugs Slack channel?");
        assertThat(s.trigger()).isEqualTo("slack.new_message");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        Skeleton fr = skeleton("Quand une ligne est ajoutée dans le Google Sheet « Dons », crée une carte Trello pis envoie-moi un courriel.");
        assertThat(fr.actions()).containsExactly("trello.create_card", "email.send_email");
    }

    @Test
    void everyOtherWeekday_isASchedule_andTheNewsletterIsACampaign() {
        Skeleton s = skeleton("every other friday @ 9am grab the report of our latest Mailchimp newsletter and drop it in #growth");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
    }

    @Test
    void aListOfInputs_andAnOrderDoneByTheFlowInALoop() {
        Skeleton s = skeleton("Manual flow, inputs = book title, author email, launch date. Create a Google Drive folder named after "
                + "the title.");
        assertThat(s.actions()).containsExactly("google_drive.create_folder");
        Skeleton loop = skeleton("A flow I run by hand: I give a list of addresses, and for each address it subscribes that person to "
                + "the Mailchimp audience 'Alumni'.");
        assertThat(loop.actions()).containsExactly("mailchimp.add_member");
        assertThat(loop.controls()).containsExactly("for_each");
    }

    @Test
    void aRecordAttachedToAnother_isMade_andANoteAddedToARecordUpdatesIt() {
        Skeleton s = skeleton("When a new opportunity is created in Salesforce, attach a quote to that opportunity.");
        assertThat(s.actions()).containsExactly("salesforce.create_quote");
        Skeleton fr = skeleton("Notre supervision appelle un webhook en donnant le sys_id de l'incident ServiceNow. Ajoute une note de "
                + "travail à cet incident.");
        assertThat(fr.actions()).containsExactly("servicenow.update_incident");
    }

    @Test
    void aListItemLabelledTrigger_isTheEvent_andATitleNamesTheFlow() {
        BuildResult r = build("Onboarding:\n- trigger: new row in the Google Sheet \"Hires\"\n- send a welcome mail from Outlook");
        assertThat(r.flow().at("/trigger/event").asString()).isEqualTo("new_row");
        assertThat(r.flow().path("name").asString()).isEqualTo("Onboarding");
        assertThat(r.flow().at("/steps/0/action").asString()).isEqualTo("outlook.send_email");
    }

    @Test
    void aNamedTab_isTheSheetRead() {
        BuildResult r = build("Every Friday at 5pm, read the 'Open orders' tab of our spreadsheet (Google Sheets) and email it to "
                + "boss@example.test.");
        assertThat(r.flow().at("/steps/0/action").asString()).isEqualTo("google_sheets.get_rows");
        assertThat(r.flow().at("/steps/0/input/sheet_name").asString()).isEqualTo("Open orders");
    }

    @Test
    void anExportOfSomeData_searchesThemFirst_butAnExportOfTheFormsDataDoesNot() {
        Skeleton some = skeleton("Every Friday at 6pm, export this week's data of the Kizeo form \"Deliveries\" to CSV and upload it "
                + "to Dropbox.");
        assertThat(some.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "dropbox.upload_file");
        Skeleton all = skeleton("Every Friday at 6pm, export the data of the Kizeo form \"Deliveries\" to CSV and upload it to Dropbox.");
        assertThat(all.actions()).containsExactly("kizeo_forms.export_data_csv", "dropbox.upload_file");
    }

    @Test
    void aTitleBeforeAnArrowAndAnEvent_isNoEvent_andAFrenchInfinitiveAfterAParticiple_isTheOrder() {
        Skeleton s = skeleton("contrôles extincteurs (formulaire « Extincteurs ») -> à chaque fiche terminée ajouter une ligne dans "
                + "le Google Sheet « Registre »");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void aFormSentIn_isFinished_andARefusalThatDoesNothing_addsNoStep() {
        Skeleton s = skeleton("Demandes de congé (formulaire « Congés »). À chaque demande envoyée, une validation par moi ; si je "
                + "valide, ajoute la demande au Google Sheet « Congés 2026 ». Si je refuse, on ne fait rien.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        assertThat(s.controls()).containsExactly("approval");
    }

    @Test
    void aDownloadInALoopOverAFolder_takesEachEntrysId() {
        BuildResult r = build("Run by hand: go through every file in the Dropbox folder /Scans, download each one and upload it to "
                + "Google Drive.");
        assertThat(r.valid()).isTrue();
        JsonNode loop = r.flow().path("steps").get(1);
        assertThat(loop.path("for_each").asString()).isEqualTo("{{ steps.folder.entries }}");
        assertThat(loop.at("/do/0/action").asString()).isEqualTo("dropbox.download_file");
        assertThat(loop.at("/do/0/input/path").asString()).isEqualTo("{{ loop.item.id }}");
    }
}
