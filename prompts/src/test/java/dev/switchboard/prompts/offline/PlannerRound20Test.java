package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twentieth round: requests written as tickets and user stories ({@link Lines}: a title line, line ends, background
 * and out-of-scope lines; {@link Stories}: the asker's role, "I want every X to Y", Given/When/Then), steps not wanted,
 * and field assignments; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound20Test {

    @Test
    void aTitleLine_addsNoStep_andEachLineEndsASentence() {
        assertThat(Lines.of("Invoice archive -> Dropbox\nWhen an email arrives in Gmail\nsave its attachments to Dropbox"))
                .isEqualTo("When an email arrives in Gmail.\nsave its attachments to Dropbox.");
        Skeleton s = skeleton("Order log\nWhen a new row is added to Google Sheets\npost it in Slack #orders");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aScheduleInTheTitle_isKeptWhenTheLinesDoNotSayOne() {
        assertThat(Lines.of("Every Monday at 9\nsend the Jira report to Slack")).startsWith("Every Monday at 9.");
        assertThat(Lines.of("Daily digest\nEvery day at 8, post the new Trello cards in Slack")).startsWith("Every day at 8");
    }

    @Test
    void theRoleOfWhoAsks_addsNothing_andEveryXToY_isTheEventThenTheOrder() {
        Skeleton en = skeleton("As an office manager, I want every Dropbox file added to the folder /Scans to be uploaded to Google Drive.");
        assertThat(en.trigger()).isEqualTo("dropbox.new_file");
        assertThat(en.actions()).contains("google_drive.upload_file");
        Skeleton other = skeleton("As a sales lead who works in Slack, I want each Salesforce opportunity created by the team to become a card in Trello.");
        assertThat(other.trigger()).isEqualTo("salesforce.new_record");
        assertThat(other.actions()).containsExactly("trello.create_card");
    }

    @Test
    void aSecondParticiple_isWhatIsDoneToTheEvent() {
        Skeleton s = skeleton("I want every meeting added to the shared Google Calendar copied into my Outlook calendar.");
        assertThat(s.trigger()).isEqualTo("google_calendar.new_event");
        assertThat(s.actions()).containsExactly("outlook.create_event");
    }

    @Test
    void aScenario_givesItsEventFromGiven_andItsOrdersFromThen() {
        Skeleton s = skeleton("Given a new card is created in Trello\nWhen the flow runs\nThen an issue is created in Jira");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        Skeleton fr = skeleton("Étant donné un nouveau fichier dans Dropbox\nQuand le fichier arrive\nAlors envoyer un message Slack dans #docs");
        assertThat(fr.trigger()).isEqualTo("dropbox.new_file");
        assertThat(fr.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aBackgroundLine_ordersNothing_butMayTellTheEvent() {
        Skeleton told = skeleton("Context: our booking page calls a webhook. The team copies each booking into Excel by hand.\n"
                + "Create a Jira issue with the booking details.");
        assertThat(told.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(told.actions()).containsExactly("jira.create_issue");
        Skeleton other = skeleton("Contexte : aujourd'hui les commandes arrivent par Slack.\n"
                + "Quand une ligne est ajoutée au Google Sheet « Commandes », créer une carte Trello.");
        assertThat(other.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(other.actions()).containsExactly("trello.create_card");
    }

    @Test
    void stepsNotWanted_andOutOfScope_addNoStep() {
        Skeleton s = skeleton("When an email arrives in Outlook, create a Trello card. No Slack message for now.");
        assertThat(s.actions()).containsExactly("trello.create_card");
        Skeleton scoped = skeleton("When a new row is added to Google Sheets, create a HubSpot-free Salesforce lead.\nOut of scope: updates and deletions");
        assertThat(scoped.actions()).containsExactly("salesforce.create_lead");
    }

    @Test
    void aFieldAssignment_isNoStep() {
        Skeleton s = skeleton("Quand une carte est créée dans Trello, créer un ticket Jira.\n- résumé = titre de la carte\n- description = lien de la carte");
        assertThat(s.actions()).containsExactly("jira.create_issue");
    }

    @Test
    void aMessageThatGetsAReaction_isReactedTo_inTheTriggersChannel() {
        Skeleton s = skeleton("When a message is posted in Slack #requests, the message should get a :eyes: reaction.");
        assertThat(s.actions()).containsExactly("slack.add_reaction");
        var flow = Planned.build("When a message is posted in Slack #requests, the message should get a :eyes: reaction.");
        assertThat(flow.flow().at("/steps/0/input/timestamp").asString()).isEqualTo("{{ trigger.ts }}");
        assertThat(flow.flow().at("/steps/0/input/channel").asString()).isEqualTo("#requests");
    }

    @Test
    void aCallerThatGetsAnAnswer_isAnsweredByTheFlow() {
        Skeleton s = skeleton("When our website posts a form to a webhook, create a lead in Zoho CRM and the website gets an HTTP 200 with the lead id.");
        assertThat(s.actions()).containsExactly("zoho_crm.create_lead", "webhook.respond");
    }

    @Test
    void afterAWait_theSameKindOfStep_isANewStep() {
        Skeleton s = skeleton("When a new lead is created in Zoho CRM, send a welcome email from Gmail, then wait 3 days, and a reminder email from Gmail.");
        assertThat(s.actions()).containsExactly("gmail.send_email", "gmail.send_email");
        assertThat(s.controls()).containsExactly("delay");
    }

    @Test
    void forEachFinishedThing_openingTheRequest_isTheEvent() {
        Skeleton s = skeleton("Pour chaque contrôle terminé dans Kizeo Forms, envoyer le PDF par mail à qualite@example.com.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
    }
}
