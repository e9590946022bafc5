package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Tenth round: events placed by the sentences around them, and what people do themselves (a draft
 * they send, a check they make), on sentences written for this test; none comes from an evaluation set.
 */
class PlannerPeopleTest {

    @Test
    void anEventClauseWithoutApp_happensInTheAppTheContextNames() {
        Skeleton s = skeleton("Support requests reach our help@ Outlook inbox. For every new email there, create a Jira ticket.");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        // a context app without such an event is not the event's
        assertThat(skeleton("Our sales team lives in Slack. Whenever a new email arrives in Gmail, post it to Slack #sales.")
                .trigger()).isEqualTo("gmail.new_email");
    }

    @Test
    void whatArrivesSomewhere_asTheSubjectOfAnOrder_isTheEvent() {
        Skeleton s = skeleton("Files dropped in the Dropbox folder /In should be copied to Google Drive.");
        assertThat(s.trigger()).isEqualTo("dropbox.new_file");
        assertThat(s.actions()).containsExactly("dropbox.download_file", "google_drive.upload_file");
        assertThat(skeleton("Les fichiers arrivant dans le dossier Dropbox /Entrée doivent être copiés sur Google Drive.").trigger())
                .isEqualTo("dropbox.new_file");
        // announcing something is posting it
        Skeleton cards = skeleton("Cards landing in the Trello list 'Urgent' should be announced on Teams.");
        assertThat(cards.trigger()).isEqualTo("trello.new_card");
        assertThat(cards.actions()).containsExactly("microsoft_teams.send_message");
    }

    @Test
    void aDocumentKeptAsADraft_isNotSentByTheFlow() {
        assertThat(skeleton("When a Salesforce opportunity is won, create a PandaDoc contract from the 'Contract' template. "
                + "Keep it as a draft: the lawyer checks it before sending.").actions()).containsExactly("pandadoc.create_document");
        assertThat(skeleton("Quand un lead est créé dans Zoho CRM, crée une proposition PandaDoc, garde-la en brouillon, "
                + "je l'envoie moi-même après relecture.").actions()).containsExactly("pandadoc.create_document");
    }

    @Test
    void aVerbsFormAfterAPlaceWord_isANoun() {
        assertThat(skeleton("Quand une visite Kizeo est terminée, crée un devis PandaDoc avec les mesures relevées sur place.")
                .actions()).containsExactly("pandadoc.create_document");
        // ", with …" after a comma says what the order before is made with
        assertThat(skeleton("When a Kizeo form is finished, create a client in Ogust, with the name and phone entered on site.")
                .actions()).containsExactly("ogust.create_or_update_client");
    }
}
