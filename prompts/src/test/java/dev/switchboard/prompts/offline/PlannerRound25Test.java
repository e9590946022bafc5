package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.build;
import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fifth round: the event told as today's manual work, as "that" after a habit, inside a test or a "for each";
 * watching for changes; an app's search when a check names it; loops that go through the list they name; orders said
 * as wishes, as "X goes to Y", as what the flow "reads"; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound25Test {

    @Test
    void todaysManualWork_isNoScheduleAndNoStep() {
        Skeleton s = skeleton("Currently our planner exports the jobs from Kizeo every Friday and mails them by hand. "
                + "I'd like that once a job report is finished, the PDF goes straight to the site manager, sent from our Gmail.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "gmail.send_email");
    }

    @Test
    void whenThatHappens_isTheHabitToldBefore() {
        Skeleton s = skeleton("Now and then the auditors reopen and edit an audit in Kizeo. When that happens, post a note in "
                + "#audits on Slack.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_updated");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aCompletedThingInATest_orAfterForEach_isTheEvent() {
        Skeleton test = skeleton("Our guards run patrol checklists in Kizeo. If a completed checklist has a broken lock, create a "
                + "Jira issue in project SEC.");
        assertThat(test.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(test.actions()).containsExactly("jira.create_issue");
        Skeleton each = skeleton("Field staff use Kizeo Forms. We want a Trello card for each submitted checklist.");
        assertThat(each.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(each.actions()).containsExactly("trello.create_card");
        assertThat(each.controls()).isEmpty();
    }

    @Test
    void watchingForNewOrChangedData_isThePollingTrigger() {
        Skeleton s = skeleton("Keep an eye on new or modified records of the Kizeo form 'Meters' and POST them to "
                + "https://meters.example.test/api/readings.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
        assertThat(s.actions()).containsExactly("http.request");
        assertThat(skeleton("Surveiller les nouvelles saisies Kizeo et les ajouter dans le Google Sheet « Relevés ».").actions())
                .containsExactly("google_sheets.append_row");
    }

    @Test
    void whoReceivesOrSendsAPush_saysWhichPushEvent() {
        assertThat(skeleton("We dispatch jobs to the cleaners with Kizeo. When a tablet has received its job, add a row to the "
                + "Google Sheet 'Dispatch'.").trigger()).isEqualTo("kizeo_forms.data_received");
        assertThat(skeleton("Quand le planning envoie un formulaire pré-rempli à un technicien dans Kizeo, crée un événement "
                + "Google Agenda.").trigger()).isEqualTo("kizeo_forms.data_sent");
        assertThat(skeleton("Si un rapport déjà envoyé est modifié dans Kizeo, commente le ticket Jira.").trigger())
                .isEqualTo("kizeo_forms.data_updated");
    }

    @Test
    void theEventSaidAsSubjectOrRelative_startsTheFlow() {
        assertThat(skeleton("Chaque mail reçu sur la boîte Gmail contact@ avec « devis » dans l'objet doit créer une carte "
                + "Trello dans la liste « Devis ».").trigger()).isEqualTo("gmail.new_email");
        assertThat(skeleton("For every email we receive in Outlook from the bank, upload the attachments to Dropbox.").trigger())
                .isEqualTo("outlook.new_email");
        assertThat(skeleton("Tous les 15 du mois à 9h, exporte les données Kizeo en Excel.").trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void aCheckNamingAnApp_isItsSearch() {
        Skeleton s = skeleton("A webhook receives sign-ups from our site. Check in Salesforce whether the person is already a "
                + "contact; if not, create a lead.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("salesforce.find_records", "salesforce.create_lead");
    }

    @Test
    void aLoopGoesThroughTheListItNames_orAsksForIt() {
        BuildResult photos = build("When a Kizeo inspection is finished, for each photo, upload it to Dropbox.");
        assertThat(photos.flow().toString()).contains("\"for_each\":\"{{ trigger.media }}\"");
        BuildResult table = build("When a Kizeo inventory is finished, for each row of the table 'Missing', create a Trello card.");
        assertThat(table.flow().toString()).doesNotContain("trigger.media").doesNotContain("get_list_definition");
        assertThat(table.questions()).anyMatch(q -> q.name().equals("loop_items"));
        Skeleton named = skeleton("Every morning at 7, get today's services from Ogust, get all Kizeo users, and for each service "
                + "push the form 'Visit' to the technician.");
        assertThat(named.actions()).containsExactly("ogust.search_services", "kizeo_forms.get_all_users", "kizeo_forms.push_data");
        assertThat(build("Every morning at 7, get today's services from Ogust, get all Kizeo users, and for each service push "
                + "the form 'Visit' to the technician.").flow().toString()).contains("{{ steps.services.services }}");
    }

    @Test
    void ordersSaidAsWishesOrMoves_areOrders() {
        Skeleton mail = skeleton("Chaque vendredi à 17h, j'aimerais recevoir par mail la liste des événements de mon agenda "
                + "Google de la semaine prochaine.");
        assertThat(mail.actions()).containsExactly("google_calendar.list_events", "email.send_email");
        Skeleton written = skeleton("Flux lancé à la main : récupère tous les utilisateurs Kizeo et les écrit dans un Google Sheet.");
        assertThat(written.actions()).containsExactly("kizeo_forms.get_all_users", "google_sheets.append_row");
        Skeleton reads = skeleton("Could you build a manual flow that reads the supplier list from our Google Sheet and, for each "
                + "row, creates a Trello card? I'll run it by hand on Mondays.");
        assertThat(reads.trigger()).isEqualTo("manual.run");
        assertThat(reads.actions()).containsExactly("google_sheets.get_rows", "trello.create_card");
    }

    @Test
    void creatingInAPlanning_isItsPush_andNoNeedIsNoStep() {
        Skeleton s = skeleton("Quand notre ERP appelle le webhook, créer la visite dans le planning Kizeo du technicien. "
                + "Pas besoin de prévenir sur Slack.");
        assertThat(s.actions()).containsExactly("kizeo_forms.push_planning");
        assertThat(skeleton("When a Google Sheet row is added, create the user in Kizeo through the API.").actions())
                .containsExactly("kizeo_forms.custom_api_call");
    }

    @Test
    void peopleAndWhatTheyDo_withoutADeterminer_orWithAComplement_areHabits() {
        Skeleton bare = skeleton("Contractors drop their invoices into our Dropbox folder /Invoices. Whenever a new file shows up "
                + "there, copy it to the SharePoint library Finance > Incoming.");
        assertThat(bare.trigger()).isEqualTo("dropbox.new_file");
        assertThat(bare.actions()).containsExactly("dropbox.download_file", "sharepoint.upload_file");
        Skeleton french = skeleton("Les gardiens des résidences remplissent une fiche d'incident dans Kizeo. Seulement quand la "
                + "gravité est « Haute », crée un ticket Jira dans le projet RES.");
        assertThat(french.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(french.actions()).containsExactly("jira.create_issue");
        assertThat(french.controls()).containsExactly("if");
    }

    @Test
    void aStoryOfWhatHappenedOnce_addsNoStep() {
        Skeleton s = skeleton("Someone removed a boiler inspection in Kizeo yesterday and we only found out today. From now on, "
                + "whenever a submission gets deleted, email facilities@acme.test.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_deleted");
        assertThat(s.actions()).containsExactly("email.send_email");
        assertThat(skeleton("Every night at 1am call their API for yesterday's readings and append them to the Google Sheet 'Energy'.")
                .trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void shorthandWithEquals_aButton_andPartsOfWhatArrives() {
        Skeleton equals = skeleton("new card on the Onboarding trello board = create a google calendar event on its due date");
        assertThat(equals.trigger()).isEqualTo("trello.new_card");
        assertThat(equals.actions()).containsExactly("google_calendar.create_event");
        Skeleton button = skeleton("Je voudrais un bouton que je lance le lundi matin : il prend les événements de la semaine dans "
                + "Google Agenda et les poste dans #planning sur Slack.");
        assertThat(button.trigger()).isEqualTo("manual.run");
        assertThat(button.actions()).containsExactly("google_calendar.list_events", "slack.send_message");
        Skeleton parts = skeleton("Pour chaque pièce jointe des mails qui arrivent dans Gmail, dépose-la dans Dropbox.");
        assertThat(parts.trigger()).isEqualTo("gmail.new_email");
        assertThat(parts.actions()).containsExactly("dropbox.upload_file");
    }

    @Test
    void thePdfReport_isTheFile_andOnlyTheEventsAppReadsItsOwnIds() {
        Skeleton s = skeleton("When a Kizeo audit is completed, grab the PDF report and save it to Dropbox.");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "dropbox.upload_file");
        Skeleton polled = skeleton("Vérifie régulièrement s'il y a de nouvelles fiches ou des fiches modifiées dans Kizeo et "
                + "range leur PDF dans Google Drive.");
        assertThat(polled.trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
    }

    @Test
    void aRequestSentAtEachEvent_isACall_andACountKeptIsReadThenWritten() {
        Skeleton post = skeleton("Le portail locataires envoie un POST à chaque nouvelle demande de travaux. Crée une carte Trello "
                + "dans la liste « Demandes » et réponds au portail avec « reçu ».");
        assertThat(post.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(post.actions()).containsExactly("trello.create_card", "webhook.respond");
        assertThat(skeleton("POST the reading to https://api.example.test/readings every hour.").trigger()).isEqualTo("schedule.cron");
        Skeleton counter = skeleton("Le logiciel de pointage nous appelle en webhook à chaque retard. Garde en mémoire le nombre de "
                + "retards de chaque salarié ; à 3, envoie un mail aux RH.");
        assertThat(counter.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(counter.actions()).startsWith("storage.get", "storage.put");
    }

    @Test
    void whatTheOfficeSends_isThePushEvent_andAFileSentToAPersonGoesByEmail() {
        Skeleton sent = skeleton("log every job the office sends to drivers in kizeo into the google sheet 'Sent jobs'");
        assertThat(sent.trigger()).isEqualTo("kizeo_forms.data_sent");
        assertThat(sent.actions()).containsExactly("google_sheets.append_row");
        Skeleton file = skeleton("Chaque matin à 7h, récupère les fiches Kizeo pas encore traitées, exporte-les en Excel et envoie "
                + "le fichier au responsable du dépôt.");
        assertThat(file.actions()).containsExactly("kizeo_forms.get_unread_data", "kizeo_forms.export_data_excel", "email.send_email");
        assertThat(skeleton("Quand quelqu'un répond au Google Form, ajoute-le dans l'audience Mailchimp « Membres » et rajoute une "
                + "ligne dans le Google Sheet « Inscrits ».").actions()).containsExactly("mailchimp.add_member", "google_sheets.append_row");
    }

    @Test
    void aGreetingAlone_namesNeitherTheFlowNorItsMessages() {
        BuildResult r = build("Hello team,\n\nWhen a Kizeo audit is finished, email the PDF to boss@acme.test.\n\nThanks, Ann");
        assertThat(r.flow().path("name").asString()).isEqualTo("When a Kizeo audit is finished, email the PDF to boss@acme.test.");
        assertThat(r.flow().toString()).doesNotContain("Hello team");
        assertThat(build("Bonjour,\nTous les lundis à 8h, envoie-moi par mail les données Kizeo de la semaine.").flow().path("name")
                .asString()).startsWith("Tous les lundis");
    }
}
