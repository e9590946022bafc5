package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twelfth round: what a clause loses or adds by its grammar (a condition closed by "also", a passive "gets added",
 * answering the caller, a plus between orders), what a person hands the flow, and product names of the suite an app
 * belongs to; on sentences written for this test, none from an evaluation set.
 */
class PlannerHandsTest {

    @Test
    void alsoAfterACondition_opensTheOrderItGuards() {
        Skeleton en = skeleton("New Jira issue: create a Trello card, and if it is a bug also post to #bugs on Slack.");
        assertThat(en.actions()).containsExactly("trello.create_card", "slack.send_message");
        assertThat(en.controls()).contains("if");
        Skeleton quoted = skeleton("When a Trello card is created, add a row to the Google Sheet 'Cards', and if the label is 'Red' "
                + "also email boss@acme.test from Outlook.");
        assertThat(quoted.actions()).containsExactly("google_sheets.append_row", "outlook.send_email");
        Skeleton fr = skeleton("Quand un ticket Jira est créé, crée une carte Trello, et si c'est urgent aussi préviens #ops sur Slack.");
        assertThat(fr.actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void answeringTheCaller_repliesToTheCall() {
        Skeleton en = skeleton("A webhook gets a booking, creates a Google Calendar event and answers the caller with the event id.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("google_calendar.create_event", "webhook.respond");
        Skeleton fr = skeleton("Un webhook reçoit une réservation, crée une carte Trello et répond à l'appelant avec l'id de la carte.");
        assertThat(fr.actions()).containsExactly("trello.create_card", "webhook.respond");
    }

    @Test
    void theMailboxOfTheOfficeSuite_isOutlook() {
        assertThat(skeleton("When a Jira issue is created, email ops@acme.test from my Office 365 mailbox.").actions())
                .containsExactly("outlook.send_email");
        assertThat(skeleton("Every Monday at 9, send the Mailchimp report to boss@acme.test from our M365 inbox.").actions())
                .containsExactly("mailchimp.get_campaign_report", "outlook.send_email");
        assertThat(skeleton("Quand une carte Trello est créée, envoie un mail à ops@acme.test depuis ma boîte mail Microsoft 365.").actions())
                .containsExactly("outlook.send_email");
    }

    @Test
    void aSlipInTheWordWebhook_keepsTheEvent_andAPlusJoinsTwoOrders() {
        Skeleton s = skeleton("webook from our booking page → create a Trello card + post to #bookings on Slack");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void whatGetsAddedSomewhere_isThePassiveOfTheOrder() {
        Skeleton s = skeleton("Each new answer to our Google Forms survey gets added to the 'Answers' spreadsheet, and the person "
                + "gets a thank-you email from our Gmail.");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("google_sheets.append_row", "gmail.send_email");
    }

    @Test
    void aSheetOrSpreadsheet_namesGoogleSheets_unlessAnotherProductsSheet() {
        assertThat(skeleton("When a Trello card is created, add it to the 'Cards' spreadsheet.").actions())
                .containsExactly("google_sheets.append_row");
        assertThat(skeleton("When a Trello card is created, upload it to the Excel sheet 'Cards' in SharePoint.").actions())
                .doesNotContain("google_sheets.append_row");
    }

    @Test
    void aValueThePersonHandsTheFlow_addsNoStep() {
        Skeleton en = skeleton("Manual flow: I give it a phone number, it finds the contact in Salesforce and posts it to #support on Slack.");
        assertThat(en.trigger()).isEqualTo("manual.run");
        assertThat(en.actions()).containsExactly("salesforce.find_records", "slack.send_message");
        Skeleton list = skeleton("Create a flow I trigger manually with a list of emails; it adds each one to the Mailchimp audience 'News'.");
        assertThat(list.trigger()).isEqualTo("manual.run");
        assertThat(list.actions()).containsExactly("mailchimp.add_member");
        Skeleton fr = skeleton("Un flux que je lance à la main avec un numéro de commande : il cherche la commande dans Salesforce "
                + "et l'envoie sur Slack #ventes.");
        assertThat(fr.trigger()).isEqualTo("manual.run");
        assertThat(fr.actions()).containsExactly("salesforce.find_records", "slack.send_message");
    }

    @Test
    void aPresentFormWithItsPronoun_isTheFlowsNextOrder() {
        Skeleton s = skeleton("Manual flow: it finds the contact in Salesforce and posts it to #support on Slack.");
        assertThat(s.actions()).containsExactly("salesforce.find_records", "slack.send_message");
    }

    @Test
    void ourSystemSendingAfterAWebhook_isWhoCallsIt() {
        Skeleton fr = skeleton("Webhook : quand notre boutique envoie une nouvelle commande, crée une carte Trello puis poste un message "
                + "sur Slack #ventes.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("trello.create_card", "slack.send_message");
        Skeleton en = skeleton("Webhook: when our shop sends a new order, create a Trello card and post to #sales on Slack.");
        assertThat(en.actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void labelledTriggerAndAction_areTheEventAndTheOrder() {
        Skeleton en = skeleton("Trigger: a new Trello card. Action: POST the card to https://erp.acme.test/api/cards.");
        assertThat(en.trigger()).isEqualTo("trello.new_card");
        assertThat(en.actions()).containsExactly("http.request");
        Skeleton fr = skeleton("Déclencheur : une nouvelle carte Trello. Action : poster un message sur Slack #cartes.");
        assertThat(fr.trigger()).isEqualTo("trello.new_card");
        assertThat(fr.actions()).containsExactly("slack.send_message");
    }

    @Test
    void anyEventOnTheData_isTheTriggerForEveryEvent() {
        assertThat(skeleton("Trigger: any event on the Kizeo form 'Audit' (saved, updated or deleted). Action: add a row to the "
                + "Google Sheet 'Log'.").trigger()).isEqualTo("kizeo_forms.data_event");
    }

    @Test
    void checkingWhetherSomethingExists_searchesForIt() {
        Skeleton en = skeleton("For every new Zoho lead, check whether a contact with the same email already exists in Salesforce; "
                + "if not, create the contact.");
        assertThat(en.actions()).containsExactly("salesforce.find_records", "salesforce.create_contact");
        assertThat(en.controls()).contains("if");
        Skeleton jira = skeleton("When a Trello card is created, check if a Jira issue with the same title already exists; if not, "
                + "create the issue.");
        assertThat(jira.actions()).containsExactly("jira.search_issues", "jira.create_issue");
        Skeleton fr = skeleton("Pour chaque nouveau lead Salesforce, vérifie si le contact existe déjà ; si ce n'est pas le cas, crée le contact.");
        assertThat(fr.actions()).containsExactly("salesforce.find_records", "salesforce.create_contact");
    }

    @Test
    void puttingSomethingIntoAList_addsAnEntry() {
        assertThat(skeleton("When a Trello card is created, put the due date into our SharePoint list 'Deadlines'.").actions())
                .containsExactly("sharepoint.create_list_item");
        assertThat(skeleton("Quand une carte Trello est créée, mets la date dans la liste SharePoint « Échéances ».").actions())
                .containsExactly("sharepoint.create_list_item");
        assertThat(skeleton("When a Dropbox file is added, put it in the Google Drive folder 'In'.").actions())
                .containsExactly("dropbox.download_file", "google_drive.upload_file");
    }

    @Test
    void howManyThingsWereDone_isAStatistic() {
        assertThat(skeleton("Every Monday at 8, post to #ops on Slack how many Kizeo forms were filled in last week.").actions())
                .containsExactly("kizeo_forms.get_forms_statistics", "slack.send_message");
        assertThat(skeleton("Chaque lundi à 8h, poste sur Slack #direction combien de formulaires Kizeo ont été remplis.").actions())
                .containsExactly("kizeo_forms.get_forms_statistics", "slack.send_message");
    }

    @Test
    void itGetsDone_isTheOrder_andPeopleToldInThePassiveAreNotified() {
        Skeleton en = skeleton("Each time a new file appears in the Google Drive folder 'Specs', it gets shared with dev@acme.test and "
                + "the #dev channel on Slack is told about it.");
        assertThat(en.trigger()).isEqualTo("google_drive.new_file");
        assertThat(en.actions()).containsExactly("google_drive.share_file", "slack.send_message");
        assertThat(skeleton("When a new file lands in the Dropbox folder 'Quotes', it gets copied to Google Drive.").actions())
                .containsExactly("dropbox.download_file", "google_drive.upload_file");
        Skeleton fr = skeleton("Quand une carte Trello est créée, ajoute une ligne dans la feuille Google « Cartes » et l'équipe #ops "
                + "sur Slack est prévenue.");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row", "slack.send_message");
    }

    @Test
    void persoIsCustom_andWritingIntoTheMatchingRowUpdatesIt() {
        assertThat(skeleton("Quand une donnée Kizeo est enregistrée, envoie l'export perso par Outlook à chef@acme.test.").actions())
                .containsExactly("kizeo_forms.download_custom_export", "outlook.send_email");
        assertThat(skeleton("A webhook gets an order number and a status; write the status into the matching row of the Google Sheet "
                + "'Orders'.").actions()).containsExactly("google_sheets.update_row");
        assertThat(skeleton("Un webhook reçoit un numéro de commande et un statut : écris le statut dans la ligne correspondante de la "
                + "feuille Google « Commandes ».").actions()).containsExactly("google_sheets.update_row");
    }
}
