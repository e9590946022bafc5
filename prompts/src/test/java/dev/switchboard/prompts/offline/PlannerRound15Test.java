package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Fifteenth round: a comparison is no arrow, a label before a colon is no event, a verbless opening before a colon is
 * the event ({@link Opening}), a longer heading before the event is where it happens ({@link Heading}), night words are a schedule, a system that will POST to a hook calls the flow, a #channel
 * is a chat app's ({@link Channels}), and "so X gets…" / « pour faire … » is a purpose; on sentences written for this
 * test, none from an evaluation set.
 */
class PlannerRound15Test {

    @Test
    void aGreaterThanBeforeANumber_comparesAndIsNoArrow() {
        Skeleton en = skeleton("When a new Jira issue is created and story points > 8, post it to #planning on Slack.");
        assertThat(en.trigger()).isEqualTo("jira.new_issue");
        assertThat(en.actions()).containsExactly("slack.send_message");
        Skeleton fr = skeleton("Quand une nouvelle carte Trello est créée avec un budget > 500 €, crée un ticket Jira.");
        assertThat(fr.trigger()).isEqualTo("trello.new_card");
        assertThat(fr.actions()).containsExactly("jira.create_issue");
    }

    @Test
    void aLabelBeforeTheArrowsEvent_staysALabel() {
        Skeleton en = skeleton("Bug triage: new Jira issue -> create a Trello card in the list 'Bugs'.");
        assertThat(en.trigger()).isEqualTo("jira.new_issue");
        assertThat(en.actions()).containsExactly("trello.create_card");
        Skeleton fr = skeleton("Veille : nouveau fichier Dropbox -> message sur Slack dans #veille");
        assertThat(fr.trigger()).isEqualTo("dropbox.new_file");
        assertThat(fr.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aVerblessOpeningBeforeAColonThenAnOrder_isTheEvent() {
        Skeleton en = skeleton("New Jira issue in project OPS: create a Trello card in the list 'Todo'.");
        assertThat(en.trigger()).isEqualTo("jira.new_issue");
        assertThat(en.actions()).containsExactly("trello.create_card");
        Skeleton fr = skeleton("Nouvelle réponse au Google Form 'Inscription' : ajouter une ligne dans le Google Sheet 'Inscrits'.");
        assertThat(fr.trigger()).isEqualTo("google_forms.new_response");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
        Skeleton channel = skeleton("Messages posted in #support: open a ServiceNow incident.");
        assertThat(channel.trigger()).isEqualTo("slack.new_message");
        assertThat(channel.actions()).containsExactly("servicenow.create_incident");
    }

    @Test
    void aLabelBeforeATime_isNoStep() {
        Skeleton en = skeleton("Morning digest: every weekday at 7am list the open Jira issues and post them to #team on Slack.");
        assertThat(en.trigger()).isEqualTo("schedule.cron");
        assertThat(en.actions()).containsExactly("jira.search_issues", "slack.send_message");
    }

    @Test
    void aLongerHeadingBeforeTheEvent_saysWhereItHappens_andSendsNothing() {
        Skeleton en = skeleton("Support shared inbox (Gmail): on each new email, create a Jira issue in project SUP.");
        assertThat(en.trigger()).isEqualTo("gmail.new_email");
        assertThat(en.actions()).containsExactly("jira.create_issue");
        Skeleton fr = skeleton("Boîte partagée du support (Outlook) : à chaque nouveau mail, créer une carte Trello.");
        assertThat(fr.trigger()).isEqualTo("outlook.new_email");
        assertThat(fr.actions()).containsExactly("trello.create_card");
    }

    @Test
    void nightWords_areASchedule() {
        assertThat(skeleton("Nightly at 1am, list the Dropbox files of the folder /scans and post them to Slack #scans.").trigger())
                .isEqualTo("schedule.cron");
        assertThat(skeleton("Sauvegarde nocturne à 3h : lister les fichiers Dropbox du dossier /factures et les envoyer par mail "
                + "à compta@acme.test.").trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void aSystemThatWillPostToAHookUrl_callsTheFlow() {
        Skeleton en = skeleton("Stripe will POST to a hook URL whenever a payment fails. Create a Jira issue in project PAY.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("jira.create_issue");
    }

    @Test
    void aChannelInTheEvent_isTheChatAppsEvent() {
        assertThat(skeleton("When messages are posted in #support, add a :eyes: reaction.").trigger()).isEqualTo("slack.new_message");
        assertThat(skeleton("Quand des messages sont postés dans #aide, créer une carte Trello.").trigger()).isEqualTo("slack.new_message");
    }

    @Test
    void postingToAChannel_isAChatMessage_notAnEmail() {
        assertThat(skeleton("When a Trello card is created, post its name in #ops.").actions()).containsExactly("slack.send_message");
        assertThat(skeleton("Quand un fichier est ajouté dans Dropbox, poster le lien dans #docs.").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void aPurposeOrATimeBeforeSomething_addsNoStep() {
        assertThat(skeleton("When a file lands in the Dropbox folder 'Contracts', create a Jira issue so legal can review it "
                + "before the signature.").actions()).containsExactly("jira.create_issue");
        assertThat(skeleton("Quand un lead est créé dans Zoho CRM, crée une carte Trello pour faire valider l'offre.").actions())
                .containsExactly("trello.create_card");
    }
}
