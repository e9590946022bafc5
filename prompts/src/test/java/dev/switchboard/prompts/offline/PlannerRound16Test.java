package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.build;
import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sixteenth round: orders said after the ones they come before ("Oh, and before that, …"), an order
 * right after a number in a condition, slips in a brand, "web hook" in two words, and putting things
 * into an app that stores no files; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound16Test {

    @Test
    void aSentenceSaidBeforeThat_goesBeforeTheOrdersBeforeIt() {
        Skeleton s = skeleton("When a Trello card is created, add a row to the Google Sheet 'Cards'. And before that, "
                + "post its title in #board on Slack.");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("slack.send_message", "google_sheets.append_row");
        Skeleton fr = skeleton("Quand une carte Trello est créée, ajoute une ligne dans le Google Sheet 'Cartes'. Mais avant, "
                + "préviens #tableau sur Slack.");
        assertThat(fr.actions()).containsExactly("slack.send_message", "google_sheets.append_row");
    }

    @Test
    void theVeryFirstThing_withItsCondition_goesFirst() {
        Skeleton s = skeleton("When a Dropbox file is added, copy it to Google Drive. The very first thing: if it is bigger "
                + "than 10 MB, send a message on Slack.");
        assertThat(s.actions().get(0)).isEqualTo("slack.send_message");
        assertThat(s.controls()).contains("if");
    }

    @Test
    void beforeThatInTheFirstSentence_movesNothing() {
        Skeleton s = skeleton("Before that, nothing was automated. Every Monday at 9, post the week's plan in #crew on Slack.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void anOrderRightAfterANumber_endsTheCondition() {
        Skeleton s = skeleton("When a row is added to the Google Sheet 'Sales', if the amount is over $300 message me on Slack.");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(s.controls()).contains("if");
        Skeleton people = skeleton("When a Google Forms response comes in, if the group is more than 20 people email me.");
        assertThat(people.actions()).hasSize(1);
        assertThat(people.actions().get(0)).endsWith("send_email");
        assertThat(people.controls()).contains("if");
    }

    @Test
    void aSlipInABrand_stillNamesTheApp() {
        Skeleton s = skeleton("When a new record is created in Salesforse, upload the quote to Dropbx.");
        assertThat(s.trigger()).isEqualTo("salesforce.new_record");
        assertThat(s.actions()).containsExactly("dropbox.upload_file");
        assertThat(skeleton("Every Friday at 5, create a meeting in my Google Calender.").actions())
                .containsExactly("google_calendar.create_event");
    }

    @Test
    void aWebHookInTwoWords_isTheWebhook() {
        Skeleton s = skeleton("Our booking site sends a web hook for each booking: add it as a row in the Google Sheet 'Bookings'.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void puttingIntoAnAppThatStoresNoFiles_createsThere() {
        Skeleton s = skeleton("When a Calendly-like Google Forms response comes in, put the visit in my Google Calendar.");
        assertThat(s.actions()).containsExactly("google_calendar.create_event");
        // an app that stores files keeps putting as an upload
        assertThat(skeleton("When a new file is in Dropbox, put it in Google Drive.").actions()).contains("google_drive.upload_file");
    }

    @Test
    void theContentOfAnotherAppsThing_isReadFirst_withTheReadOfWhatItHolds() {
        Skeleton s = skeleton("Every Friday at 4pm post the content of the 'Stock' Google Sheet in #shop on Slack.");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "slack.send_message");
        Skeleton fr = skeleton("Chaque vendredi à 16h, envoie sur Teams le contenu du Google Sheet 'Stock'.");
        assertThat(fr.actions()).containsExactly("google_sheets.get_rows", "microsoft_teams.send_message");
    }

    @Test
    void eveningsInThePlural_areInTheEvening() {
        BuildResult result = build("Tous les soirs, poste le mot du jour dans #equipe sur Slack.");
        assertThat(result.flow().at("/trigger/params/cron").asString()).isEqualTo("0 18 * * *");
    }

    @Test
    void anOrderRightAfterATime_isTheOrder_evenAfterEvery() {
        Skeleton s = skeleton("Every month export the Kizeo data of the form 'Audits' to Excel.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).contains("kizeo_forms.export_data_excel");
    }

    @Test
    void thePeriodBefore_isAWindow_soTheDataIsSearchedFirst() {
        Skeleton s = skeleton("Le 2 de chaque mois, exporte en CSV les audits saisis dans Kizeo le mois d'avant.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv");
    }

    @Test
    void anExportAfterASearch_takesTheFoundIds_andTheSameForm() {
        BuildResult result = build("Every Monday, export last week's Kizeo data of the form 'Audits' to CSV.");
        JsonNode export = result.flow().at("/steps/1/input");
        assertThat(export.path("data_ids").asString()).isEqualTo("{{ steps.data.data._id[] }}");
        // one question for the form, answered once for both steps
        assertThat(export.path("form_id").asString()).isEqualTo(result.flow().at("/steps/0/input/form_id").asString());
        assertThat(result.questions().stream().filter(q -> q.name().startsWith("form_id"))).hasSize(1);
    }

    @Test
    void anEmailListedWithOtherFields_isAField_notAMessage() {
        Skeleton s = skeleton("I run this by hand with the tenant's name and email: create the lease in PandaDoc from the 'Lease' template.");
        assertThat(s.actions()).containsExactly("pandadoc.create_document");
        Skeleton fr = skeleton("Je le lance moi-même avec le nom, le téléphone et l'email du locataire : crée le bail dans PandaDoc.");
        assertThat(fr.actions()).containsExactly("pandadoc.create_document");
    }

    @Test
    void noteBeforeWhatIsNoted_isTheOrderToWriteItDown() {
        Skeleton s = skeleton("Quand une carte Trello est créée, note le titre dans le Google Sheet 'Cartes'.");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void afterAWait_aConditionOnTheStateNow_readsItAgain() {
        Skeleton s = skeleton("When a Google Forms response comes in, send the PandaDoc document. A week later, if it is still "
                + "not signed, message #sales on Slack.");
        assertThat(s.actions()).containsExactly("pandadoc.send_document", "pandadoc.get_document_status", "slack.send_message");
        assertThat(s.controls()).contains("delay", "if");
    }

    @Test
    void afterAWait_lookingWhetherSomethingExists_searchesForIt() {
        Skeleton s = skeleton("Quand un nouveau contact arrive dans Salesforce, attends 3 jours puis vérifie s'il a un devis ; "
                + "s'il n'en a toujours pas, préviens #ventes sur Slack.");
        assertThat(s.actions()).containsExactly("salesforce.find_records", "slack.send_message");
        assertThat(s.controls()).contains("delay", "if");
    }

    @Test
    void aConditionWithoutAWaitBefore_readsNothing() {
        Skeleton s = skeleton("When a PandaDoc document is sent, if it is still a draft, message #sales on Slack.");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aWeekdayWithAPartOfTheDay_isASchedule() {
        BuildResult result = build("Le mardi soir, envoie-moi par mail la liste des cartes Trello du tableau 'Chantiers'.");
        assertThat(result.flow().at("/trigger/app").asString()).isEqualTo("schedule");
        assertThat(result.flow().at("/trigger/params/cron").asString()).isEqualTo("0 18 * * 2");
    }

    @Test
    void eachPersonInANamedGroup_readsTheGroupsMembersFirst() {
        Skeleton s = skeleton("Every Monday at 7, push the 'Weekly check' Kizeo form to each technician in the 'North' group.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_group_users", "kizeo_forms.push_data");
    }

    @Test
    void anEmojiPutOnAMessage_isAReaction() {
        assertThat(skeleton("When a message is posted in #support on Slack, put a 👀 on the message.").actions())
                .containsExactly("slack.add_reaction");
        assertThat(skeleton("Quand un message arrive dans #compta sur Slack, mets un ✅ sur le message.").actions())
                .containsExactly("slack.add_reaction");
    }

    @Test
    void theResultsOfTheLatestThing_areReportedOnAfterListingIt() {
        BuildResult result = build("Every Monday, post the stats of our latest Mailchimp campaign in #marketing on Slack.");
        assertThat(Skeleton.of(result.flow()).actions())
                .containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
        assertThat(result.flow().at("/steps/1/input/campaign_id").asString()).isEqualTo("{{ steps.campaigns.campaigns[0].id }}");
        Skeleton fr = skeleton("Chaque vendredi, envoie-moi par mail les résultats de la dernière campagne Mailchimp.");
        assertThat(fr.actions()).startsWith("mailchimp.list_campaigns", "mailchimp.get_campaign_report");
    }

    @Test
    void makingAFileInAFormat_isTheExportOfTheAppInHand() {
        Skeleton s = skeleton("Every Friday take this week's Kizeo site reports, make a CSV file and upload it to Dropbox.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_csv",
                "dropbox.upload_file");
    }

    @Test
    void aNightAtAnEveningHour_isInTheEvening_andRecievedIsReceived() {
        assertThat(build("Every night at 10, post the day's total in #ops on Slack.").flow().at("/trigger/params/cron").asString())
                .isEqualTo("0 22 * * *");
        assertThat(build("Every night at 2, post the backup status in #ops on Slack.").flow().at("/trigger/params/cron").asString())
                .isEqualTo("0 2 * * *");
        assertThat(skeleton("When a Kizeo form pushed to a tech is recieved on his tablet, add a row in the Google Sheet 'Log'.")
                .trigger()).isEqualTo("kizeo_forms.data_received");
    }

    @Test
    void aWebhookCallSentEveryEvening_isTheWebhook_notASchedule() {
        Skeleton s = skeleton("Our till sends a webhook call every evening with the day's takings: add a row in the Google Sheet 'Takings'.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        Skeleton fr = skeleton("La caisse envoie un appel webhook chaque soir avec le total : ajoute une ligne dans le Google Sheet 'Caisse'.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void exceptWhen_guardsTheOrderBefore_withTheConditionNegated() {
        BuildResult result = build("When a Typeform-like Google Forms response comes in, add the person to our Mailchimp audience. "
                + "Except when they ticked 'no newsletter', then skip them.");
        Skeleton s = Skeleton.of(result.flow());
        assertThat(s.actions()).containsExactly("mailchimp.add_member");
        assertThat(s.controls()).contains("if");
        assertThat(result.explanation()).contains("if not (they ticked");
        Skeleton fr = skeleton("Quand une carte Trello est créée, ajoute une ligne dans le Google Sheet 'Cartes'. Sauf si elle est "
                + "déjà archivée.");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
        assertThat(fr.controls()).contains("if");
    }
}
