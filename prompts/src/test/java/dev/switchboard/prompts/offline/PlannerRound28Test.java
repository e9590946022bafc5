package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Twenty-eighth round: events said as a headline, a numbered item, "any time", a creation or an update, everything that
 * happens on a form, someone doing something, every completed thing; searches and storage reads asked as a check; a
 * sending by one app of another app's data; orders said without a comma; on sentences written for this test, none from an
 * evaluation set.
 */
class PlannerRound28Test {

    @Test
    void headlineOfWhatHappened_isTheEvent() {
        Skeleton s = skeleton("Pump inspection received in Kizeo. Email the PDF to maintenance@plant.test.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void numberedItems_loseTheirNumbers() {
        Skeleton s = skeleton("1) un bon de livraison est terminé dans Kizeo\n2) on l'exporte au format Excel personnalisé\n"
                + "3) on le dépose dans Dropbox");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.export_data_custom_excel", "dropbox.upload_file");
    }

    @Test
    void createdOrModified_isTheNewOrUpdatedEvent() {
        assertThat(skeleton("Any time a record is created or modified in our Kizeo form 'Stock', append a row to the 'Stock log' sheet.")
                .trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
        assertThat(skeleton("À chaque création ou mise à jour d'une fiche chantier dans Kizeo, mets à jour l'affaire Salesforce "
                + "correspondante.").trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
    }

    @Test
    void everythingThatHappensOnAForm_listensToEveryEvent() {
        BuildResult draft = Planned.build("I want to keep track of everything that happens on the Kizeo form "
                + "'Boiler check': one row per event in the 'Audit trail' Google Sheet.");
        assertThat(draft.valid()).isTrue();
        JsonNode trigger = draft.flow().get("trigger");
        assertThat(trigger.get("event").asString()).isEqualTo("data_event");
        assertThat(trigger.at("/params/events").toString()).isEqualTo("[\"finished\",\"update\",\"push\",\"pull\",\"delete\"]");
        assertThat(draft.flow().at("/steps/0/action").asString()).isEqualTo("google_sheets.append_row");
    }

    @Test
    void whetherOneExists_isASearch() {
        Skeleton jira = skeleton("Pour chaque mail reçu sur Gmail, cherche s'il existe déjà un ticket Jira avec le même objet. "
                + "Si oui, ajoute le mail en commentaire ; sinon, crée un ticket.");
        assertThat(jira.actions()).containsExactly("jira.search_issues", "jira.add_comment", "jira.create_issue");
        Skeleton storage = skeleton("New row in the 'Orders' sheet -> check our storage whether we have already handled that "
                + "order number. If not, create a lead in Zoho CRM and save the number in storage.");
        assertThat(storage.actions()).containsExactly("storage.get", "zoho_crm.create_lead", "storage.put");
    }

    @Test
    void subFlowAndPdfOfEveryCompletedThing() {
        assertThat(skeleton("When a site audit is finished in Kizeo, run the sub-flow 'Archive audit', then post the PDF to the "
                + "Slack channel #audits.").actions())
                .containsExactly("flows.run_flow", "kizeo_forms.download_standard_pdf", "slack.upload_file");
        Skeleton every = skeleton("Post the PDF of every completed boiler inspection to the Slack channel #ops.");
        assertThat(every.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(every.actions()).containsExactly("kizeo_forms.download_standard_pdf", "slack.upload_file");
    }

    @Test
    void formatSaidInAList_isDoneBeforeTheRow() {
        Skeleton s = skeleton("Quand je reçois une facture sur Gmail, ajoute une ligne dans le Sheet « Factures » avec le "
                + "fournisseur, le montant et la date au format JJ/MM/AAAA.");
        assertThat(s.actions()).containsExactly("gmail.get_email", "data.format_date", "google_sheets.append_row");
    }

    @Test
    void someoneDoingWhatAnEventSays_isTheEvent() {
        Skeleton s = skeleton("If a technician updates a job sheet in Kizeo, update the linked ServiceNow incident with the new status.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_updated");
        assertThat(s.actions()).containsExactly("servicenow.update_incident");
    }

    @Test
    void showingUpElsewhere_createsItThere() {
        Skeleton s = skeleton("Each new Jira bug in project APP should also show up as a card in our Trello 'Bugs' list.");
        assertThat(s.trigger()).isEqualTo("jira.new_issue");
        assertThat(s.actions()).containsExactly("trello.create_card");
    }

    @Test
    void sentByOneApp_readFromTheOther() {
        Skeleton s = skeleton("Tous les vendredis à 17h, envoie-moi par Gmail la liste des contrôles saisis cette semaine sur Kizeo.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_filtered_data", "gmail.send_email");
    }

    @Test
    void ordersSaidWithoutAComma_areSteps() {
        assertThat(skeleton("Our booking tool calls a webhook for every new booking. Post the guest name to #bookings on Slack, "
                + "and add the guest to Zoho CRM as a lead.").actions()).containsExactly("slack.send_message", "zoho_crm.create_lead");
        Skeleton form = skeleton("Partner requests come in through a Google Form. For each new response create a contact in "
                + "Salesforce and ping #partners on Slack.");
        assertThat(form.trigger()).isEqualTo("google_forms.new_response");
        assertThat(form.actions()).containsExactly("salesforce.create_contact", "slack.send_message");
    }

    @Test
    void exportedAsPdf_namesTheFormat() {
        BuildResult draft = Planned.build("Dès qu'un Google Doc arrive dans le dossier Drive « Devis », exporte-le en "
                + "PDF et envoie-le à compta@acme.test.");
        assertThat(draft.valid()).isTrue();
        assertThat(draft.flow().at("/steps/0/action").asString()).isEqualTo("google_drive.export_file");
        assertThat(draft.flow().at("/steps/0/input/mime_type").asString()).isEqualTo("application/pdf");
        assertThat(draft.flow().at("/steps/0/input/file_id").asString()).isEqualTo("{{ trigger.id }}");
    }

    @Test
    void whatATeamDoesBeforeTheEvent_isNoStep() {
        BuildResult draft = Planned.build("Ops log outages in Jira, project OPS. For every new issue there, post it in "
                + "the Teams channel 'Ops' and add a comment on the issue.");
        assertThat(draft.valid()).isTrue();
        assertThat(Skeleton.of(draft.flow()).actions()).containsExactly("microsoft_teams.send_message", "jira.add_comment");
        assertThat(draft.flow().at("/steps/1/input/issue_key").asString()).isEqualTo("{{ trigger.key }}");
    }

    @Test
    void valuesKeptBetweenRuns_areReadFromStorage() {
        Skeleton s = skeleton("Quand une visite est validée dans Kizeo, lis la dernière mesure mémorisée pour ce site ; si elle a "
                + "baissé, préviens le responsable par mail Outlook. Enregistre ensuite la nouvelle mesure.");
        assertThat(s.actions()).containsExactly("storage.get", "outlook.send_email", "storage.put");
        assertThat(skeleton("Every day at 9, get the rows of the 'Visits' sheet, group them by technician and email each one his list.")
                .actions()).containsExactly("google_sheets.get_rows", "data.transform", "email.send_email");
    }
}
