package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Thirteenth round ({@link Rephrased}): what people who do not know the apps' words say instead — another system calling
 * a link, an address asked for, answering the site, making a file of something, a heads-up, a link dropped somewhere, a
 * copy put in a calendar, passing something on, keeping only some of it; on sentences written for this test, none from
 * an evaluation set.
 */
class PlannerCallsTest {

    @Test
    void aSystemThatWillCallALink_startsTheFlowOnItsWebhook() {
        Skeleton en = skeleton("Our CRM will call a link whenever a deal closes. Create a Trello card with the deal name.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("trello.create_card");
        Skeleton fr = skeleton("Notre logiciel de caisse va appeler un lien à chaque vente. Ajoute une ligne dans le Google Sheet 'Ventes'.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void anAddressAskedForWithWhoCallsIt_isTheWebhook() {
        Skeleton en = skeleton("Give me a URL our form can post bookings to, then add each booking to the Google Sheet 'Bookings'.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("google_sheets.append_row");
        Skeleton fr = skeleton("Donne-moi une URL où notre boutique peut envoyer les commandes. Crée une carte Trello avec le numéro de commande.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("trello.create_card");
    }

    @Test
    void answeringTheSite_repliesToTheCall_soTheSiteCalledTheFlow() {
        Skeleton en = skeleton("When someone asks for a demo on our website, create a lead in Salesforce and reply to the website with the lead id.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("salesforce.create_lead", "webhook.respond");
        Skeleton fr = skeleton("Quand un client s'inscrit sur notre site, crée une carte Trello et réponds au site avec l'id de la carte.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("trello.create_card", "webhook.respond");
    }

    @Test
    void makingAFileOfSomething_exportsIt() {
        Skeleton en = skeleton("Every Tuesday, turn the Sales Google Sheet into a PDF and email it to boss@acme.test from Gmail.");
        assertThat(en.actions()).containsExactly("google_drive.export_file", "gmail.send_email");
        Skeleton fr = skeleton("Chaque vendredi à 16h, récupère les saisies Kizeo de la semaine du formulaire Visite, fais-en un fichier Excel "
                + "et mets-le dans Dropbox.");
        assertThat(fr.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel", "dropbox.upload_file");
    }

    @Test
    void frenchUpdateSaidAroundItsObject_updates() {
        assertThat(skeleton("Quand une carte Trello est créée, mets la ligne à jour dans le Google Sheet Suivi.").actions())
                .containsExactly("google_sheets.update_row");
    }

    @Test
    void aHeadsUpOrADroppedLink_isAMessage() {
        assertThat(skeleton("When a new Trello card is created, send a heads-up to #ops on Slack.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("When a Jira issue is created, give the #ops channel on Slack a heads-up.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("Quand un fichier est ajouté dans Dropbox, colle le lien dans #docs sur Slack.").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("When a Dropbox file is added, drop the link in #docs on Slack.").actions())
                .containsExactly("slack.send_message");
    }

    @Test
    void aCopyPutInACalendar_isANewEvent() {
        assertThat(skeleton("Quand un rendez-vous est ajouté dans mon agenda Google, mets-en une copie dans mon calendrier Outlook.").actions())
                .containsExactly("outlook.create_event");
    }

    @Test
    void passingSomethingOn_sendsIt_andSharingWhatWasReadInAChannel_postsIt() {
        Skeleton on = skeleton("When a webhook receives an order, pass it on to our billing system (POST https://billing.test/api).");
        assertThat(on.actions()).containsExactly("http.request");
        Skeleton shared = skeleton("Chaque lundi, récupère le rapport de la dernière campagne Mailchimp et partage-le dans le canal marketing sur Slack.");
        assertThat(shared.actions()).containsExactly("mailchimp.list_campaigns", "mailchimp.get_campaign_report", "slack.send_message");
    }

    @Test
    void keepingOnlySomeOfWhatWasRead_filtersIt_andEveryFewMinutesIsASchedule() {
        Skeleton en = skeleton("Every day at 9, call https://api.test.com/stock, keep only the items out of stock and for each one add a row "
                + "to the Google Sheet 'Stock'.");
        assertThat(en.actions()).containsExactly("http.request", "data.transform", "google_sheets.append_row");
        Skeleton fr = skeleton("Chaque soir, appelle https://api.test.fr/commandes, ne garde que les commandes en retard puis envoie-les à ops@test.fr.");
        assertThat(fr.actions()).containsExactly("http.request", "data.transform", "email.send_email");
        Skeleton minutes = skeleton("Toutes les 20 min, appelle https://api.test.fr/etat et préviens #ops sur Slack.");
        assertThat(minutes.trigger()).isEqualTo("schedule.cron");
        assertThat(minutes.actions()).containsExactly("http.request", "slack.send_message");
    }

    @Test
    void anEmailInSomeonesListOfFields_isAField_notAnOrder() {
        assertThat(skeleton("When someone answers our Google Form survey, add their name and email to the Google Sheet 'Results' and send "
                + "them a thank-you from our Gmail.").actions()).containsExactly("google_sheets.append_row", "gmail.send_email");
        assertThat(skeleton("Quand quelqu'un répond à notre Google Form, ajoute son nom et email dans le Google Sheet 'Réponses' puis "
                + "envoie-lui un merci depuis Gmail.").actions()).containsExactly("google_sheets.append_row", "gmail.send_email");
    }
}
