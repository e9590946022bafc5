package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Nineteenth round: dictated descriptions ({@link Dictation}: fillers, self-corrections, orders joined without
 * punctuation), values kept for a later run ({@link Remembered}), habits of others and "every X should…" as the event,
 * and "get" as a read; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound19Test {

    @Test
    void fillers_andOpeners_areDropped() {
        assertThat(Dictation.clean("okay so uh when a card is added in Trello you know post it in Slack", w -> false))
                .isEqualTo("when a card is added in Trello post it in Slack");
    }

    @Test
    void anAppTakenBack_isReplacedByTheOneSaidAfter() {
        Skeleton s = skeleton("uh when a new lead comes into Salesforce send a message to Teams no wait not Teams put it in Slack in the sales channel");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(skeleton("when a Trello card is created email the client through Outlook no wait actually use Gmail for that").actions())
                .containsExactly("gmail.send_email");
    }

    @Test
    void aThingTakenBack_isReplacedByTheOneSaidAfter() {
        assertThat(skeleton("when a customer fills in the survey on Google Forms create a lead in Zoho no wait not a lead a record in Zoho CRM")
                .actions()).containsExactly("zoho_crm.create_record");
    }

    @Test
    void dictatedOrders_withoutPunctuation_areCutWhereTheSpeakerStartsAnOrder() {
        Skeleton s = skeleton("euh quand un technicien termine le formulaire Kizeo 'Visite' tu envoies le PDF au client par mail "
                + "et tu le déposes dans Google Drive");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email", "google_drive.upload_file");
    }

    @Test
    void get_isARead_unlessAParticipleFollows() {
        assertThat(skeleton("every Monday at 8 get the Kizeo forms statistics and post them in Slack").actions())
                .containsExactly("kizeo_forms.get_forms_statistics", "slack.send_message");
        assertThat(Verbs.verbAfter("when a card gets created in trello", 0)).isLessThan(0);
    }

    @Test
    void aValueKeptForTheNextRun_goesToTheStore() {
        assertThat(skeleton("When a Kizeo form is finished, remember the data id for the next run").actions()).containsExactly("storage.put");
        assertThat(skeleton("Quand un formulaire Kizeo est terminé, mémoriser la date du jour").actions()).containsExactly("storage.put");
        // a value put in a comment goes where it is said
        assertThat(skeleton("When a Jira issue is created, put its key in a comment on the issue").actions()).doesNotContain("storage.put");
    }

    @Test
    void everyThingShouldDoSomething_isTheEvent() {
        Skeleton s = skeleton("Every submission of the Kizeo form 'Ronde' should open a ServiceNow incident.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("servicenow.create_incident");
        assertThat(skeleton("Chaque réponse au Google Form 'Contact' doit créer une carte Trello.").trigger())
                .isEqualTo("google_forms.new_response");
    }

    @Test
    void whatOthersDoInAnApp_isTheEvent_whenNoneIsSaid() {
        Skeleton s = skeleton("Our sales reps create contacts in Salesforce. Add them to the Mailchimp audience 'Clients'.");
        assertThat(s.trigger()).isEqualTo("salesforce.new_record");
        assertThat(s.actions()).containsExactly("mailchimp.add_member");
        assertThat(skeleton("Les fournisseurs envoient leurs factures sur notre Outlook. Ajouter une ligne dans le Google Sheet 'Factures'.")
                .trigger()).isEqualTo("outlook.new_email");
    }

    @Test
    void triggerLabel_afterWhen_isStillALabel() {
        assertThat(Labels.rewrite("quand trigger : nouvelle carte trello. puis : poster sur slack"))
                .isEqualTo("when nouvelle carte trello, poster sur slack");
    }

    @Test
    void listingAsTheOrder_readsThemAll() {
        assertThat(skeleton("every evening at 8 list tomorrow's appointments in the Google calendar and for each one send the customer a reminder email")
                .actions()).containsExactly("google_calendar.list_events", "email.send_email");
    }

    @Test
    void lettingSomeoneKnow_isNotifyingThem() {
        assertThat(skeleton("when a Dropbox file is added let the office know on Teams").actions())
                .containsExactly("microsoft_teams.send_message");
        assertThat(skeleton("whenever a Trello card is archived I want the ops channel on Slack to know about it").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void aNewState_inAnAppWithoutMoves_isAnUpdate_saidOnce() {
        assertThat(skeleton("quand le technicien finit la fiche Kizeo tu retrouves l'incident dans ServiceNow et tu le passes en résolu")
                .actions()).containsExactly("servicenow.find_incidents", "servicenow.update_incident");
        // Jira moves issues between states: that stays a transition
        assertThat(skeleton("Dès qu'un ticket Jira est créé, le passer en cours.").actions()).containsExactly("jira.transition_issue");
        assertThat(skeleton("Quand la fiche Kizeo est terminée, mettre à jour l'incident ServiceNow avec les notes et le passer en résolu.")
                .actions()).containsExactly("servicenow.update_incident");
    }

    @Test
    void finishingInThePresent_isTheFinishedEvent() {
        assertThat(skeleton("quand un technicien finit le rapport dans Kizeo, envoie le PDF au client par mail").trigger())
                .isEqualTo("kizeo_forms.data_finished");
    }

    @Test
    void timesAndLengthsSaidInWords_areDigits() {
        assertThat(Dictation.inDigits("every morning at seven thirty")).isEqualTo("every morning at 7:30");
        assertThat(Dictation.inDigits("tous les jours à dix-sept heures trente")).isEqualTo("tous les jours à 17h30");
        assertThat(Dictation.inDigits("attends trente minutes")).isEqualTo("attends 30 minutes");
        assertThat(Dictation.inDigits("for each one send it")).isEqualTo("for each one send it");
        assertThat(skeleton("tous les premiers du mois à six heures du mat tu prends les PDF du dossier Drive 'Archives'").trigger())
                .isEqualTo("schedule.cron");
    }

    @Test
    void mondayToFriday_isTheWorkingDays() {
        assertThat(Planned.build("every morning at seven thirty Monday to Friday post a message in #dispatch on Slack").flow()
                .at("/trigger/params/cron").asString()).isEqualTo("30 7 * * 1-5");
        assertThat(Planned.build("du lundi au vendredi à 9h poster un message sur Slack #equipe").flow().at("/trigger/params/cron").asString())
                .isEqualTo("0 9 * * 1-5");
    }
}
