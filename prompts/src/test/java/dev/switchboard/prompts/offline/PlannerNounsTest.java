package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Eleventh round: nouns that are no orders (what a flow is given, "name and email"), everyone in a group,
 * a copy to another app, "list" as an order and the usual short names of apps, on sentences written for
 * this test; none comes from an evaluation set.
 */
class PlannerNounsTest {

    @Test
    void whatTheFlowIsGiven_addsNoStep() {
        assertThat(skeleton("A flow I start by hand, with a title and a description, that creates a Trello card.").actions())
                .containsExactly("trello.create_card");
        assertThat(skeleton("Un flux lancé à la main, avec un prénom et un email, qui ajoute une ligne dans la feuille Google « Inscrits ».")
                .actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void emailLastAfterAnd_isANoun() {
        assertThat(skeleton("When a Trello card is created, add a row to the Google Sheet 'Cards' with the owner's name and email.")
                .actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void anOrderForOneUserSaidOfAGroup_readsTheGroupsUsersFirst() {
        Skeleton fr = skeleton("Tous les mardis à 7h, pousse le formulaire « Relevé compteur » à tous les membres du groupe Kizeo « Sud ».");
        assertThat(fr.actions()).containsExactly("kizeo_forms.get_group_users", "kizeo_forms.push_data");
        Skeleton en = skeleton("Every Wednesday at 8am, push the Kizeo form 'Safety walk' to all the users of the group 'Site B'.");
        assertThat(en.actions()).containsExactly("kizeo_forms.get_group_users", "kizeo_forms.push_data");
    }

    @Test
    void aFileSaidWithItsParticipleAndPlace_isCopiedToTheOtherApp() {
        Skeleton s = skeleton("Je veux que chaque nouveau fichier ajouté dans le dossier Drive 'Contrats' soit copié dans Dropbox.");
        assertThat(s.trigger()).isEqualTo("google_drive.new_file");
        assertThat(s.actions()).containsExactly("google_drive.download_file", "dropbox.upload_file");
    }

    @Test
    void listBeforeItsObject_isAnOrder_andEachFileIsDownloadedBeforeItIsCopied() {
        Skeleton s = skeleton("every monday 7am list the files in the drive folder 'Scans' and for each one copy it to Dropbox");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("google_drive.list_files", "google_drive.download_file", "dropbox.upload_file");
    }

    @Test
    void theUsualShortNameOfAnApp_namesIt() {
        assertThat(skeleton("Run by hand: find the account in SFDC and update its Rating field to 'Hot'.").actions())
                .containsExactly("salesforce.find_records", "salesforce.update_record");
    }

    @Test
    void oneThingPerOther_saysTheLayoutAndAddsNoStep() {
        assertThat(skeleton("When a Trello card is created, add it to the Google Sheet 'Cards', one row per card.").actions())
                .containsExactly("google_sheets.append_row");
    }

    @Test
    void emailingWhatHoldsAVerbLikeAdjective_sendsAnEmail() {
        assertThat(skeleton("Every Monday at 9am, list the Mailchimp campaigns and email the open counts to ops@acme.test.").actions())
                .containsExactly("mailchimp.list_campaigns", "email.send_email");
    }

    @Test
    void aFrenchFormFollowedByEachOne_isAnOrderInALoop() {
        Skeleton s = skeleton("Tous les soirs à 19h, récupère la liste des utilisateurs Kizeo et ajoute chacun comme ligne dans la feuille Google « Équipe ».");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_all_users", "google_sheets.append_row");
        assertThat(s.controls()).contains("for_each");
    }

    @Test
    void turningAValueIntoAFormat_isAConversion_butIntoARecordCreatesIt() {
        assertThat(skeleton("When a Jira issue is created, turn its due date into yyyy-MM-dd and post it on Slack #dev.").actions())
                .containsExactly("data.format_date", "slack.send_message");
        assertThat(skeleton("When a Jira issue is created, turn it into a Trello card.").actions())
                .containsExactly("trello.create_card");
    }
}
