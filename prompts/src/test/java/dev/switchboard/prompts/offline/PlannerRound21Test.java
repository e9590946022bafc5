package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twenty-first round: requests written in a language not the writer's own or in the flow's voice ({@link Calques}), what
 * a flow run by hand is given, the told sentence of a message, two events said as either, and a service with no app
 * reached by HTTP ({@link Unconnected}); on sentences written for this test, none from an evaluation set.
 */
class PlannerRound21Test {

    @Test
    void theFlowsModal_afterTheTime_startsTheOrder() {
        assertThat(Calques.of("each friday at 6 the flow shall read the rows")).isEqualTo("each friday at 6, read the rows");
        Skeleton s = skeleton("Each Friday at 6 the flow shall take all rows of the Google Sheet \"Stock\" and post them into Slack #stock.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "slack.send_message");
    }

    @Test
    void wantingThatAFileGoesSomewhere_putsItThere_andAfterYouIsTheNextOrder() {
        Skeleton s = skeleton("When an inspector finish the audit form in Kizeo Forms, I want that the PDF goes in the Dropbox folder "
                + "\"Audits\" and after you send a message in Slack #audits.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "dropbox.upload_file", "slack.send_message");
    }

    @Test
    void writingOrTellingInAChannel_postsThere_andTheToldSentenceIsNoStep() {
        Skeleton s = skeleton("When a new card is created in Trello, write in the Slack channel #desk that a document is ready to check.");
        assertThat(s.actions()).containsExactly("slack.send_message");
        Skeleton told = skeleton("When a Salesforce opportunity is created, tell in Slack #deals that the file is ready.");
        assertThat(told.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aFileSharedInAChannel_isUploaded() {
        Skeleton s = skeleton("Every Monday at 7, export the Google Sheet \"Hours\" as PDF and post the same PDF into the Slack channel #hr.");
        assertThat(s.actions()).containsExactly("google_drive.export_file", "slack.upload_file");
    }

    @Test
    void whatAFlowRunByHandIsGiven_addsNoStep() {
        Skeleton en = skeleton("Manual flow: I enter a name, a phone and an email, and the flow creates the contact in Salesforce.");
        assertThat(en.trigger()).isEqualTo("manual.run");
        assertThat(en.actions()).containsExactly("salesforce.create_contact");
        Skeleton fr = skeleton("Un flux que je lance à la main : je saisis le nom d'un nouveau client, ça crée une carte dans Trello.");
        assertThat(fr.trigger()).isEqualTo("manual.run");
        assertThat(fr.actions()).containsExactly("trello.create_card");
    }

    @Test
    void twoEventsSaidAsEither_areTheTriggerThatFiresOnBoth() {
        Skeleton s = skeleton("Each time a data is finished or updated on the Kizeo form \"Visits\", send it to ops@example.org with Gmail.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_event");
        assertThat(s.actions()).containsExactly("gmail.send_email");
    }

    @Test
    void aServiceWithNoApp_isOneHttpRequest() {
        Skeleton s = skeleton("We keep leads in Pipedrive. There is no app for Pipedrive, so use an HTTP request to "
                + "https://api.pipedrive.example/v1/persons. When a new row arrives in the Google Sheet \"Leads\", add the lead to Pipedrive.");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("http.request");
        Skeleton fr = skeleton("Quand une carte est créée dans Trello, il faut créer un ticket dans Zendesk. Zendesk n'est pas dans le catalogue, "
                + "alors faites un appel HTTP POST à https://support.example.com/api/v2/tickets.");
        assertThat(fr.actions()).containsExactly("http.request");
    }

    @Test
    void theEndOfTheDay_isADailyTime_andAnOpeningIfWithAnEventIsTheEvent() {
        Skeleton s = skeleton("À la fin de chaque journée, à 18h, exporte en CSV les données du jour du formulaire Kizeo \"Tournées\".");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        Skeleton event = skeleton("Si un formulaire \"Visite\" est poussé à un technicien dans Kizeo, envoie un message Slack dans #planning.");
        assertThat(event.trigger()).isEqualTo("kizeo_forms.data_sent");
        assertThat(event.actions()).containsExactly("slack.send_message");
    }

    @Test
    void lookingRegularlyForNewData_isThePollingEvent_andNoWebhookPleaseIsNoStep() {
        Skeleton s = skeleton("Our network blocks calls from outside, so no webhook please: the flow should check regularly in Kizeo for "
                + "new or changed data of the form \"Pumps\" and append every one as a row into the Google Sheet \"Pumps\".");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void whatTheCallerSends_isBackground_andAnsweringTheCallResponds() {
        Skeleton s = skeleton("I want a webhook for our shop. It sends JSON with the order number. With this the flow should create a "
                + "card in Trello and answer the call with the card id.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("trello.create_card", "webhook.respond");
    }

    @Test
    void searchingAFormForData_readsTheData_andAtTheEndIsTheLastOrder() {
        Skeleton s = skeleton("Every morning at 7 make a search in Kizeo on the form \"Pumps\" for the data of yesterday, export them "
                + "in CSV, upload the file to Dropbox and at the end mark these data as read.");
        assertThat(s.actions()).first().isEqualTo("kizeo_forms.get_filtered_data");
        assertThat(s.actions()).contains("kizeo_forms.export_data_csv", "dropbox.upload_file");
        assertThat(s.actions()).last().isEqualTo("kizeo_forms.mark_data_as_read");
    }

    @Test
    void addingThenUpdatingWhenAlreadyThere_isOneAddOrUpdate() {
        Skeleton s = skeleton("When a new contact is created in Zoho CRM, add her to the Mailchimp audience \"Members\". "
                + "If she is already there, just update her.");
        assertThat(s.actions()).containsExactly("mailchimp.add_or_update_member");
    }

    @Test
    void gettingTheNewFile_downloadsItFromTheEventsApp_withTheIdTheEventGives() {
        String text = "When a new scan is put in the Dropbox folder /Scans, get the file and upload it to Google Drive.";
        assertThat(skeleton(text).actions()).containsExactly("dropbox.download_file", "google_drive.upload_file");
        assertThat(Planned.build(text).flow().at("/steps/0/input/path").asString()).isEqualTo("{{ trigger.id }}");
    }

    @Test
    void aServiceWithNoApp_saidAside_makesTheOrderNamingItTheRequest() {
        Skeleton s = skeleton("Whenever a new event is added to the Google Calendar \"Visits\", text the client through Plivo "
                + "(we don't have a Plivo connector, so call their messages API directly).");
        assertThat(s.trigger()).isEqualTo("google_calendar.new_event");
        assertThat(s.actions()).containsExactly("http.request");
    }

    @Test
    void chatWordsAndCalques_sayTheirOrders() {
        assertThat(skeleton("When a new card is created in Trello, drop a line in Slack #desk saying who made it.").actions())
                .containsExactly("slack.send_message");
        Skeleton become = skeleton("Emails that get the Gmail label 'Leads' should each become a Trello card in the 'Inbox' list.");
        assertThat(become.trigger()).isEqualTo("gmail.new_email");
        assertThat(become.actions()).last().isEqualTo("trello.create_card");
        Skeleton hook = skeleton("Our shop is going to send its orders to a webhook URL. Only when the total is over 100, post it in Slack #big.");
        assertThat(hook.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(hook.actions()).containsExactly("slack.send_message");
    }

    @Test
    void frenchTurns_workingDays_browsingAList_aDateFormat_andOnesOwnFormSent() {
        assertThat(skeleton("Les jours ouvrables à 8h15, poster un message dans le canal Slack #accueil.").trigger()).isEqualTo("schedule.cron");
        assertThat(skeleton("Le premier de chaque mois, parcourir la liste externe Kizeo « Sites » et, pour chaque site, créer une carte Trello.")
                .actions()).containsExactly("kizeo_forms.get_all_list_items", "trello.create_card");
        assertThat(skeleton("Quand un événement est ajouté dans l'agenda Google « Salle », mettre la date au format européen puis envoyer un "
                + "courriel via SMTP à accueil@example.org.").actions()).containsExactly("data.format_date", "email.send_email");
        Skeleton own = skeleton("Quand un adhérent envoie son formulaire d'inscription dans Kizeo, qu'on ait un petit message sur Slack dans #bureau.");
        assertThat(own.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(own.actions()).containsExactly("slack.send_message");
        assertThat(skeleton("Chaque lundi à 6h, envoie le formulaire « Tournée » à l'utilisateur Kizeo 1234.").actions())
                .containsExactly("kizeo_forms.push_data");
    }

    @Test
    void aLookupSaidTwice_isOneStep() {
        Skeleton s = skeleton("Whenever a Jira issue is created in project OPS, I get a Slack DM about it. My email is ana@example.org, "
                + "use that to find me on Slack.");
        assertThat(s.actions()).containsExactly("slack.find_user_by_email", "slack.send_message");
    }

    @Test
    void theFirstItemOfANumberedList_isNoTitle_andABareNounFillingAFormIn_isTheEvent() {
        Skeleton s = skeleton("1) Customer fills in our 'Returns' Google Form\n2) Create a card in Trello\n3) Post it in Slack #returns");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void readingTheMessage_isTheEventsOwnRead_givenTheEventsId() {
        String text = "When a new email arrives in Gmail, read the message and create a Trello card.";
        assertThat(skeleton(text).actions()).containsExactly("gmail.get_email", "trello.create_card");
        assertThat(Planned.build(text).flow().at("/steps/0/input/message_id").asString()).isEqualTo("{{ trigger.id }}");
    }

    @Test
    void anAppsIdAsAValue_namesNoActingApp_andSfIsSalesforce() {
        Skeleton s = skeleton("When a new row is added to the Google Sheet 'Deals', create the SF opportunity and then update that row "
                + "with the SF id.");
        assertThat(s.actions()).containsExactly("salesforce.create_opportunity", "google_sheets.update_row");
        assertThat(skeleton("Nouveau contact SF : l'ajouter à l'audience Mailchimp 'Clients'.").trigger()).isEqualTo("salesforce.new_record");
    }

    @Test
    void addingOrUpdatingIfAlreadyThere_saidInBrackets_isOneAddOrUpdate() {
        assertThat(skeleton("Quand une ligne est ajoutée au Sheet 'Inscrits', ajouter la personne dans l'audience Mailchimp 'Club' "
                + "(ou la mettre à jour si elle y est déjà).").actions()).containsExactly("mailchimp.add_or_update_member");
        assertThat(skeleton("When a row is added to the sheet 'Guests', add the person to the Mailchimp audience 'Club', or update "
                + "them if they are already in it, then post in Slack #club.").actions())
                .containsExactly("mailchimp.add_or_update_member", "slack.send_message");
    }

    @Test
    void noXConnector_andGoingThroughItsApi_isTheRequest_andANewStatusIsAnUpdate() {
        assertThat(skeleton("When a row is added to the Google Sheet 'Signups', create the person in Pipedrive. We have no Pipedrive "
                + "connector here, so call the Pipedrive API directly.").actions()).containsExactly("http.request");
        assertThat(skeleton("À chaque nouvelle carte du tableau Trello « Idées », la recopier dans notre base Coda. Pas de connecteur Coda "
                + "disponible : passer directement par l'API Coda.").actions()).containsExactly("http.request");
        assertThat(skeleton("Quand un nouveau lead arrive dans Salesforce, passer son statut à « Working » et prévenir le canal Teams « Sales ».")
                .actions()).containsExactly("salesforce.update_record", "microsoft_teams.send_message");
    }

    @Test
    void checkingRegularlyForNewData_inFrench_isThePollingEvent_andCopyingIntoAListAddsAnItem() {
        Skeleton s = skeleton("Kizeo ne peut pas appeler notre serveur. Il faudrait donc aller voir régulièrement s'il y a des nouvelles "
                + "saisies ou des modifs sur le formulaire « Relevés » et les recopier dans le Google Sheet « Relevés ».");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("When a row is added to the Google Sheet 'Visits', copy it into the SharePoint list 'Visits'.").actions())
                .containsExactly("sharepoint.create_list_item");
        assertThat(skeleton("Tous les lundis à 8h, sortir les stats des formulaires Kizeo et les poster dans #terrain sur Slack.").actions())
                .containsExactly("kizeo_forms.get_forms_statistics", "slack.send_message");
    }

    @Test
    void anHourSpentIsALength_notTheTime() {
        assertThat(Dictation.inDigits("chaque lundi je passe une heure à compter")).isEqualTo("chaque lundi je passe une heure à compter");
        assertThat(Dictation.inDigits("envoyer vers sept heures trente")).isEqualTo("envoyer vers 7h30");
        String text = "Chaque lundi je passe une heure à compter les fiches. Est-ce qu'on peut sortir ces stats Kizeo tous les lundis "
                + "à 9h et les poster dans #terrain sur Slack ?";
        assertThat(Planned.build(text).flow().at("/trigger/params/cron").asString()).isEqualTo("0 9 * * 1");
    }
}
