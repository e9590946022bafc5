package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Sixth round: a filter said with the event ("whose…", "dont…", "et qu'il contient…", "with the status…") is an
 * "if"; vous/tu verb forms; emoji names. Seventh round: context about the business, the request around the flow,
 * asides that say the event or the call. Sentences written for this test; none comes from an evaluation set.
 */
class PlannerFilterTest {

    @Test
    void aRelativeClauseOnTheEvent_isACondition() {
        Skeleton en = skeleton("When a new email arrives in Gmail whose subject contains 'invoice', create a Trello card.");
        assertThat(en.trigger()).isEqualTo("gmail.new_email");
        assertThat(en.actions()).containsExactly("trello.create_card");
        assertThat(en.controls()).containsExactly("if");
        Skeleton fr = skeleton("Quand je reçois un mail sur Gmail dont l'objet contient 'Facture', crée une carte Trello.");
        assertThat(fr.trigger()).isEqualTo("gmail.new_email");
        assertThat(fr.controls()).containsExactly("if");
    }

    @Test
    void andItContains_orAStatus_isACondition() {
        Skeleton fr = skeleton("Lorsqu'un nouveau message est posté dans le canal Slack #ventes et qu'il contient le mot 'devis', "
                + "crée une carte Trello.");
        assertThat(fr.trigger()).isEqualTo("slack.new_message");
        assertThat(fr.actions()).containsExactly("trello.create_card");
        assertThat(fr.controls()).containsExactly("if");
        Skeleton en = skeleton("When a row is added to the Google Sheet 'Leads' with the status 'Hot', send a Slack message to #sales.");
        assertThat(en.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(en.controls()).containsExactly("if");
    }

    @Test
    void anIdentifyingRelative_isNoCondition() {
        Skeleton s = skeleton("When a Kizeo form whose id is 1234 is finished, send a Slack message to #ops.");
        assertThat(s.controls()).isEmpty();
    }

    @Test
    void vousAndTuForms_areKnownVerbs() {
        Skeleton wait = skeleton("Lorsque le formulaire Kizeo 'Audit' est enregistré, attendez 3 jours puis envoyez un e-mail au client.");
        assertThat(wait.controls()).containsExactly("delay");
        assertThat(skeleton("Quand je reçois un mail sur Outlook, tu réponds à l'expéditeur.").actions())
                .containsExactly("outlook.reply_to_email");
    }

    @Test
    void anEmojiName_doesNotCutTheClause() {
        assertThat(skeleton("Quand un message est posté dans le canal Slack #rh, ajoute une réaction :thumbsup: sur le message.")
                .actions()).containsExactly("slack.add_reaction");
    }

    @Test
    void chatSpellingsOfWhen_openTheEvent() {
        assertThat(skeleton("wen a new card is created in trello, send a slack msg to #dev").trigger()).isEqualTo("trello.new_card");
        assertThat(skeleton("qd un nouveau fichier arrive dans dropbox, envoie un msg slack sur #docs").trigger())
                .isEqualTo("dropbox.new_file");
    }

    @Test
    void forEachOfThem_betweenCommas_isALoop() {
        Skeleton s = skeleton("Every Monday at 8am, list the Trello cards of the board 'Ops' and, for each of them, send a Slack message to #ops.");
        assertThat(s.controls()).containsExactly("for_each");
        assertThat(s.actions()).endsWith("slack.send_message");
    }

    @Test
    void aSpeechGerund_isWhatTheMessageSays() {
        assertThat(skeleton("Send a Slack message to #ops whenever a Trello card is archived, saying who archived it.").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void whatTheBusinessDoes_andAClosingRequest_addNoStep() {
        // seventh round
        Skeleton en = skeleton("We run a chain of bakeries and our managers fill in a 'Daily waste' form in Kizeo Forms. Each time "
                + "one is completed, add a row to the Google Sheet 'Waste'. Could you set that up?");
        assertThat(en.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(en.actions()).containsExactly("google_sheets.append_row");
        Skeleton fr = skeleton("Nous gérons des résidences étudiantes et nos agents remplissent tous les matins un état des lieux "
                + "sur Kizeo Forms. Dès qu'un état des lieux est enregistré, envoyez le PDF par e-mail à gestion@exemple.fr.");
        assertThat(fr.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(fr.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void makeItSoThat_isTheRequest_andAPassiveOrderSaysItsVerb() {
        Skeleton s = skeleton("Can you make it so that each time an email arrives in Outlook, a Jira issue is created in project "
                + "HELP with the email subject as its summary?");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).containsExactly("jira.create_issue");
    }

    @Test
    void anAsideThatSaysTheEventOrTheCall_isKept() {
        assertThat(skeleton("When the customer signs off the job (Kizeo form 'Job sheet' saved), email the PDF to "
                + "office@example.com.").trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Every day at noon, read the last run date from storage, call the stock API "
                + "(GET https://stock.example.com/api/items?since=<date>) and store the new date.").actions())
                .containsExactly("storage.get", "http.request", "storage.put");
    }

    @Test
    void aConditionWithoutAComma_endsAtTheOrderAfterTheComparedValue() {
        Skeleton s = skeleton("Quand une commande est passée via le formulaire Kizeo « Commande », si le mode est « urgent » crée une "
                + "carte Trello, sinon ajoute une ligne au Google Sheet « Commandes ».");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("trello.create_card", "google_sheets.append_row");
        assertThat(s.controls()).containsExactly("if");
    }

    // Eighth round: which field goes where, the place of the event, how people work.

    @Test
    void withAFieldAsAnother_mapsFieldsOfTheOrderBefore_noStep() {
        assertThat(skeleton("Quand un nouveau mail arrive dans Outlook, crée un ticket Jira dans le projet SAV, avec l'objet du mail "
                + "comme résumé.").actions()).containsExactly("jira.create_issue");
    }

    @Test
    void aRelativeClauseOfTheEvent_keepsItsPlace() {
        Skeleton s = skeleton("Send any new file that appears in the Dropbox folder /Invoices to #finance on Slack.");
        assertThat(s.trigger()).isEqualTo("dropbox.new_file");
        assertThat(s.actions()).containsExactly("dropbox.download_file", "slack.upload_file");
    }

    @Test
    void aSentenceWhoseSubjectComesFirst_beforeTheEvent_isContext() {
        assertThat(skeleton("Field staff sometimes delete entries by mistake. Whenever data is deleted on the Kizeo form \"Checks\", "
                + "send an email to qhse@example.com.").actions()).containsExactly("email.send_email");
    }
}
