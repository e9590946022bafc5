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

    @Test
    void approvedAndRejectedBranches_goOnAfterARefusal() {
        dev.switchboard.prompts.builder.BuildResult r = Planned.build("Quand une demande de congé est saisie dans Kizeo, demande "
                + "l'approbation du chef d'équipe. S'il accepte, ajoute une ligne dans le Google Sheet « Congés ». S'il refuse, envoie "
                + "un mail au salarié.");
        assertThat(r.valid()).isTrue();
        tools.jackson.databind.JsonNode steps = r.flow().path("steps");
        assertThat(steps.get(0).path("on_error").asString()).isEqualTo("continue");
        assertThat(steps.get(1).path("if").asString()).isEqualTo("{{ steps.approval.approved }}");
        assertThat(steps.get(1).at("/then/0/action").asString()).isEqualTo("google_sheets.append_row");
        assertThat(steps.get(1).at("/else/0/action").asString()).isEqualTo("email.send_email");
        assertThat(steps.get(1).at("/else/0/input/text").asString()).doesNotContain("steps.row");
        Skeleton nothing = skeleton("When a refund request is submitted in Kizeo, ask the manager for approval; if rejected, do "
                + "nothing. Once approved, post in #refunds on Slack.");
        assertThat(nothing.actions()).containsExactly("slack.send_message");
        assertThat(nothing.controls()).containsExactly("approval");
    }

    @Test
    void sendMeAnExport_makesTheExportThenMailsIt() {
        Skeleton s = skeleton("every monday at 7am, send me a csv export of the kizeo form 'Timesheets'");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.export_data_csv", "email.send_email");
        assertThat(skeleton("Daily at 18:00: 1. Mailchimp campaigns sent today 2. append a row to Google Sheet 'KPIs'").actions())
                .doesNotContain("email.send_email");
    }

    @Test
    void aVerbOneAppAloneDoes_andAnswersToTheCallingSystem() {
        Skeleton s = skeleton("Our ERP calls a webhook of ours for each new job. Push the 'Job sheet' form to the technician named "
                + "in the call, then answer the ERP with the id of the pushed data.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("kizeo_forms.push_data", "webhook.respond");
    }

    @Test
    void whatShouldEndUpSomewhere_isAnEventAndAnOrder() {
        Skeleton s = skeleton("Every message posted in the Slack channel #found should end up as a row in the Google Sheet 'Found'.");
        assertThat(s.trigger()).isEqualTo("slack.new_message");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void aPlaceNamedAfterTheOrder_saysWhereItGoes() {
        Skeleton s = skeleton("Quand un nouveau fichier arrive dans le dossier Dropbox « Scans », crée une carte Trello dans le tableau "
                + "« Bureau », liste « A trier », avec le nom du fichier.");
        assertThat(s.trigger()).isEqualTo("dropbox.new_file");
        assertThat(s.actions()).containsExactly("trello.create_card");
    }

    @Test
    void whatPeopleAlreadyDo_beforeTheEvent_ordersNoStep_andNamesItsApp() {
        Skeleton s = skeleton("The supplier uploads its delivery notes to our Dropbox folder /Deliveries. Whenever a new file "
                + "appears there, copy it to Google Drive and post its name in #stores on Slack.");
        assertThat(s.trigger()).isEqualTo("dropbox.new_file");
        assertThat(s.actions()).containsExactly("dropbox.download_file", "google_drive.upload_file", "slack.send_message");
        Skeleton fr = skeleton("Le standard signale les urgences dans le canal Slack #urgences. Pour chaque nouveau message là-dedans, "
                + "crée un ticket Jira dans le projet URG.");
        assertThat(fr.trigger()).isEqualTo("slack.new_message");
        assertThat(fr.actions()).containsExactly("jira.create_issue");
        Skeleton often = skeleton("Sometimes nurses go back and edit a visit report after sending it (Kizeo form 'Visit'). "
                + "Whenever one is edited, email me the PDF of the new version.");
        assertThat(often.trigger()).isEqualTo("kizeo_forms.data_updated");
        assertThat(often.actions()).containsExactly("kizeo_forms.download_standard_pdf", "email.send_email");
    }

    @Test
    void nounsThatLookLikeOrders_addNoStep() {
        assertThat(skeleton("When a card is added to the Trello board 'Starters', open a ServiceNow incident to set up a laptop, "
                + "email account and badge.").actions()).containsExactly("servicenow.create_incident");
        assertThat(skeleton("Quand une nouvelle opportunité est créée dans Salesforce, génère le devis dans PandaDoc. Pas d'envoi au "
                + "client, je le fais moi-même.").actions()).containsExactly("pandadoc.create_document");
        assertThat(skeleton("When a Kizeo form 'Booking' is submitted, create the event in the Google calendar 'Rooms'. Make sure "
                + "the times are local time.").actions()).containsExactly("google_calendar.create_event");
    }

    @Test
    void aShopThatCanSendAWebhook_startsTheFlow() {
        Skeleton s = skeleton("La boutique en ligne peut envoyer un webhook quand quelqu'un achète un bon cadeau. À chaque achat, "
                + "ajoute une ligne dans le Google Sheet « Bons ».");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void approvalAskedInFrench_andAFormFilledAsTheEvent() {
        Skeleton s = skeleton("Les techniciens font leurs demandes de matériel par le formulaire Google « Matériel ». La demande doit "
                + "être validée par le chef d'atelier. S'il accepte, ajoute une ligne dans le Google Sheet « Commandes ». S'il refuse, "
                + "envoie un mail au technicien.");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("google_sheets.append_row", "email.send_email");
        assertThat(s.controls()).contains("approval", "if");
    }

    @Test
    void eachReportOfAFormApp_andANewThingArrivingWhereItWasSaid() {
        Skeleton s = skeleton("Nos contrôles qualité se font sur Kizeo. Chaque rapport doit être envoyé par mail au client.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("guards log patrols with a kizeo form. post each report in #patrols on Slack").trigger())
                .isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Le géomètre dépose ses relevés dans le dossier Dropbox « Relevés ». Quand un nouveau relevé arrive, "
                + "préviens l'équipe sur Slack dans #topo.").trigger()).isEqualTo("dropbox.new_file");
    }

    @Test
    void whatCameSinceTheLastRun_readsTheKeptValueFirst() {
        Skeleton s = skeleton("Every 15 minutes, get the Kizeo data of the form 'Patrols' finished since the last run and post each "
                + "one in #patrols on Slack. Remember the time of this run for the next one.");
        assertThat(s.actions()).containsExactly("storage.get", "kizeo_forms.get_filtered_data", "slack.send_message", "storage.put");
    }

    @Test
    void keepingOnlySomeOnAnEvent_isATestOnIt() {
        Skeleton s = skeleton("Notre centrale d'alarme appelle un webhook pour chaque alarme. On ne garde que les alarmes incendie : "
                + "pour celles-là, crée un incident ServiceNow et préviens #securite sur Slack.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("servicenow.create_incident", "slack.send_message");
        assertThat(s.controls()).containsExactly("if");
    }

    @Test
    void aTestOnAFormsAnswers_andAHeadingThatSaysTheFormIsDone_startOnTheForm() {
        Skeleton s = skeleton("the vehicle checklist in kizeo has a 'brakes' question; if answered NOK, a Jira issue should be created");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("jira.create_issue");
        assertThat(s.controls()).containsExactly("if");
        Skeleton heading = skeleton("Formulaire Kizeo « Livraison » terminé : envoyer le PDF standard au client par mail.");
        assertThat(heading.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(skeleton("Alerte-moi sur Slack dès qu'une donnée est supprimée sur le formulaire Kizeo « Registre ».").trigger())
                .isEqualTo("kizeo_forms.data_deleted");
    }

    @Test
    void theOtherBranch_holdsEveryOrderOfItsSentence_andNotTheNextSentence() {
        dev.switchboard.prompts.builder.BuildResult r = Planned.build("When a leave request is submitted in Kizeo, ask the manager "
                + "for approval. If approved, add a row to the Google Sheet 'Leave'. If rejected, email the employee and post a "
                + "message in #hr on Slack. Then archive the PDF in Dropbox.");
        assertThat(r.valid()).isTrue();
        tools.jackson.databind.JsonNode steps = r.flow().path("steps");
        assertThat(steps.get(1).at("/else/0/action").asString()).isEqualTo("email.send_email");
        assertThat(steps.get(1).at("/else/1/action").asString()).isEqualTo("slack.send_message");
        assertThat(steps.get(1).path("else").size()).isEqualTo(2);
        assertThat(steps.get(steps.size() - 1).path("action").asString()).isEqualTo("dropbox.upload_file");
    }
}
