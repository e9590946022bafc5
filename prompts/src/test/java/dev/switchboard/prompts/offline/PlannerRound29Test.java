package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Twenty-ninth round: events said by what people do before the request ("staff report … on Slack. Can each message…"),
 * an app's own webhook for several kinds, a passive order after the event's place, headings that say the event, a form
 * saved without its app; the data put into words (a summary, « mettre en forme »), apps told of in the context, and what
 * is only background (today's practice, a benefit, a closing offer); on sentences written for this test, none from an
 * evaluation set.
 */
class PlannerRound29Test {

    @Test
    void passiveOrderAfterTheEventsPlace_keepsThePlaceInTheEvent() {
        Skeleton s = skeleton("Could you make it so that each new deal in Salesforce gets posted to #deals in Slack?");
        assertThat(s.trigger()).isEqualTo("salesforce.new_record");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void headingThatSaysWhatIsNew_isTheEvent() {
        Skeleton s = skeleton("New Trello card: if its label is Urgent, ping #support on Slack; otherwise add it as a row in the "
                + "'Backlog' sheet.");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("slack.send_message", "google_sheets.append_row");
    }

    @Test
    void whatPeopleDoInAnApp_startsTheFlowWhenEachOneIsActedOn() {
        Skeleton slack = skeleton("Staff report broken equipment in #maintenance on Slack. Can each message open a ServiceNow "
                + "incident and then put a 👀 reaction on the message?");
        assertThat(slack.trigger()).isEqualTo("slack.new_message");
        assertThat(slack.actions()).containsExactly("servicenow.create_incident", "slack.add_reaction");
        Skeleton dropbox = skeleton("hey so the copier drops scans in dropbox /Inbox, can u copy every new one into google drive?");
        assertThat(dropbox.trigger()).isEqualTo("dropbox.new_file");
        assertThat(dropbox.actions()).containsExactly("dropbox.download_file", "google_drive.upload_file");
        Skeleton outlook = skeleton("Les clients écrivent à sav@boutique.test (Outlook) quand un colis est abîmé. Chaque mail doit "
                + "créer un incident ServiceNow et qu'on réponde au client avec le numéro.");
        assertThat(outlook.trigger()).isEqualTo("outlook.new_email");
        assertThat(outlook.actions()).containsExactly("servicenow.create_incident", "outlook.reply_to_email");
    }

    @Test
    void arrivalsNamedByAKindOfThing_areTheEvent() {
        Skeleton s = skeleton("Booking requests from bob@venue.test arrive in Gmail, can we read the date out of the mail and "
                + "create an event in Google Calendar?");
        assertThat(s.trigger()).isEqualTo("gmail.new_email");
        assertThat(s.actions()).containsExactly("gmail.get_email", "google_calendar.create_event");
    }

    @Test
    void oneWebhookForThreeKinds_isTheAppsEventOfManyKinds() {
        BuildResult english = Planned.build("Set up one Kizeo webhook covering finished, updated and deleted data on the "
                + "'Tool loan' form, and POST every event to https://erp.test/hooks/kizeo.");
        JsonNode trigger = english.flow().get("trigger");
        assertThat(trigger.get("event").asString()).isEqualTo("data_event");
        assertThat(trigger.at("/params/events").toString()).isEqualTo("[\"finished\",\"update\",\"delete\"]");
        Skeleton french = skeleton("Un seul webhook Kizeo pour les créations, modifs et suppressions du formulaire « Parc » : on "
                + "lance le flow « Synchro parc ».");
        assertThat(french.trigger()).isEqualTo("kizeo_forms.data_event");
        assertThat(french.actions()).containsExactly("flows.run_flow");
        // a deletion said with the thing deleted is still one kind
        assertThat(skeleton("If anyone deletes a submission in Kizeo, post it in #audit on Slack.").trigger())
                .isEqualTo("kizeo_forms.data_deleted");
    }

    @Test
    void somethingSavedInANamedForm_isTheFormHandedIn() {
        Skeleton s = skeleton("Quand un chauffeur enregistre une livraison dans le formulaire « Tournée », ajoute une ligne au "
                + "Google Sheet « Livraisons ».");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("whenever the drivers finish the daily vehicle check, post a message in #fleet on slack").trigger())
                .isEqualTo("kizeo_forms.data_finished");
    }

    @Test
    void dataPutIntoWords_isFormattedBeforeItIsSent() {
        Skeleton english = skeleton("I want a button I can press after exam week: pull the responses from the Google Form "
                + "'Course survey', turn them into a short summary text and email it to dean@school.test.");
        assertThat(english.trigger()).isEqualTo("manual.run");
        assertThat(english.actions()).containsExactly("google_forms.list_responses", "data.format_text", "email.send_email");
        Skeleton french = skeleton("Tous les soirs à 18h : chercher les tickets Jira ouverts du jour, mettre ça en forme et "
                + "l'envoyer sur Slack dans #support.");
        assertThat(french.actions()).containsExactly("jira.search_issues", "data.format_text", "slack.send_message");
    }

    @Test
    void aThingOnlyAToldAppHas_picksThatApp() {
        Skeleton s = skeleton("Our team uses Mailchimp for the customer newsletter. When a new row is added to the 'Signups' "
                + "sheet, add the person to the audience.");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("mailchimp.add_member");
    }

    @Test
    void aPurposeClause_saysNoSchedule() {
        Skeleton s = skeleton("When a new contact is created in Zoho CRM, add it to the Mailchimp audience 'Clients' so they get "
                + "the monthly newsletter.");
        assertThat(s.trigger()).isEqualTo("zoho_crm.new_record");
        assertThat(s.actions()).containsExactly("mailchimp.add_member");
    }

    @Test
    void theFlowSaidIt_afterASchedule_ordersTheSteps() {
        Skeleton s = skeleton("Every Friday at 4pm it reads the 'Hours' sheet and posts the rows in #team on Slack.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "slack.send_message");
    }

    @Test
    void onDemandFlowForARecurringPurpose_isManual() {
        Skeleton s = skeleton("For the yearly inventory I'd like to be able to run this myself whenever the accountants ask. "
                + "Export the 'Stock count' data from Kizeo to Excel and upload it to Dropbox.");
        assertThat(s.trigger()).isEqualTo("manual.run");
        assertThat(s.actions()).containsExactly("kizeo_forms.export_data_excel", "dropbox.upload_file");
    }

    @Test
    void backgroundBenefitAndClosingOffer_addNoStep() {
        Skeleton s = skeleton("When a technician finishes the 'Boiler service' form, email the PDF to the customer. The customers "
                + "keep asking for it and right now Paul sends them by hand every evening, which takes him an hour. This would "
                + "save us a lot of time. They can see the reports in Kizeo anyway. Let me know if anything is unclear!");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void aSignatureSendOfADocument_isThePandaDocSend_onTheDocumentMade() {
        BuildResult draft = Planned.build("When a 'Quote request' form is submitted in Kizeo, create a PandaDoc document from the "
                + "template 'Quote' and send it to the customer for signature.");
        assertThat(Skeleton.of(draft.flow()).actions()).containsExactly("pandadoc.create_document", "pandadoc.send_document");
        assertThat(draft.flow().at("/steps/1/input/document_id").asString()).isEqualTo("{{ steps.document.id }}");
    }

    @Test
    void aFolderJustMade_isWhereTheFileGoes() {
        BuildResult draft = Planned.build("When a report is finished in Kizeo, get the PDF, create a Google Drive folder named after "
                + "the site and upload the PDF into it.");
        assertThat(Skeleton.of(draft.flow()).actions())
                .containsExactly("kizeo_forms.download_standard_pdf", "google_drive.create_folder", "google_drive.upload_file");
        assertThat(draft.flow().at("/steps/2/input/folder_id").asString()).isEqualTo("{{ steps.folder.id }}");
    }
}
