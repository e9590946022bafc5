package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Fourteenth round ({@link Spoken}, {@link Doer}, and small changes in {@link Arrivals}, {@link Asides} and {@link Replies}):
 * chatty descriptions — how things are done today, what not to do, a question about how things are, a wait said "later",
 * a reaction put on a message, a calling system that gets a response, something that should go into a place, requests that
 * come into an app, what I do in the event's clause, a place said before the event, where a thing lives said in an aside, a
 * French order after « et on », a flow of theirs that should be run; on sentences written for this test, none from an
 * evaluation set.
 */
class PlannerRound14Test {

    @Test
    void howThingsAreDoneToday_addsNoStep() {
        Skeleton en = skeleton("Our monitoring tool can call a URL when a disk fills up. Currently it sends an SMS nobody sees. "
                + "Post it to Slack #ops instead.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("slack.send_message");
        Skeleton fr = skeleton("Quand un fichier arrive dans le dossier Dropbox « Factures », poste-le sur Slack #compta. "
                + "Pour l'instant je le copie à la main.");
        assertThat(fr.actions()).containsExactly("dropbox.download_file", "slack.upload_file");
    }

    @Test
    void whatNotToDo_saidAlone_addsNoStep() {
        assertThat(skeleton("When a row is added to the Google Sheet 'Leads', create a document in PandaDoc from our template. "
                + "Do not send it yet.").actions()).containsExactly("pandadoc.create_document");
        assertThat(skeleton("Quand une ligne est ajoutée dans le Google Sheet « Clients », crée un document PandaDoc. Ne l'envoie pas.")
                .actions()).containsExactly("pandadoc.create_document");
    }

    @Test
    void aQuestionAboutHowThingsAre_doesNotHideTheSchedule() {
        assertThat(skeleton("Is anyone even reading our newsletters?? Every Friday at 9 post the report of the last Mailchimp "
                + "campaign to Slack #marketing.").trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void aTimeLater_isAWaitBeforeTheOrder() {
        Skeleton en = skeleton("When a Trello card is created, post it in Slack #team, then two days later email the card owner.");
        assertThat(en.actions()).containsExactly("slack.send_message", "email.send_email");
        assertThat(en.controls()).containsExactly("delay");
        Skeleton fr = skeleton("Quand une carte Trello est créée, envoie un mail de bienvenue au client, puis trois jours plus tard "
                + "envoie-lui un mail de relance.");
        assertThat(fr.actions()).containsExactly("email.send_email", "email.send_email");
        assertThat(fr.controls()).containsExactly("delay");
    }

    @Test
    void aReactionLeftOnTheMessage_addsAReaction() {
        assertThat(skeleton("When a message is posted in the Slack channel #bugs, create a Jira issue and leave an eyes reaction "
                + "on the message.").actions()).containsExactly("jira.create_issue", "slack.add_reaction");
    }

    @Test
    void theCallingSystemGetsAResponse_repliesToTheCall() {
        assertThat(skeleton("Notre boutique peut appeler une URL. Je veux que chaque commande soit ajoutée dans le Google Sheet "
                + "« Commandes » et que la boutique reçoive une réponse avec le numéro.").actions())
                .containsExactly("google_sheets.append_row", "webhook.respond");
        // what the answer holds ("a thank-you message") picks no chat app's reply
        assertThat(skeleton("Our shop can call a URL. Add each order to the Google Sheet 'Orders' and the shop gets a reply with "
                + "a thank-you message.").actions()).containsExactly("google_sheets.append_row", "webhook.respond");
    }

    @Test
    void somethingThatShouldGoIntoAPlace_isAddedThere() {
        Skeleton en = skeleton("Every new Trello card should go into the Google Sheet 'Cards'.");
        assertThat(en.trigger()).isEqualTo("trello.new_card");
        assertThat(en.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void requestsThatComeIntoAnApp_areItsEvent_andEachOneIsEachArrival() {
        Skeleton en = skeleton("Invoices come into our Gmail. I want each one to be saved as a row in the Google Sheet 'Invoices'.");
        assertThat(en.trigger()).isEqualTo("gmail.new_email");
        assertThat(en.actions()).containsExactly("google_sheets.append_row");
        assertThat(en.controls()).isEmpty();
    }

    @Test
    void whatIDoInTheEventsClause_isTheEvent() {
        Skeleton fr = skeleton("Quand je crée une carte dans Trello, préviens l'équipe sur Slack #projets.");
        assertThat(fr.trigger()).isEqualTo("trello.new_card");
        assertThat(fr.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aPlaceSaidBeforeTheEvent_isWhereItHappens() {
        assertThat(skeleton("Dans le Outlook du support, quand un mail arrive avec « panne » dans l'objet, crée une carte Trello.")
                .trigger()).isEqualTo("outlook.new_email");
        assertThat(skeleton("On the sales Gmail inbox, when an email arrives with 'quote' in the subject, create a Trello card.")
                .trigger()).isEqualTo("gmail.new_email");
    }

    @Test
    void whereTheThingLives_saidInAnAside_isReadFirst() {
        assertThat(skeleton("Every morning at 8, email me through Outlook the meetings planned for the day (they are in the "
                + "Google Calendar 'Team').").actions()).containsExactly("google_calendar.list_events", "outlook.send_email");
    }

    @Test
    void frenchOrderAfterEtOn_isTheNextOrder() {
        assertThat(skeleton("Quand une carte Trello est créée, crée une issue Jira et on prévient l'équipe sur Slack #projets.").actions())
                .containsExactly("jira.create_issue", "slack.send_message");
    }

    @Test
    void aFlowOfTheirsThatShouldBeRun_runsIt() {
        Skeleton en = skeleton("We already have a flow 'welcome-client'. I'd like it to be run for every new row of the Google Sheet 'Clients'.");
        assertThat(en.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(en.actions()).containsExactly("flows.run_flow");
        assertThat(skeleton("On a un flux « relance » qui marche bien. Je voudrais qu'il soit lancé pour chaque nouvelle carte Trello.")
                .actions()).containsExactly("flows.run_flow");
    }
}
