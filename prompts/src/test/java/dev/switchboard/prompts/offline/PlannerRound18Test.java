package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Eighteenth round: the event said again after its place, route headings, inputs, enumerations across commas, titles
 * and summaries before a colon, a thing said with its app and no verb, and the team chat; on sentences written for this
 * test, none from an evaluation set.
 */
class PlannerRound18Test {

    @Test
    void newThingAfterTheEventsPlace_isMoreOfTheEvent_notAnOrder() {
        Skeleton s = skeleton("Outlook shared inbox, new mail; subject mentions 'refund' → create a Zoho CRM lead");
        assertThat(s.trigger()).isEqualTo("outlook.new_email");
        assertThat(s.actions()).containsExactly("zoho_crm.create_lead");
        // "new row → new card": after an event that already says "new", the next "new" thing is the order
        assertThat(skeleton("Nouvelle ligne Google Sheets → nouvelle carte Trello").actions()).containsExactly("trello.create_card");
    }

    @Test
    void routeHeading_namesTheApps_andTheEventFollowsTheColon() {
        Skeleton s = skeleton("trello → sheets: each new card on the board 'Sales', add a row to the sheet 'Cards'");
        assertThat(s.trigger()).isEqualTo("trello.new_card");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void wildcardSender_isAnAddress() {
        Predicate<String> noApp = w -> false;
        assertThat(Literals.extract("mail from *@vendor.test", noApp).values())
                .extracting(Literals.Literal::kind, Literals.Literal::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Literals.Kind.EMAIL, "*@vendor.test"));
    }

    @Test
    void inputsSaid_areWhatTheRunIsGiven_notAnOrder() {
        Skeleton s = skeleton("Run by hand, input = list of customer emails → add each one to the Mailchimp audience 'VIP'");
        assertThat(s.trigger()).isEqualTo("manual.run");
        assertThat(s.actions()).containsExactly("mailchimp.add_member");
    }

    @Test
    void enumerationAcrossCommas_staysInItsOrder() {
        assertThat(skeleton("When a Kizeo form is finished, log date, user id, site and status in the 'Audit' sheet and post a note in #ops")
                .actions()).containsExactly("google_sheets.append_row", "slack.send_message");
    }

    @Test
    void verblessWordsBeforeAColon_areATitleOrASummary() {
        assertThat(skeleton("Quand un fichier est ajouté dans Dropbox, garde une trace : ajoute une ligne dans le Google Sheet 'Archives'.")
                .actions()).containsExactly("google_sheets.append_row");
        assertThat(skeleton("Stock audit for Kizeo: if someone deletes a record on the 'Stock' form, add a row to the 'Log' sheet.")
                .actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void appAndThing_withoutAVerb_onAnEvent_isMadeThere() {
        assertThat(skeleton("every new Salesforce lead → ServiceNow incident").actions()).containsExactly("servicenow.create_incident");
    }

    @Test
    void teamChat_isTheChatApp() {
        assertThat(skeleton("Quand un fichier arrive dans Dropbox, préviens le chat de l'équipe").actions())
                .containsExactly("slack.send_message");
        assertThat(skeleton("When a Trello card is created, tell the team chat").actions()).containsExactly("slack.send_message");
    }
}
