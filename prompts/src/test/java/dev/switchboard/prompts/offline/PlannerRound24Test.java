package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: which of a form app's events a clause means when it names none of them, a push said as one, a
 * schedule or an event said after the order, a condition said last; on sentences written for this test, none from an
 * evaluation set.
 */
class PlannerRound24Test {

    @Test
    void aNewItemOfAFormApp_isADataSaved_notAPollOrAnUpdate() {
        Skeleton s = skeleton("copy every new inspection from kizeo into the google sheet 'Inspections'");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
        Skeleton comes = skeleton("Tell #quality on Slack when an audit comes in through Kizeo.");
        assertThat(comes.trigger()).isEqualTo("kizeo_forms.data_finished");
    }

    @Test
    void aReportSentIn_isFinished_butAFormSentToSomeone_isAPush() {
        assertThat(skeleton("À chaque rapport de ronde envoyé dans Kizeo, ajoute une ligne dans le Google Sheet « Rondes ».").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Quand on envoie une mission Kizeo à un technicien, préviens le client par mail.").trigger())
                .isEqualTo("kizeo_forms.data_sent");
        assertThat(skeleton("When a pushed mission is received on the guard's phone, post it in #dispatch on Slack.").trigger())
                .isEqualTo("kizeo_forms.data_received");
    }

    @Test
    void theCatalogsOwnWords_stillNameItsEvents() {
        assertThat(skeleton("Whenever Kizeo data is received, add a row to the Google Sheet \"Log\".").trigger())
                .isEqualTo("kizeo_forms.data_received");
        assertThat(skeleton("Poll Kizeo for each new or updated data of the form and add it to the Google Sheet \"Log\".").trigger())
                .isEqualTo("kizeo_forms.new_or_updated_data");
    }

    @Test
    void aScheduleSaidAfterTheOrder_startsTheFlow() {
        Skeleton s = skeleton("Envoie-moi par mail les statistiques des formulaires Kizeo, le 1er de chaque mois à 8h.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_forms_statistics", "email.send_email");
        assertThat(skeleton("tout les lundi a 7h envoie un message dans #planning sur slack").trigger()).isEqualTo("schedule.cron");
    }

    @Test
    void anEventInsideTheOrder_andAConditionSaidLast_guardTheOrder() {
        Skeleton s = skeleton("Poste dans #securite sur Slack à chaque ronde terminée, seulement si une anomalie est cochée.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("slack.send_message");
        assertThat(s.controls()).containsExactly("if");
        Skeleton last = skeleton("Post in #alarms on Slack when a callout report comes in through Kizeo, but only when the alarm "
                + "was real.");
        assertThat(last.controls()).containsExactly("if");
    }

    @Test
    void aBulletedTestWithAnEquals_isACondition_andEveryReportOfTheEvent_isNoLoop() {
        Skeleton s = skeleton("Kizeo form 'Site incident':\n- log every report in the Google Sheet 'Incidents'\n"
                + "- if level = high, also open a ServiceNow incident and post in the Teams channel 'Ops'");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row", "servicenow.create_incident", "microsoft_teams.send_message");
        assertThat(s.controls()).containsExactly("if");
    }
}
