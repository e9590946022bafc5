package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * General wording rules of the offline planner (fourth round): how clauses, verbs, events and
 * context are read, each on sentences written for this test; none comes from an evaluation set.
 */
class PlannerWordingTest {

    @Test
    void singleQuotedName_isALiteralNotWords() {
        // "checks" inside the name would otherwise read as a verb
        Skeleton s = skeleton("When a new file lands in Dropbox, copy it to the 'Daily checks' folder of SharePoint.");
        assertThat(s.actions()).containsExactly("dropbox.download_file", "sharepoint.upload_file");
    }

    @Test
    void wordsThatOpenTheEvent_doNotMatchATriggersDescription() {
        assertThat(skeleton("Each time an entry changes on our Kizeo form 'Stock', post a message in Slack #stock.").trigger())
                .isEqualTo("kizeo_forms.data_updated");
    }

    @Test
    void lineIsARow_andAnEmailAddressIsWhereItGoes() {
        assertThat(skeleton("When a Trello card is created, append a line to the Google Sheet 'Cards'.").actions())
                .containsExactly("google_sheets.append_row");
        assertThat(skeleton("When a Salesforce opportunity is created, create a Google Drive folder and share it with the "
                + "sales rep's email address.").actions()).containsExactly("google_drive.create_folder", "google_drive.share_file");
    }

    @Test
    void fillingInAForm_isFinishingIt() {
        assertThat(skeleton("Lorsqu'un bon de livraison est saisi dans Kizeo Forms, créer une carte Trello.").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Quand un chauffeur remplit le formulaire Kizeo « Livraison », envoyer un message Slack #logistique.")
                .trigger()).isEqualTo("kizeo_forms.data_finished");
    }

    @Test
    void letMeKnowAndGoingSomewhere_sendIt() {
        assertThat(skeleton("Let me know on Slack whenever a new Jira issue is created.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("Dès qu'une donnée Kizeo Forms est terminée, je veux que son PDF parte dans Google Drive.").actions())
                .containsExactly("kizeo_forms.download_standard_pdf", "google_drive.upload_file");
    }

    @Test
    void frenchImperativeLikeAParticiple_startsAnOrderWhenAnObjectFollows() {
        Skeleton s = skeleton("Chaque matin à 7h, récupère les lignes de la feuille Google Sheets « Commandes » et crée une "
                + "carte Trello pour chacune d'elles.");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "trello.create_card");
        assertThat(s.controls()).contains("for_each");
    }

    @Test
    void placeOrRelativeClauseAfterAComma_saysMoreAboutTheStepBefore() {
        assertThat(skeleton("Quand un fichier arrive dans Dropbox, je veux qu'il soit copié sur SharePoint, dans le dossier /Archives.")
                .actions()).containsExactly("dropbox.download_file", "sharepoint.upload_file");
        assertThat(skeleton("When a Kizeo form is finished, add a row with the site name, who filled it and when to the Google "
                + "Sheet 'Visits'.").actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void laterAfterAnOrder_datesTheStepAndIsNoWait() {
        Skeleton s = skeleton("When a new deal is created in Salesforce, create a quote, then send an email to the customer two days later.");
        assertThat(s.actions()).containsExactly("salesforce.create_quote", "email.send_email");
        assertThat(s.controls()).doesNotContain("delay");
    }

    @Test
    void verblessOpeningWithNew_isTheEvent() {
        Skeleton s = skeleton("New Trello card? Wait one hour, then post it on Slack #cards.");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(s.controls()).contains("delay");
    }

    @Test
    void verbLikeWordInsideANounGroup_isANoun() {
        Skeleton s = skeleton("When a driver completes a Kizeo delivery check, post a message in Slack #drivers.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void gerundAfterAStep_saysHowItIsDone() {
        assertThat(skeleton("When a Trello card is created, create a Jira issue, copying the card's description into the summary.")
                .actions()).containsExactly("jira.create_issue");
        assertThat(skeleton("Quand une carte Trello est créée, créer un ticket Jira en copiant la description de la carte.")
                .actions()).containsExactly("jira.create_issue");
    }

    @Test
    void appNamedOnlyInADescriptionBeforeTheEvent_isTheTriggersApp() {
        Skeleton en = skeleton("Our drivers fill in a delivery form in Kizeo Forms at each stop. When they finish one, post a "
                + "message in Slack #deliveries.");
        assertThat(en.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(en.actions()).containsExactly("slack.send_message");
        Skeleton fr = skeleton("Nos techniciens remplissent un rapport sur Kizeo quand ils quittent un chantier. Quand ils le "
                + "terminent, créer une carte Trello.");
        assertThat(fr.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(fr.actions()).containsExactly("trello.create_card");
    }

    @Test
    void someoneElseReceivingOrGettingAMessage_isASend() {
        assertThat(skeleton("When a new Salesforce lead is created, I'd like the lead to receive a welcome email.").actions())
                .containsExactly("email.send_email");
        assertThat(skeleton("When a Jira issue is created, the support team should get a message in Slack #support.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("Quand une nouvelle ligne est ajoutée dans Google Sheets, je veux que le client reçoive un e-mail de "
                + "bienvenue.").actions()).containsExactly("email.send_email");
    }

    @Test
    void frenchFormThatCouldBeAParticiple_isAnOrderBeforeItsObject() {
        assertThat(skeleton("Quand un ticket Jira est créé, on cherche le client dans Salesforce avec son e-mail.").actions())
                .containsExactly("salesforce.find_records");
    }

    @Test
    void sentenceAboutOurPeopleBeforeASchedule_isContext() {
        Skeleton s = skeleton("Our drivers log deliveries in Kizeo. Every evening at 8pm, export today's deliveries to CSV and "
                + "upload the file to Dropbox.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "dropbox.upload_file");
    }

    @Test
    void frenchPresentOfReceive_isTheEvent() {
        assertThat(skeleton("Quand un technicien reçoit une mission poussée dans Kizeo Forms, poster un message sur Slack #planning.")
                .trigger()).isEqualTo("kizeo_forms.data_received");
    }

    @Test
    void requestAroundTheFlow_addsNothing() {
        assertThat(skeleton("Pourriez-vous créer un flux qui, chaque jour à 18h, récupère les lignes de la feuille Google Sheets "
                + "« Stock » et les envoie sur Slack #stock ?").actions()).containsExactly("google_sheets.get_rows", "slack.send_message");
        Skeleton en = skeleton("Could you set up something so that every time a new Trello card is created, I get a Slack message in #cards?");
        assertThat(en.trigger()).isEqualTo("trello.new_card");
        assertThat(en.actions()).containsExactly("slack.send_message");
        Skeleton fr = skeleton("Il faudrait qu'à la fin de chaque visite saisie dans Kizeo Forms, le rapport PDF soit envoyé au client par e-mail.");
        assertThat(fr.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(fr.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void endOfEachMonth_isAMonthlySchedule() {
        BuildResult result = Planned.build("Chaque fin de mois, récupérer les statistiques des formulaires Kizeo et les "
                + "envoyer par mail à compta@exemple.test.");
        assertThat(result.flow().at("/trigger/params/cron").asString()).isEqualTo("0 8 28 * *");
        assertThat(Skeleton.of(result.flow()).actions()).containsExactly("kizeo_forms.get_forms_statistics", "email.send_email");
    }

    @Test
    void passiveOrder_takesTheVerbAfterBe_notANounThatLooksLikeAVerb() {
        assertThat(skeleton("When a Kizeo inspection is finished, I want its custom CSV export to be saved in Dropbox.").actions())
                .containsExactly("kizeo_forms.export_data_custom_csv", "dropbox.upload_file");
    }

    @Test
    void verbAfterAnObjectPronoun_isAnOrder() {
        assertThat(skeleton("Chaque lundi à 8h, exporte les saisies de la semaine du formulaire Kizeo « Stock » en CSV et les dépose "
                + "dans Dropbox.").actions())
                .containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv", "dropbox.upload_file");
    }

    @Test
    void parallelObjectsForSomeone_areTwoSteps() {
        assertThat(skeleton("When a new Salesforce lead comes in, create a Trello card for the sales team and a Slack message for the "
                + "manager.").actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void onceAWeek_isAWeeklySchedule() {
        BuildResult result = Planned.build("Once a week, export the 'Budget' Google Sheet to PDF and upload it to Dropbox.");
        assertThat(result.flow().at("/trigger/params/cron").asString()).isEqualTo("0 8 * * 1");
        assertThat(Skeleton.of(result.flow()).actions()).containsExactly("google_drive.export_file", "dropbox.upload_file");
    }

    @Test
    void eventWithoutItsAppInTheNounGroup_takesAnAppTheSentenceNames() {
        assertThat(skeleton("Chaque nouveau client saisi dans le formulaire Kizeo « Inscription » doit être créé dans Ogust.").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        // "new" alone is no event word of another app: no Slack trigger is made up
        assertThat(skeleton("Quand un nouveau client arrive, poster un message sur Slack #ventes.").trigger()).isEqualTo("manual.run");
    }

    @Test
    void receivingAMessageInTheEvent_staysTheEvent() {
        Skeleton s = skeleton("When I receive an email in Gmail, post it on Slack #mail.");
        assertThat(s.trigger()).isEqualTo("gmail.new_email");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void whatOurPeopleDo_isTheEventWhenNoOtherIsSaid() {
        Skeleton s = skeleton("Our technicians fill in a safety checklist in Kizeo Forms. If a checklist is marked as failed, open a Jira issue.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        assertThat(s.controls()).contains("if");
    }

    @Test
    void afterEachThingAlone_isWhenItIsDone() {
        Skeleton s = skeleton("Our techs use Kizeo Forms for site visits. After each visit, email the PDF report to the client.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void frenchImperativesOfIrAndReVerbs_andDoingAgain_areOrders() {
        // seventh round: ouvrez (ouvrir), inscrivez (inscrire), relis / retrouve (lire, trouver again)
        assertThat(skeleton("Quand un ticket Jira est créé, ouvrez un incident ServiceNow.").actions())
                .containsExactly("servicenow.create_incident");
        assertThat(skeleton("Quand une réponse arrive sur le Google Forms « Inscription », inscrivez la personne à l'audience "
                + "Mailchimp « Clients ».").actions()).containsExactly("mailchimp.add_member");
        assertThat(skeleton("Lorsqu'une donnée Kizeo est mise à jour, relis la donnée puis envoie-la sur Slack #suivi.").actions())
                .containsExactly("kizeo_forms.get_data_definition", "slack.send_message");
        assertThat(skeleton("Quand une carte Trello est créée, retrouve le contact dans Salesforce par son e-mail.").actions())
                .containsExactly("salesforce.find_records");
    }

    @Test
    void finalisedAndDoneViaAForm_finishTheForm() {
        assertThat(skeleton("Lorsqu'un rapport Kizeo est finalisé, envoie le PDF par e-mail à chef@exemple.fr.").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Create a Jira issue whenever a driver reports damage through the Kizeo form 'Damage'.").trigger())
                .isEqualTo("kizeo_forms.data_finished");
    }

    @Test
    void attachedToAndNotified_areNoSendingOrder() {
        assertThat(skeleton("When a Kizeo inspection is finished, create a Salesforce opportunity, then a quote attached to that "
                + "opportunity.").actions()).containsExactly("salesforce.create_opportunity", "salesforce.create_quote");
        assertThat(skeleton("When a new row is added to the Google Sheet 'Orders', create a Trello card, then the warehouse team "
                + "notified in Slack #warehouse.").actions()).containsExactly("trello.create_card", "slack.send_message");
    }

    @Test
    void theNounOfADeletion_saysTheEvent_andAParticipleAfterTheIsNoOrder() {
        Skeleton s = skeleton("Archive any Kizeo record removal as a row in the Google Sheet 'Audit'.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_deleted");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("When a new Trello card is created, convert its due date to dd/MM/yyyy, then create a Google Calendar "
                + "event, with the formatted date in the title.").actions())
                .containsExactly("data.format_date", "google_calendar.create_event");
    }

    @Test
    void aTimeThenAnOrderWithoutAComma_isTheScheduleThenTheOrder() {
        Skeleton s = skeleton("Every Friday at 5pm send me the list of open Jira issues by email.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("jira.search_issues", "email.send_email");
    }

    @Test
    void anOrderWhoseEachOneComesBeforeItsObject_isAnOrderInALoop() {
        Skeleton s = skeleton("Chaque soir, lis les tickets Jira ouverts et crée pour chacun une ligne dans la feuille Google Sheets « Suivi ».");
        assertThat(s.actions()).containsExactly("jira.search_issues", "google_sheets.append_row");
        assertThat(s.controls()).contains("for_each");
    }

    @Test
    void anotherSystemPostingAPayload_isTheWebhookEvent() {
        // what is posted may come between the verb and the hook; a JSON posted needs no word for the address
        assertThat(skeleton("The booking site posts each reservation (name, date, guests) to an endpoint of ours; create a "
                + "Trello card in the list 'Bookings'.").trigger()).isEqualTo("webhook.catch_hook");
        assertThat(skeleton("Our warehouse POSTs us a JSON for every parcel shipped. Post a message in Slack #shipping.").trigger())
                .isEqualTo("webhook.catch_hook");
        assertThat(skeleton("Un webhook recevra les demandes de rappel du site : crée une carte Trello pour chacune.").trigger())
                .isEqualTo("webhook.catch_hook");
    }

    @Test
    void clausesWithoutAnOrderBeforeTheEventsSentence_describeHowTheyWork() {
        // none of these clauses ends its sentence, yet they only say where things live before the event is told
        assertThat(skeleton("We manage bike repairs from a Trello board named 'Repairs', which the workshop reads daily. When "
                + "a new card is added there, post it in Slack #workshop.").actions()).containsExactly("slack.send_message");
        assertThat(skeleton("Les fournisseurs nous écrivent, et on dépose leurs factures dans Dropbox (/Factures). Quand un "
                + "fichier y arrive, préviens la compta sur Slack.").actions()).containsExactly("slack.send_message");
        assertThat(skeleton("Pour le projet Jira SAV, c'est Paul qui gère. Dès qu'un ticket y est créé, préviens-le sur Slack "
                + "#sav.").actions()).containsExactly("slack.send_message");
    }

    @Test
    void givingSomethingBackInTheResponse_repliesToTheCall() {
        assertThat(skeleton("Our billing tool calls a URL with a customer name; the flow creates a Trello card and returns "
                + "its id in the HTTP response.").actions()).containsExactly("trello.create_card", "webhook.respond");
        assertThat(skeleton("Notre intranet appelle une URL avec un nom de client : crée une carte Trello puis retourne son "
                + "lien dans la réponse HTTP.").actions()).containsExactly("trello.create_card", "webhook.respond");
    }
}
