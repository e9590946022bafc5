package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Tenth round: events placed by the sentences around them, what people do themselves (a draft they
 * send, a check they make, how they work) and quarters, on sentences written for this test; none
 * comes from an evaluation set.
 */
class PlannerPeopleTest {

    @Test
    void anEventClauseWithoutApp_happensInTheAppTheContextNames() {
        Skeleton s = skeleton("Support requests reach our help@ Outlook inbox. For every new email there, create a Jira ticket.");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        // the trigger's description says what its records are ("in a module (Leads, Contacts, Deals…)")
        assertThat(skeleton("Our buyers work in Zoho CRM. When a new deal is created there, post it on Slack #deals.").trigger())
                .isEqualTo("zoho_crm.new_record");
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

    @Test
    void aModalAfterTheEventsNounGroup_opensTheOrder() {
        Skeleton s = skeleton("Every new Jira bug should open a ServiceNow incident.");
        assertThat(s.trigger()).isEqualTo("jira.new_issue");
        assertThat(s.actions()).containsExactly("servicenow.create_incident");
        assertThat(skeleton("Chaque nouvelle réponse Google Forms doit créer une carte Trello.").actions())
                .containsExactly("trello.create_card");
    }

    @Test
    void whatWeDoBeforeTheEvent_isHowWeWork() {
        assertThat(skeleton("We assign repairs from a Trello board. When a new card is added there, post it on Slack #repairs.")
                .actions()).containsExactly("slack.send_message");
        // a wish or a schedule is no description
        assertThat(skeleton("We need a flow: when a Jira issue is created, post it on Slack.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("We post a summary in Slack every Monday at 9.").trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void everyQuarter_isTheFirstDayOfItsMonths() {
        assertThat(Planned.build("Every quarter, send me the Mailchimp campaigns list by email.").flow()
                .at("/trigger/params/cron").asString()).isEqualTo("0 8 1 1,4,7,10 *");
        assertThat(Planned.build("Chaque trimestre à 8h30, envoie-moi la liste des campagnes Mailchimp par mail.").flow()
                .at("/trigger/params/cron").asString()).isEqualTo("30 8 1 1,4,7,10 *");
    }

    @Test
    void aSentenceOpenedByAPluralSubject_beforeTheEvent_isHowPeopleWork() {
        Skeleton s = skeleton("Suppliers send invoices by email. When a message with a PDF arrives in Outlook, save the attachment "
                + "to Dropbox /Invoices.");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).doesNotContain("email.send_email", "outlook.send_email");
    }

    @Test
    void aReadOfTheXOfEveryY_readsXInALoopOverTheYs() {
        Skeleton s = skeleton("Chaque lundi à 9h, récupère le rapport de chaque campagne Mailchimp envoyée la semaine dernière et "
                + "poste-le sur Slack #marketing.");
        assertThat(s.actions()).containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
        assertThat(s.controls()).containsExactly("for_each");
        assertThat(skeleton("Every Friday at 6pm, fetch the report of each Mailchimp campaign sent this week and post it to "
                + "Slack #news.").actions())
                .containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
    }

    @Test
    void aFieldTheLoopsItemsLack_isReadPerItem() {
        assertThat(skeleton("Every Friday at 6pm, list the Mailchimp campaigns and for each of them post its click rate in "
                + "Slack #news.").actions())
                .containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
        // read once: the item's report is in hand already
        assertThat(skeleton("Every Friday at 6pm, list the Mailchimp campaigns and for each of them fetch its report and post "
                + "its click rate in Slack #news.").actions())
                .containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
    }

    @Test
    void atEachXClosingAnOrder_isTheEventWhenTheContextsAppHasIt() {
        Skeleton s = skeleton("Our customers book visits through a Google Forms survey. Create the client in Ogust and email me "
                + "a summary at each response.");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("ogust.create_or_update_client", "email.send_email");
        // to each technician: no event of the context's app, the flow runs by hand
        assertThat(skeleton("Our techs use Kizeo on site. Push the prefilled 'Check' form to each technician.").trigger())
                .isEqualTo("manual.run");
    }

    @Test
    void anApprovalBeforeAnOrder_saidWithAvantQue_isTwoSteps() {
        Skeleton s = skeleton("Quand une carte Trello est créée, le chef doit approuver avant qu'un ticket Jira soit ouvert.");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        assertThat(s.controls()).containsExactly("approval");
    }
}
