package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twenty-sixth round: orders told as "once that's done", as "DM them", as "sync into"; manual flows told as something
 * to kick off; events told colloquially ("gets edited", "for new emails", "if … is ever deleted", "can fire a
 * webhook"); states that look like verbs ("still open"); reads chosen by what the clause names (an id, a Word export,
 * a Google Doc, a storage key, a named form's reports); on sentences written for this test, none from an evaluation set.
 */
class PlannerRound26Test {

    @Test
    void onceThatsDone_isTheNextOrder() {
        Skeleton s = skeleton("Every morning at 7 fetch the unread entries of the Kizeo form 'Stock count', add each one as a row "
                + "in the sheet 'Counts', and once that's done mark them as read in Kizeo.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_unread_data", "google_sheets.append_row",
                "kizeo_forms.mark_data_as_read");
    }

    @Test
    void putInAnAudienceOrUpdate_isOneAddOrUpdate() {
        Skeleton s = skeleton("When a visitor fills in our Google Form, put them in the Mailchimp audience 'Open day' (update them "
                + "if they are already in it).");
        assertThat(s.actions()).containsExactly("mailchimp.add_or_update_member");
    }

    @Test
    void somethingToKickOffByHand_isAManualFlow() {
        Skeleton kick = skeleton("I'd like a flow I can kick off by hand: list the files in the Google Drive folder 'Menus' and "
                + "post one Teams message per file in the Kitchen > General channel.");
        assertThat(kick.trigger()).isEqualTo("manual.run");
        assertThat(kick.actions()).containsExactly("google_drive.list_files", "microsoft_teams.send_message");
        Skeleton something = skeleton("Something I can run manually: get all our Kizeo users, find each one's Slack account by "
                + "their email and DM them a reminder to update the app.");
        assertThat(something.trigger()).isEqualTo("manual.run");
        assertThat(something.actions()).containsExactly("kizeo_forms.get_all_users", "slack.find_user_by_email",
                "slack.send_message");
    }

    @Test
    void colloquialEvents() {
        assertThat(skeleton("when a water reading form gets edited in kizeo post a msg to the teams channel Water so ppl know")
                .trigger()).isEqualTo("kizeo_forms.data_updated");
        Skeleton deleted = skeleton("Depot compliance: if a fuel log submission is ever deleted in Kizeo Forms, add a row to our "
                + "audit Google Sheet.");
        assertThat(deleted.trigger()).isEqualTo("kizeo_forms.data_deleted");
        assertThat(deleted.actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("Facilities: for new emails in the maintenance@ Outlook mailbox, open a ServiceNow incident.")
                .trigger()).isEqualTo("outlook.new_email");
        assertThat(skeleton("Our ticketing site can fire a webhook for each new booking. On each one, push a pre-filled form to "
                + "the Kizeo user crew-2.").trigger()).isEqualTo("webhook.catch_hook");
    }

    @Test
    void aStateAfterStill_isNoOrder() {
        Skeleton s = skeleton("Our alerting tool will call a webhook with a ServiceNow incident number. Fetch that incident; if "
                + "it's still open, update it with the work note 'still down'.");
        assertThat(s.actions()).containsExactly("servicenow.get_incident", "servicenow.update_incident");
    }

    @Test
    void aReadByTheIdSaid_andAMailWhenTheNamedAppCannotSend() {
        Skeleton s = skeleton("When a nurse completes the 'Visit' form in Kizeo, look up the client in Ogust using the client ID "
                + "from the form, then send an email to the family contact from the Ogust record.");
        assertThat(s.actions()).containsExactly("ogust.get_customer", "email.send_email");
    }

    @Test
    void theFormatSaid_choosesTheExport() {
        Skeleton s = skeleton("Once an audit is completed in Kizeo, generate our custom Word export 'Audit report' for that "
                + "submission and Gmail it to the client.");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_custom_export", "gmail.send_email");
    }

    @Test
    void exportingTheEventsFile_orAGoogleDoc_isGoogleDrives() {
        assertThat(skeleton("Quand un nouveau devis est ajouté dans le dossier Google Drive 'Devis', l'exporter en PDF et "
                + "l'envoyer via Outlook à compta@example.test.").actions())
                .containsExactly("google_drive.export_file", "outlook.send_email");
        assertThat(skeleton("Every Monday at 8, export the Google Doc 'Rota' as PDF and send it to team@example.test with Outlook.")
                .actions()).containsExactly("google_drive.export_file", "outlook.send_email");
    }

    @Test
    void whatANamedFormHolds_isItsData() {
        Skeleton s = skeleton("Chaque vendredi à 17h, poster dans le canal Teams 'Voirie' la liste des incidents de la semaine "
                + "(formulaire Kizeo 'Incidents').");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_filtered_data", "microsoft_teams.send_message");
    }

    @Test
    void forEachItemItsThings_readsThemWithTheVerbSaidBefore() {
        Skeleton s = skeleton("Lancement à la main : récupérer tous les groupes Kizeo, puis pour chaque groupe ses utilisateurs, "
                + "et ajouter chaque utilisateur dans le Google Sheet 'Annuaire'.");
        assertThat(s.trigger()).isEqualTo("manual.run");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_all_groups", "kizeo_forms.get_group_users",
                "google_sheets.append_row");
    }

    @Test
    void forEachItemAnOrderOnItsOwnThings_namesTheItem() {
        Skeleton s = skeleton("Run by hand: list all Kizeo groups and, for each group, get its members and post them in Slack "
                + "#directory.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_all_groups", "kizeo_forms.get_group_users", "slack.send_message");
    }

    @Test
    void createdAlsoElsewhere_makesWhatTheEventMade() {
        Skeleton s = skeleton("Every new contact created in Salesforce must also be created in Zoho CRM.");
        assertThat(s.trigger()).isEqualTo("salesforce.new_record");
        assertThat(s.actions()).containsExactly("zoho_crm.create_record");
    }

    @Test
    void aCountOfWhatIsStillOpen_isSentNotCreated() {
        Skeleton s = skeleton("Every Friday at 16:00 get all the items of the Kizeo list 'Punch list' and email the foreman "
                + "(foreman@example.test) how many are still open.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_all_list_items", "email.send_email");
    }

    @Test
    void todaysEmails_areSearched() {
        Skeleton s = skeleton("Every evening at 20:00 search Gmail for today's emails with the label Refunds and post how many "
                + "there were in slack #support.");
        assertThat(s.actions()).containsExactly("gmail.search_emails", "slack.send_message");
    }

    @Test
    void syncIntoAList_addsAnItem_andALinkGivenIsNoRequest() {
        assertThat(skeleton("Poll Kizeo for new or updated 'Boiler check' reports and sync each one into the SharePoint list "
                + "'Boilers'.").actions()).containsExactly("sharepoint.create_list_item");
        assertThat(skeleton("Gala enquiries come into gala@example.test (Outlook). For each new one, create a lead in Zoho CRM and "
                + "reply to the sender with our price list link https://example.test/prices.").actions())
                .containsExactly("zoho_crm.create_lead", "outlook.reply_to_email");
    }

    @Test
    void aStorageKey_isInStorage_andADescriptionIsNoStep() {
        assertThat(skeleton("When an inspection is deleted in Kizeo, delete that storage key and post a note in slack #qa.")
                .actions()).containsExactly("storage.delete", "slack.send_message");
        assertThat(skeleton("nouveau message dans slack #devis -> le message contient du JSON, faut le parser et créer une ligne "
                + "dans le sheet Devis").actions()).containsExactly("data.parse_json", "google_sheets.append_row");
    }

    @Test
    void frenchWords_accountServicesAndSpokenJeVeux() {
        assertThat(skeleton("Chaque soir à 18h, rechercher dans Ogust les prestations du lendemain et les envoyer en planning "
                + "dans Kizeo aux intervenants.").actions()).containsExactly("ogust.search_services", "kizeo_forms.push_planning");
        Skeleton spoken = skeleton("jveux que chaque nouveau fichier dans dropbox /Chantier soit posté sur slack dans #photos");
        assertThat(spoken.trigger()).isEqualTo("dropbox.new_file");
        assertThat(spoken.actions()).containsExactly("dropbox.download_file", "slack.upload_file");
    }

    @Test
    void aThingWishedSomewhere_andAMessageAfterAnd_areTwoOrders() {
        Skeleton s = skeleton("Dès qu'un compte-rendu de réunion d'équipe est validé sur la tablette (Kizeo), on veut le PDF dans "
                + "le dossier Google Drive 'CR' et un petit message Teams au chef d'équipe.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "google_drive.upload_file",
                "microsoft_teams.send_message");
    }

    @Test
    void anOpp_isAnOpportunity_andADmToSomeoneWhoseEmailComesWithTheEvent_findsThemFirst() {
        Skeleton s = skeleton("Our app calls a webhook when a trial ends. Create a renewal opp in Salesforce and ping the account "
                + "owner in DM on Slack (owner's email in the payload).");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("salesforce.create_opportunity", "slack.find_user_by_email", "slack.send_message");
    }

    @Test
    void aPdfAnsweredBack_isDownloadedFirst() {
        Skeleton s = skeleton("Notre extranet appelle une URL avec formId et dataId : il faut lui renvoyer en réponse le PDF "
                + "standard Kizeo de la saisie.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "webhook.respond");
    }
}
