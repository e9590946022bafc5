package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Tenth round: reads of a time window, what a read's title says, apps named in an aside, compounds
 * and fields that are no order ("on-call", "the client's email"), additions to a record, on sentences
 * written for this test; none comes from an evaluation set.
 */
class PlannerFieldsTest {

    @Test
    void readOfATimeWindow_isTheAppsSearch() {
        assertThat(skeleton("Every Tuesday at 10am, fetch all the Kizeo safety audits of last month and save the PDF of each one "
                + "to Dropbox /Audits.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.download_standard_pdf", "dropbox.upload_file");
        assertThat(skeleton("Le 2 de chaque mois à 7h, récupère toutes les visites du mois précédent dans Kizeo et pour chacune "
                + "télécharge le PDF et dépose-le dans Dropbox.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.download_standard_pdf", "dropbox.upload_file");
        // an app whose list is what is named keeps it
        assertThat(skeleton("Every evening at 7pm, grab the Jira issues created during the day and post a summary in Slack #dev.")
                .actions()).containsExactly("jira.search_issues", "slack.send_message");
    }

    @Test
    void aReadOfExports_doesNotExport() {
        // "Get form exports" lists export models; exporting this week's data is the export, fed by a search
        assertThat(skeleton("Chaque vendredi à 17h, exporte en Excel toutes les saisies de la semaine écoulée du formulaire "
                + "« Chantiers » et range le fichier dans Dropbox.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel", "dropbox.upload_file");
    }

    @Test
    void mailingAnExport_mailsTheFileTheAppMakes() {
        assertThat(skeleton("Chaque vendredi à 16h, envoie-moi par mail l'export Excel des bons de livraison Kizeo de la semaine.")
                .actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel", "email.send_email");
        // "mail me" opening the order is the sending; the export is what it carries
        assertThat(skeleton("Every Friday at 4pm, mail me the Excel export of this week's Kizeo delivery notes.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel", "email.send_email");
    }

    @Test
    void anAsideThatNamesAnApp_saysWhereTheThingLives() {
        Skeleton s = skeleton("When a new row is added to the budget sheet (Google Sheets), post it to Slack #finance.");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(skeleton("Quand un ticket est créé dans le projet Support (Jira), préviens l'équipe sur Teams.").trigger())
                .isEqualTo("jira.new_issue");
    }

    @Test
    void aCompoundOpenedByAPreposition_ordersNothing() {
        // "on-call" qualifies the engineer (no API call); paging someone notifies them
        assertThat(skeleton("When a Jira issue is created with priority Highest, page the on-call engineer on Slack #incidents.")
                .actions()).containsExactly("slack.send_message");
    }

    @Test
    void anEmailThatIsAField_sendsNothing() {
        assertThat(skeleton("Make a flow I run by hand: I enter a customer's email, phone and address, and it creates the client "
                + "in Ogust.").actions()).containsExactly("ogust.create_or_update_client");
        assertThat(skeleton("When a new Salesforce lead comes in, add a row to the Google Sheet 'Leads' with the lead's name, "
                + "email and phone.").actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("Quand une ligne est ajoutée dans Google Sheets, crée un dossier Drive au nom du client et partage-le "
                + "avec son adresse mail.").actions()).containsExactly("google_drive.create_folder", "google_drive.share_file");
        // "by email" says how the contact is found
        assertThat(skeleton("By hand: find the Salesforce contact by email and update its phone.").actions())
                .containsExactly("salesforce.find_records", "salesforce.update_record");
    }

    @Test
    void addingToARecordNoActionAddsTo_updatesTheRecord() {
        // ServiceNow has no action that adds comments: a comment added on an incident changes the incident
        assertThat(skeleton("Quand une carte Trello est archivée, ajoute la date en commentaire sur l'incident ServiceNow.")
                .actions()).containsExactly("servicenow.update_incident");
        // the record the event named is the event's own
        assertThat(skeleton("When a new opportunity is created in Salesforce, create a Trello card and write the card link back "
                + "onto the opportunity.").actions()).containsExactly("trello.create_card", "salesforce.update_record");
        // an app that adds that thing keeps its action; adding the things in hand to a list or sheet adds items
        assertThat(skeleton("When a Trello card is created, add a comment to the Jira issue KEY-1.").actions())
                .containsExactly("jira.add_comment");
        assertThat(skeleton("Every Thursday at 4pm, get the open Jira issues and add them to the shared Google Sheet.").actions())
                .containsExactly("jira.search_issues", "google_sheets.append_row");
    }
}
