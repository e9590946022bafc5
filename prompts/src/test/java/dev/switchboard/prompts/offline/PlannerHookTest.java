package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Eleventh round: a webhook asked for or named as a noun, slips in the words that open the event, and a
 * URL that is hit or pinged on a schedule, on sentences written for this test; none comes from an
 * evaluation set.
 */
class PlannerHookTest {

    @Test
    void aWebhookAskedFor_isTheEvent_andAddsNoReply() {
        Skeleton en = skeleton("Set up a webhook for our booking page: each time it is called, create a Trello card in the list 'Bookings'.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("trello.create_card");
        Skeleton fr = skeleton("Donne-moi un webhook pour la page de réservation, et ajoute une ligne dans la feuille Google « Réservations ».");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void aWebhookNamedAsANoun_isTheEvent() {
        Skeleton en = skeleton("Incoming webhook from the payment provider: add a row to the Google Sheet 'Payments'.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(en.actions()).containsExactly("google_sheets.append_row");
        Skeleton fr = skeleton("Webhook entrant depuis la caisse du magasin : envoie un message Slack dans #ventes.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(fr.actions()).containsExactly("slack.send_message");
    }

    @Test
    void whoCallsTheWebhook_isContext() {
        Skeleton s = skeleton("Crée-moi un webhook : notre boutique envoie chaque commande en JSON. Ajoute une ligne dans la feuille Google « Commandes ».");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void callingTheWebhooksUrl_isTheEvent() {
        Skeleton s = skeleton("Quand on appelle l'URL du webhook, envoie un message Slack dans #ventes.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aBorrowedEnglishGerundAfterDe_isANoun() {
        Skeleton s = skeleton("Notre logiciel de ticketing appelle une URL quand un client se plaint : crée une carte Trello.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("trello.create_card");
    }

    @Test
    void slipsInTheWordsThatOpenTheEvent_keepTheTrigger() {
        Skeleton when = skeleton("whne a Jira issue is created, send an email to ops@acme.test");
        assertThat(when.trigger()).isEqualTo("jira.new_issue");
        assertThat(when.actions()).containsExactly("email.send_email");
        Skeleton every = skeleton("evry tuesday mornign fetch the Mailchimp campaigns and email them to ops@acme.test");
        assertThat(every.trigger()).isEqualTo("schedule.cron");
        assertThat(every.actions()).containsExactly("mailchimp.list_campaigns", "email.send_email");
    }

    @Test
    void aUrlHitOrPingedOnASchedule_isAnHttpRequestGuardedByTheCondition() {
        Skeleton call = skeleton("call https://api.acme.test/sync every hour and if it fails send a Slack message to #ops");
        assertThat(call.trigger()).isEqualTo("schedule.cron");
        assertThat(call.actions()).containsExactly("http.request", "slack.send_message");
        assertThat(call.controls()).contains("if");
        Skeleton ping = skeleton("ping https://shop.acme.test/health every 10 minutes and if it is down send an email to ops@acme.test");
        assertThat(ping.actions()).containsExactly("http.request", "email.send_email");
    }

    @Test
    void givingBackToTheCaller_repliesToTheCall() {
        Skeleton fr = skeleton("Un webhook qui reçoit une commande, la transforme avec une expression JSONata et retourne le total à l'appelant.");
        assertThat(fr.actions()).containsExactly("data.transform", "webhook.respond");
        Skeleton en = skeleton("Give me a webhook that parses the body as JSON and returns the parsed value to the caller.");
        assertThat(en.actions()).containsExactly("data.parse_json", "webhook.respond");
    }

    @Test
    void forEveryThingThatHappened_isTheEvent() {
        Skeleton s = skeleton("For every card created on the Trello board 'Sales', add a row to the Google Sheet 'Deals'.");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }
}
