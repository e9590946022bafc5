package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * How the offline planner chooses actions and the reads a sentence leaves implicit (fourth and
 * seventh rounds), each on sentences written for this test; none comes from an evaluation set.
 */
class PlannerChoiceTest {

    @Test
    void exportOfARestrictedSetOfData_searchesItFirst() {
        assertThat(skeleton("Every Monday at 7am, export to CSV yesterday's submissions of the Kizeo form 'Deliveries' and upload "
                + "the file to Dropbox.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "dropbox.upload_file");
        assertThat(skeleton("Chaque lundi à 7h, envoyer par mail à chef@acme.test l'export CSV des saisies de la veille du "
                + "formulaire Kizeo « Livraisons ».").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "email.send_email");
    }

    @Test
    void readingSeveralThings_isASearchNotOneGet() {
        assertThat(skeleton("Tous les soirs à 18h, récupérer les tickets Jira encore ouverts et les envoyer sur Slack #support.")
                .actions()).containsExactly("jira.search_issues", "slack.send_message");
    }

    @Test
    void fieldTheTriggerDoesNotCarry_isReadFirst_onlyWhenMissing() {
        assertThat(skeleton("When a new Gmail message arrives, post its subject in Slack #mail.").actions())
                .containsExactly("gmail.get_email", "slack.send_message");
        assertThat(skeleton("When a new Outlook email arrives, post its subject in Slack #mail.").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void pronounAfterAStep_pointsToThatStepsApp() {
        assertThat(skeleton("Every Monday at 8am, take last week's Kizeo submissions, export them to an Excel file and mail it to "
                + "boss@acme.test.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel", "email.send_email");
    }

    @Test
    void appsOwnActionBeatsItsRawApiCall() {
        assertThat(skeleton("Quand une nouvelle ligne est ajoutée dans Google Sheets, envoyer le formulaire prérempli au technicien "
                + "dans Kizeo Forms.").actions()).containsExactly("kizeo_forms.push_data");
    }

    @Test
    void appOfTheSameFamily_actsOnTheNamedAppsDocuments() {
        assertThat(skeleton("Every Monday at 9am, export the Google Sheet 'Sales' as PDF and post it on Slack #sales.").actions())
                .containsExactly("google_drive.export_file", "slack.upload_file");
    }

    @Test
    void writingIntoAColumn_updatesTheRow() {
        assertThat(skeleton("Quand une ligne est ajoutée dans Google Sheets, écrire 'Traité' dans la colonne F de cette ligne.")
                .actions()).containsExactly("google_sheets.update_row");
    }

    @Test
    void asideOfLiteralsOnly_staysWithItsClause() {
        assertThat(skeleton("Chaque lundi à 8h, appeler l'API de notre outil de stock (GET https://stock.exemple.test/api/articles) "
                + "et poster le résultat dans Slack #stock.").actions()).containsExactly("http.request", "slack.send_message");
    }

    @Test
    void linkOfTheFile_isNoFileToFetch() {
        assertThat(skeleton("Lorsqu'un nouveau fichier arrive dans Dropbox, envoyer un message Slack #docs avec le lien du fichier.")
                .actions()).containsExactly("slack.send_message");
    }

    @Test
    void complementOfWhatIsRead_doesNotPickTheRead() {
        // "du formulaire" says whose data it is: the read is a search of data, not statistics of forms
        assertThat(skeleton("Chaque lundi à 7h, récupérer toutes les données de la semaine dernière du formulaire « Chantiers » de "
                + "Kizeo Forms et les ajouter dans la feuille Google Sheets « Suivi ».").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "google_sheets.append_row");
    }

    @Test
    void checkingOnASchedule_readsBeforeTheCondition() {
        Skeleton s = skeleton("Toutes les heures, vérifier le statut du document PandaDoc « Bail » et s'il est signé, le télécharger "
                + "dans Dropbox.");
        assertThat(s.actions()).containsExactly("pandadoc.get_document_status", "pandadoc.download_document", "dropbox.upload_file");
        assertThat(s.controls()).contains("if");
    }

    @Test
    void downloadingIntoAnotherApp_downloadsFromTheSourceAndUploadsThere() {
        assertThat(skeleton("When a new Trello card is created, download the PandaDoc document 'Offer' to Google Drive.").actions())
                .containsExactly("pandadoc.download_document", "google_drive.upload_file");
    }

    @Test
    void mailCarryingWhatANamedAppGives_readsItThenSends() {
        assertThat(skeleton("Every Monday at 8am, send me an email with the list of Kizeo users.").actions())
                .containsExactly("kizeo_forms.get_all_users", "email.send_email");
    }

    @Test
    void closingAFormIsFinishingIt_andAllIsNoObject() {
        assertThat(skeleton("As soon as a driver closes a delivery form in Kizeo Forms, post a message on Slack #deliveries.").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Each night at 10pm, grab all of today's Kizeo submissions for the 'Stock' form and append them to the "
                + "'Stock' Google Sheet.").actions()).containsExactly("kizeo_forms.get_filtered_data", "google_sheets.append_row");
    }

    @Test
    void wishingToReceiveAMailWithTheListOfThings_searchesThemAndSends() {
        assertThat(skeleton("Je veux recevoir chaque soir à 19h un e-mail avec les tickets Jira encore ouverts.").actions())
                .containsExactly("jira.search_issues", "email.send_email");
    }

    @Test
    void theAppsNameOrAPlaceBeforeTheNoun_keepsTheFormAComplement() {
        // seventh round: "from the Kizeo Forms 'X' form", "on the … form" say whose data is read, not what is read
        assertThat(skeleton("Every Monday at 7am, fetch last week's data from the Kizeo Forms 'Fuel log' form and export it to "
                + "CSV.").actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv");
        assertThat(skeleton("Each evening at 9, fetch all the data saved today on the Kizeo 'Forklift' form, and for each record "
                + "download its PDF and upload it to Dropbox under /Forklift daily.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.download_standard_pdf", "dropbox.upload_file");
    }

    @Test
    void theDaysEntriesAndThingsFilledIn_areARestrictedReadOfData() {
        assertThat(skeleton("Every weekday at 5pm, pull the day's entries of the Kizeo 'Deliveries' form and export them as CSV.")
                .actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv");
        assertThat(skeleton("Tous les soirs à 19h, récupère les contrôles saisis aujourd'hui sur le formulaire « Sécurité » et "
                + "envoie-les par e-mail à qhse@exemple.fr.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "email.send_email");
        assertThat(skeleton("Every night, get the data of the Kizeo 'Orders' form that the billing job hasn't read yet and POST "
                + "them to https://billing.example.com/in.").actions())
                .containsExactly("kizeo_forms.get_unread_data", "http.request");
    }

    @Test
    void aReadWhoseTitleEndsOnAPlural_returnsSeveralThings() {
        Skeleton s = skeleton("Every Monday at 6am, get the users of the Kizeo group 'Drivers' (group id 77) and push the "
                + "'Checklist' form to each of them.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_group_users", "kizeo_forms.push_data");
    }

    @Test
    void aParticipleAfterAComma_describesTheFile_andTheDescriptionPicksIt() {
        // ", converted to PDF" says how the custom Word report is rendered: no format step, and the custom export is the file
        assertThat(skeleton("When a Kizeo audit is finished, email the site manager at boss@example.com the custom Word report of "
                + "that audit, converted to PDF.").actions()).containsExactly("kizeo_forms.download_custom_export", "email.send_email");
    }

    @Test
    void findingSomethingInAList_readsTheItemsWhoseDescriptionSaysItSearches() {
        assertThat(skeleton("When a Trello card is created, search the matching item in the Kizeo external list 'Sites' by its code, "
                + "then update its label.").actions()).containsExactly("kizeo_forms.get_all_list_items", "kizeo_forms.update_list_item");
    }

    @Test
    void exportingIntoAnAppThatCannotExport_exportsThenUploadsThere() {
        assertThat(skeleton("Chaque lundi à 7h, récupère les rapports remplis la semaine dernière sur le formulaire Kizeo « Audit » "
                + "et exporte-les en CSV dans Dropbox.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "dropbox.upload_file");
    }

    // by e-mail, not by its id: the search (only its description speaks of e-mail), as the catalog advises
    @Test
    void anActionWhoseIdSaysOrUpdate_doesTheUpdate() {
        assertThat(skeleton("When a technician completes the 'Repair' form in Kizeo, retrieve the client in Ogust by email and update "
                + "their record.").actions()).containsExactly("ogust.search_customers", "ogust.create_or_update_client");
    }

    @Test
    void tellingPeople_aboutANewFile_sendsThemAMessage_notTheFile() {
        assertThat(skeleton("When a new file is added to the Dropbox folder /Contracts, tell #legal on Slack.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("Quand un fichier arrive dans Google Drive, préviens #compta sur Slack.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("When a new file is added to the Dropbox folder /Contracts, send it to #legal on Slack.").actions())
                .containsExactly("dropbox.download_file", "slack.upload_file");
    }

    @Test
    void reactingWithAnEmoji_addsAReaction() {
        assertThat(skeleton("When a new message is posted in #orders on Slack, react with :white_check_mark: on it.").actions())
                .containsExactly("slack.add_reaction");
        assertThat(skeleton("Quand un message arrive dans #support sur Slack, crée un ticket Jira puis réagis avec :eyes: sur le message.")
                .actions()).containsExactly("jira.create_issue", "slack.add_reaction");
    }
}
