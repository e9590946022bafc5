package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.build;
import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Twenty-second round: requests written as letters, formal French passives, an "if" that guards several orders up to
 * its "otherwise", approvals said twice, loops over a batch or over what was read, and services reached by HTTP; on
 * sentences written for this test, none from an evaluation set.
 */
class PlannerRound22Test {

    @Test
    void aLettersGreetingAndSignature_addNoStep() {
        Skeleton s = skeleton("Hello team,\n\nWhen a new row is added to the Google Sheet \"Loans\", post it in Slack #loans.\n\n"
                + "Best regards,\nAnna, Lead of Research Operations");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void aRouteHeadingAboveTheDescription_isItsTitle() {
        Skeleton s = skeleton("Loan booking sheet -> Slack\nWhenever a new row is added to the Google Sheet \"Loans\", post the "
                + "borrower's name in Slack #loans.");
        assertThat(s.trigger()).isEqualTo("google_sheets.new_row");
        assertThat(s.actions()).containsExactly("slack.send_message");
    }

    @Test
    void formalFrenchPassives_areOrders_andTheRequestAroundThemIsNone() {
        Skeleton s = skeleton("Merci de mettre en place le flux suivant : toute suppression d'une fiche du formulaire Kizeo « Stock » "
                + "doit être signalée par un message Slack dans #stock et consignée dans le Google Sheet « Journal ».");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_deleted");
        assertThat(s.actions()).containsExactly("slack.send_message", "google_sheets.append_row");
        Skeleton relayed = skeleton("Merci de faire en sorte que chaque courriel reçu dans la boîte Outlook « Achats » soit relayé "
                + "par un message dans le canal Teams « Achats ».");
        assertThat(relayed.trigger()).isEqualTo("outlook.new_email");
        assertThat(relayed.actions()).containsExactly("microsoft_teams.send_message");
    }

    @Test
    void dansLeCasContraire_isTheElse_andAnIfGuardsEveryOrderUpToIt() {
        BuildResult r = build("Quand une commande arrive sur notre webhook, si le montant dépasse 900, un incident doit être ouvert dans "
                + "ServiceNow et un message doit être envoyé dans Slack #achats ; dans le cas contraire, la commande doit être ajoutée "
                + "dans le Google Sheet « Commandes ».");
        assertThat(r.valid()).isTrue();
        JsonNode check = r.flow().path("steps").get(0);
        assertThat(check.path("then")).hasSize(2);
        assertThat(check.path("then").get(0).path("action").asString()).isEqualTo("servicenow.create_incident");
        assertThat(check.path("then").get(1).path("action").asString()).isEqualTo("slack.send_message");
        assertThat(check.path("else").get(0).path("action").asString()).isEqualTo("google_sheets.append_row");
    }

    @Test
    void onceApproved_addsNoSecondApproval_andALeadInBeforeAColonIsContext() {
        Skeleton s = skeleton("Lorsqu'un nouveau fichier est déposé dans le dossier Google Drive « Devis », il doit être soumis à "
                + "l'approbation du directeur ; une fois approuvé, le fichier doit être partagé avec le client.");
        assertThat(s.controls()).containsExactly("approval");
        assertThat(s.actions()).containsExactly("google_drive.share_file");
        Skeleton lead = skeleton("Please warn the front desk: every new Calendly booking must be posted in Slack #front-desk.");
        assertThat(lead.actions()).containsExactly("slack.send_message");
    }

    @Test
    void theValueWeStored_isReadFromStorage() {
        Skeleton s = skeleton("Every hour, read the last order number we stored, call GET https://shop.example.org/api/orders/latest, "
                + "and if it is newer, post it in Slack #orders and store the new number.");
        assertThat(s.actions()).containsExactly("storage.get", "http.request", "slack.send_message", "storage.put");
    }

    @Test
    void aBatchBroughtByTheCall_isLooped_andTheReplyComesOnceAfterTheLoop() {
        BuildResult r = build("Our scanner will POST a batch of parcels as JSON to a URL. For each parcel in the batch, append a row "
                + "to the Google Sheet \"Parcels\", then answer the scanner call with HTTP 200.");
        assertThat(r.valid()).isTrue();
        JsonNode steps = r.flow().path("steps");
        assertThat(steps.get(0).has("for_each")).isTrue();
        assertThat(steps.get(0).path("do").get(0).path("action").asString()).isEqualTo("google_sheets.append_row");
        assertThat(steps.get(1).path("action").asString()).isEqualTo("webhook.respond");
    }

    @Test
    void aMethodAndAnAddress_makeACall_evenInAPassiveWithoutAVerb() {
        Skeleton s = skeleton("Toutes les 10 minutes, la pression de la cuve doit être relevée via l'API de l'usine "
                + "(GET https://plant.example.org/api/tank). Si elle dépasse 3 bars, envoyer un courriel à ops@example.org.");
        assertThat(s.actions()).containsExactly("http.request", "email.send_email");
    }

    @Test
    void aServiceSaidWithNoConnectorInBrackets_isCalledOverHttp_andEachRecordIsLooped() {
        Skeleton s = skeleton("Every hour, take the Kizeo data of the form \"Picking\" that hasn't been read yet by the action \"erp\", "
                + "send each record to Stockly (our ERP, no connector, REST endpoint POST https://erp.example.org/picks), "
                + "then mark those records as read.");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_unread_data", "http.request", "kizeo_forms.mark_data_as_read");
        assertThat(s.controls()).contains("for_each");
    }

    @Test
    void aScheduledPassive_isItsOrders_andAPurposeAfterThemIsNoEvent() {
        Skeleton s = skeleton("Every weekday at 6:45 the rows of the Google Sheet \"Rota\" are read and posted as one message in Slack "
                + "#drivers, so the drivers see them when they arrive.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("google_sheets.get_rows", "slack.send_message");
    }

    @Test
    void anAsideNamingTheWebhook_saysTheEvent() {
        Skeleton fr = skeleton("Quand notre logiciel de caisse signale une rupture (appel sur notre webhook), envoyer un courriel "
                + "à achats@example.org.");
        assertThat(fr.trigger()).isEqualTo("webhook.catch_hook");
        Skeleton en = skeleton("When a tenant pays late (the bank posts it to a webhook), email accounts@example.org.");
        assertThat(en.trigger()).isEqualTo("webhook.catch_hook");
    }

    @Test
    void anOrderSaidFirstInALaterSentence_comesFirst() {
        Skeleton s = skeleton("When a \"Delivery\" form is finished in Kizeo, POST it to https://crm.example.org/api/deliveries. "
                + "The CRM wants the date as dd/MM/yyyy, so reformat the date from the form first.");
        assertThat(s.actions()).containsExactly("data.format_date", "http.request");
    }

    @Test
    void theSameUpdateSaidAgain_isOneStep_andCountingUpIsNoStep() {
        Skeleton update = skeleton("When a Kizeo data of the form \"Repairs\" is updated, update the matching ServiceNow incident. "
                + "Just set the state to resolved with the notes.");
        assertThat(update.actions()).containsExactly("servicenow.update_incident");
        Skeleton counter = skeleton("When our kiosk calls a webhook, read the counter we keep in storage, add one and save it back, "
                + "then reply to the kiosk with the number.");
        assertThat(counter.actions()).containsExactly("storage.get", "storage.put", "webhook.respond");
    }

    @Test
    void anOrderTheAppHasNoActionFor_isDoneByTheApiCallSaidAfterIt() {
        Skeleton s = skeleton("When someone answers our Google Form \"Volunteers\", create their Kizeo Forms user. There is no "
                + "dedicated action for that in Kizeo, so call the Kizeo API directly.");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("kizeo_forms.custom_api_call");
    }

    @Test
    void smallWords_ofThisRound() {
        assertThat(Words.concept("relue")).isEqualTo("get");
        assertThat(Words.concept("receptionnee")).isEqualTo("receive");
        assertThat(Calques.of("quand il finit, tu recuperes le pdf et tu l envoies")).isEqualTo("quand il finit, recupere le pdf et l envoie");
        assertThat(Words.concept("yyyy")).isEqualTo("date");
        Skeleton field = skeleton("Whenever a new file appears in Dropbox, post the file name in Slack #files.");
        assertThat(field.actions()).containsExactly("slack.send_message");
        Skeleton monthly = skeleton("Chaque début de mois à 9h, récupérer les statistiques des formulaires Kizeo et les poster dans "
                + "le canal Teams « Direction ».");
        assertThat(monthly.trigger()).isEqualTo("schedule.cron");
    }
}
