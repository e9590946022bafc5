package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Fifth round: chat shorthand (arrows, abbreviations) and a draft whenever an app is named, on
 * sentences written for this test; none comes from an evaluation set.
 */
class PlannerShorthandTest {

    @Test
    void arrows_separateTheEventFromTheOrders() {
        Skeleton s = skeleton("new jira issue => mail to bob@acme.test");
        assertThat(s.trigger()).isEqualTo("jira.new_issue");
        assertThat(s.actions()).containsExactly("email.send_email");
        Skeleton fr = skeleton("Nouveau fichier Dropbox ⇒ notif Teams");
        assertThat(fr.trigger()).isEqualTo("dropbox.new_file");
        assertThat(fr.actions()).containsExactly("microsoft_teams.send_message");
        assertThat(skeleton("form submitted in kizeo > pdf > drive").actions())
                .containsExactly("kizeo_forms.download_standard_pdf", "google_drive.upload_file");
    }

    @Test
    void arrowAfterASchedule_keepsTheSchedule() {
        Skeleton s = skeleton("every friday at 5pm -> list the mailchimp campaigns -> email them to ops@acme.test");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("mailchimp.list_campaigns", "email.send_email");
    }

    @Test
    void anAppAlone_isItsMainAction() {
        assertThat(skeleton("Salesforce new lead -> DM on slack").actions()).containsExactly("slack.send_message");
        assertThat(skeleton("trello card -> slack").actions()).containsExactly("slack.send_message");
    }

    @Test
    void noOrderButAnApp_stillGivesAValidDraft() {
        assertThat(skeleton("When a new card is created in Trello.").actions()).containsExactly("email.send_email");
        assertThat(skeleton("Trello et Slack, c'est possible ?").actions()).hasSize(1);
    }

    @Test
    void aClauseWithoutVerb_addsAStepOnlyWhenItNamesWhatTheStepActsOn() {
        // the time after the comma is when the planned item is due, not a second "put"
        assertThat(skeleton("When a Jira issue is created, put a Kizeo planning item for user 42 in the Kizeo planning, "
                + "next Monday from 9 to 11.").actions()).containsExactly("kizeo_forms.push_planning");
    }

    @Test
    void purposeClause_addsNothingAndDoesNotMakeTheReadPlural() {
        assertThat(skeleton("When a Google Forms response arrives, get the form's questions so that the replies can be "
                + "matched, then post a Slack message in #forms.").actions()).containsExactly("google_forms.get_form", "slack.send_message");
        assertThat(skeleton("Quand une carte Trello est créée, envoie un message Slack dans #ops afin que les équipes "
                + "préparent les dossiers.").actions()).containsExactly("slack.send_message");
    }

    @Test
    void sayingTheApi_picksTheAppsRawCall_butAUrlIsAPlainRequest() {
        assertThat(skeleton("When a Trello card is created, call the Kizeo REST API to create a user.").actions())
                .containsExactly("kizeo_forms.custom_api_call");
        assertThat(skeleton("When a Trello card is created, create a list item in Kizeo.").actions())
                .containsExactly("kizeo_forms.create_list_item");
        assertThat(skeleton("When a Trello card is created, send a GET to the API at https://api.acme.test/ping.").actions())
                .containsExactly("http.request");
    }

    @Test
    void aReadOfNoNamedApp_readsTheItemTheEventGave() {
        // the trigger's output gives form_id and data_id: the get that takes both is the data itself
        assertThat(skeleton("When a Kizeo Forms data is updated, grab the whole entry, then create a Trello card.").actions())
                .containsExactly("kizeo_forms.get_data_definition", "trello.create_card");
        assertThat(skeleton("Dès qu'un formulaire Kizeo est terminé, récupère tout le contenu puis envoie un message Slack #chantier.")
                .actions()).containsExactly("kizeo_forms.get_data_definition", "slack.send_message");
    }

    @Test
    void andThatAPassiveWish_isASecondClause() {
        assertThat(skeleton("Quand une carte Trello est créée, il faudrait qu'une ligne soit ajoutée dans Google Sheets "
                + "et qu'un message soit posté sur Slack #suivi.").actions()).containsExactly("google_sheets.append_row", "slack.send_message");
    }

    @Test
    void anOrdinaryAppName_namesItsAppAsAPlace() {
        assertThat(skeleton("Every hour, read the last sync date from storage, then post it in Slack #sync.").actions())
                .containsExactly("storage.get", "slack.send_message");
        assertThat(skeleton("Chaque soir à 19h, lis le total dans le stockage et envoie-le par e-mail à compta@acme.test.").actions())
                .containsExactly("storage.get", "email.send_email");
    }

    @Test
    void statusAndLeaders_areTheCatalogsWords() {
        assertThat(skeleton("Quand un document PandaDoc est créé, vérifie son statut puis poste un message Slack #ventes.").actions())
                .containsExactly("pandadoc.get_document_status", "slack.send_message");
        assertThat(skeleton("Chaque vendredi à 16h, récupère les chefs du groupe Kizeo \"Atelier\" et envoie-leur un e-mail.")
                .actions()).containsExactly("kizeo_forms.get_group_leaders", "email.send_email");
    }

    @Test
    void checkingWhatAStepMade_readsIt_butAFieldOfTheEvent_isInHand() {
        assertThat(skeleton("When a Jira issue is created, create a PandaDoc document, wait 5 minutes, check the document's "
                + "status: if it is completed, post a Slack message in #deals.").actions())
                .containsExactly("pandadoc.create_document", "pandadoc.get_document_status", "slack.send_message");
        assertThat(skeleton("When a Jira issue is created, check its priority: if it is High, post a Slack message in #ops.")
                .actions()).containsExactly("slack.send_message");
    }

    @Test
    void frenchPronounsAndOpeningImperatives() {
        // "ceux" points to the items just read; "récupère" opens the clause, so "créés" is not the order
        assertThat(skeleton("Chaque lundi à 6h, parcourez les éléments de la liste externe Kizeo \"Outils\" et supprimez ceux "
                + "qui sont périmés.").actions()).containsExactly("kizeo_forms.get_all_list_items", "kizeo_forms.delete_list_item");
        assertThat(skeleton("Chaque matin à 8h, récupère dans Jira les tickets créés hier et poste-les sur Slack #support.")
                .actions()).containsExactly("jira.search_issues", "slack.send_message");
    }

    @Test
    void anHttpMethodWhereAnOrderGoes_isASecondStep() {
        assertThat(skeleton("When a Dropbox file is added, download it and PUT it to https://files.acme.test/in.").actions())
                .containsExactly("dropbox.download_file", "http.request");
    }

    @Test
    void aLoopWithNothingInHand_readsItsThingsFirst() {
        assertThat(skeleton("Every Friday at 6pm, for each Jira issue of the week, post a Slack message in #standup.").actions())
                .containsExactly("jira.search_issues", "slack.send_message");
        assertThat(skeleton("Tous les soirs à 19h, pour chaque ticket Jira encore ouvert, envoie un message Slack dans #support.")
                .actions()).containsExactly("jira.search_issues", "slack.send_message");
    }

    @Test
    void aPrivateMessageToAnAddress_findsThePersonFirst_andAGivenValueIsNoStep() {
        assertThat(skeleton("When a Jira issue is created, DM me on Slack. My address is ann@acme.test.").actions())
                .containsExactly("slack.find_user_by_email", "slack.send_message");
        assertThat(skeleton("When a Jira issue is created, post a Slack message in #ops.").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void mets_isAnOrder() {
        assertThat(skeleton("Quand un ticket Jira est créé, crée une carte Trello et mets le lien de la carte en commentaire du ticket.")
                .actions()).containsExactly("trello.create_card", "jira.add_comment");
    }

    @Test
    void settingAField_isAnUpdate() {
        assertThat(skeleton("When a Trello card is created, find the ServiceNow incidents of the caller and set their state to "
                + "In progress.").actions()).containsExactly("servicenow.find_incidents", "servicenow.update_incident");
    }

    @Test
    void andThenAVerbBeforeEach_isASecondClause() {
        // "chaque" is a determiner: the form before it is an order, not a participle
        assertThat(skeleton("Chaque matin à 8h, récupère les tickets Jira encore ouverts et ajoute chaque ticket comme une ligne "
                + "dans la Google Sheet \"Suivi\".").actions()).containsExactly("jira.search_issues", "google_sheets.append_row");
        // "still open" is a state of what is read, not "open an issue"
        assertThat(skeleton("Every morning at 8, get the Jira issues still open and add each issue as a row in the Google Sheet "
                + "\"Tracking\".").actions()).containsExactly("jira.search_issues", "google_sheets.append_row");
    }

    // Eighth round: events said as a statement, without "when".

    @Test
    void whatArrivesByAnApp_isTheEvent_evenAfterTheOrder() {
        Skeleton s = skeleton("Support requests come in by email, in the Outlook folder \"Helpdesk\". Log them as rows in the Google Sheet "
                + "\"Requests\".");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        Skeleton fr = skeleton("Les candidatures arrivent par le Google Forms « Recrutement » : ajoute-les dans la feuille Google Sheets "
                + "« Candidats ».");
        assertThat(fr.trigger()).isEqualTo("google_forms.new_response");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void whatArrivesOnAWebhook_isTheEvent_andEachOfItIsNoLoop() {
        Skeleton s = skeleton("Orders from our online shop arrive on a webhook. For each order, create the customer in Salesforce as a contact.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("salesforce.create_contact");
        assertThat(s.controls()).doesNotContain("for_each");
        Skeleton fr = skeleton("Les inscriptions de notre site arrivent via un webhook. Pour chaque inscription, ajoute la personne à "
                + "l'audience Mailchimp « Clients ».");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("mailchimp.add_member");
    }

    @Test
    void eachThingThatMustBeDoneOrBecomeSomething_isTheEvent() {
        assertThat(skeleton("Every reply to the Google Form \"Survey\" must be added as a row in the Google Sheet \"Answers\".").trigger())
                .isEqualTo("google_forms.new_response");
        assertThat(skeleton("Chaque carte du tableau Trello « Chantiers » doit être ajoutée comme ligne dans la feuille Google Sheets "
                + "« Suivi ».").trigger()).isEqualTo("trello.new_card");
        Skeleton becomes = skeleton("Messages posted in #bugs on Slack should become Jira issues in the project BUG.");
        assertThat(becomes.trigger()).isEqualTo("slack.new_message");
        assertThat(becomes.actions()).containsExactly("jira.create_issue");
    }

    @Test
    void aDelayAfterTheEvent_isTheEventThenAWait() {
        Skeleton s = skeleton("Two days after a Trello card is created, send a reminder to #team on Slack.");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(s.controls()).contains("delay");
        assertThat(skeleton("Deux jours après la création d'une carte Trello, envoie un rappel sur Slack dans #equipe.").controls())
                .contains("delay");
    }

    @Test
    void aDayAndAClockHeadingTheText_giveThatHourEvenFollowedByAColon() {
        // the heading "Mondays 9:00:" lost its colon on the way to the time and fell back to 8:00
        assertThat(Planned.build("Mondays 9:00: post a message in Slack #ops.").flow().at("/trigger/params/cron").asString())
                .isEqualTo("0 9 * * 1");
        assertThat(Planned.build("Monday 9:30pm post a message in Slack #ops.").flow().at("/trigger/params/cron").asString())
                .isEqualTo("30 21 * * 1");
        assertThat(Planned.build("Jeudi 7h15 : poste un message dans Slack #ops.").flow().at("/trigger/params/cron").asString())
                .isEqualTo("15 7 * * 4");
    }
}
