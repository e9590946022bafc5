package dev.switchboard.prompts.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.builder.Question;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The offline planner on descriptions written for these tests (none comes from the evaluation set). */
class OfflinePlannerTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final OfflinePlanner PLANNER = new OfflinePlanner(CATALOG);
    private static final FlowBuilder BUILDER = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));

    private static BuildResult build(String text) {
        return BUILDER.build(new BuildRequest(text), List.of(PLANNER));
    }

    @Test
    void frenchKizeoToDrive_wiresTheDownloadedFileAndAsksForTheFormInFrench() {
        BuildResult result = build("Dès qu'une fiche Kizeo Forms « Contrôle véhicule » est terminée, télécharger son PDF "
                + "et le ranger dans Google Drive.");
        JsonNode flow = result.flow();
        assertThat(flow.at("/trigger/app").asString()).isEqualTo("kizeo_forms");
        assertThat(flow.at("/trigger/event").asString()).isEqualTo("data_finished");
        assertThat(flow.at("/steps/0/action").asString()).isEqualTo("kizeo_forms.download_standard_pdf");
        assertThat(flow.at("/steps/0/input/data_id").asString()).isEqualTo("{{ trigger.data_id }}");
        assertThat(flow.at("/steps/1/action").asString()).isEqualTo("google_drive.upload_file");
        assertThat(flow.at("/steps/1/input/file").asString()).isEqualTo("{{ steps.pdf.file }}");
        Question form = question(result, "form_id");
        assertThat(form.pointer()).isEqualTo("/trigger/params/form_id");
        assertThat(form.question()).contains("quelle valeur").contains("Contrôle véhicule");
        assertThat(result.valid()).isTrue();
        assertThat(result.engine()).isEqualTo("offline");
    }

    @Test
    void uploadWithoutNamingAFile_insertsTheTriggerAppsDownloadFirst() {
        BuildResult result = build("When a file lands in Dropbox, copy it to SharePoint.");
        assertThat(actions(result)).containsExactly("dropbox.download_file", "sharepoint.upload_file");
        assertThat(result.flow().at("/steps/1/input/file").asString()).isEqualTo("{{ steps.file.file }}");
    }

    @Test
    void fileOfTheTrigger_isFetchedByTheTriggersIdAndAttachedToTheMailForTheAddressGiven() {
        BuildResult result = build("Sitôt un fichier posé dans Google Drive, l'envoyer en pièce jointe à compta@exemple.test.");
        assertThat(actions(result)).containsExactly("google_drive.download_file", "email.send_email");
        assertThat(result.flow().at("/steps/0/input/file_id").asString()).isEqualTo("{{ trigger.id }}");
        assertThat(result.flow().at("/steps/1/input/to/0").asString()).isEqualTo("compta@exemple.test");
        assertThat(result.flow().at("/steps/1/input/attachments").asString()).isEqualTo("{{ [steps.file.file] }}");
        assertThat(result.questions()).extracting(Question::name).doesNotContain("file_id");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void passiveWishWithEveryNew_isTheEventAndItsOrder() {
        BuildResult result = build("Every new Trello card should be logged in our Google Sheet, please.");
        assertThat(result.flow().at("/trigger/event").asString()).isEqualTo("new_card");
        assertThat(actions(result)).containsExactly("google_sheets.append_row");
    }

    @Test
    void schedules_becomeCronWithTheLanguagesTimeZone() {
        JsonNode en = build("Every Friday at 5:30pm, list the Mailchimp campaigns and post them on Slack #growth.").flow();
        assertThat(en.at("/trigger/app").asString()).isEqualTo("schedule");
        assertThat(en.at("/trigger/params/cron").asString()).isEqualTo("30 17 * * 5");
        assertThat(en.at("/trigger/params/timezone").asString()).isEqualTo("UTC");
        JsonNode fr = build("Tous les jours à 17h30, lister les fichiers Google Drive et les envoyer par courriel à a@b.test.").flow();
        assertThat(fr.at("/trigger/params/cron").asString()).isEqualTo("30 17 * * *");
        assertThat(fr.at("/trigger/params/timezone").asString()).isEqualTo("Europe/Paris");
        JsonNode hourly = build("Every hour, call https://health.test/ping.").flow();
        assertThat(hourly.at("/trigger/params/cron").asString()).isEqualTo("0 * * * *");
        assertThat(hourly.at("/steps/0").has("connection")).as("http works without a connection").isFalse();
        JsonNode quarter = build("Toutes les 15 minutes, vérifier https://etat.test/api").flow();
        assertThat(quarter.at("/trigger/params/cron").asString()).isEqualTo("*/15 * * * *");
        assertThat(quarter.at("/steps/0/action").asString()).isEqualTo("http.request");
    }

    @Test
    void everyNewThingInsideAnOrder_isTheTrigger() {
        JsonNode flow = build("Copy every new Google Drive file to Dropbox.").flow();
        assertThat(flow.at("/trigger/app").asString() + "." + flow.at("/trigger/event").asString())
                .isEqualTo("google_drive.new_file");
        assertThat(dev.switchboard.prompts.eval.Skeleton.of(flow).actions())
                .containsExactly("google_drive.download_file", "dropbox.upload_file");
    }

    @Test
    void literals_goToTheInputsTheyFit() {
        JsonNode flow = build("When the webhook is hit, send a PUT to https://erp.test/orders and email ops@corp.test "
                + "and lea@corp.test, then post in #ops on Slack.").flow();
        assertThat(flow.at("/trigger/app").asString()).isEqualTo("webhook");
        assertThat(flow.at("/steps/0/input/url").asString()).isEqualTo("https://erp.test/orders");
        assertThat(flow.at("/steps/0/input/method").asString()).isEqualTo("PUT");
        assertThat(flow.at("/steps/1/action").asString()).isEqualTo("email.send_email");
        assertThat(flow.at("/steps/1/input/to").toString()).isEqualTo("[\"ops@corp.test\",\"lea@corp.test\"]");
        assertThat(flow.at("/steps/2/input/channel").asString()).isEqualTo("#ops");
    }

    @Test
    void connections_oneIsUsedSeveralBecomeAQuestionWithChoices() {
        Map<String, String> mine = Map.of("team-slack", "slack", "trello-a", "trello", "trello-b", "trello");
        OfflinePlanner planner = new OfflinePlanner(CATALOG, mine);
        Draft draft = planner.propose(new BuildRequest("When a Slack message arrives in #bugs, create a Trello card."));
        assertThat(draft.flow().at("/trigger/app").asString()).isEqualTo("slack");
        assertThat(draft.flow().at("/steps/0/connection").asString()).isEqualTo("<ask:trello_connection>");
        Question which = draft.questions().stream().filter(q -> q.name().equals("trello_connection")).findFirst().orElseThrow();
        assertThat(which.choices()).containsExactly("trello-a", "trello-b");
        Draft one = new OfflinePlanner(CATALOG, Map.of("team-slack", "slack"))
                .propose(new BuildRequest("Every Monday, post a reminder on Slack #standup."));
        assertThat(one.flow().at("/steps/0/connection").asString()).isEqualTo("team-slack");
    }

    @Test
    void ifOtherwise_putsEachActionInItsBranchAndAsksForTheCondition() {
        BuildResult result = build("When a Jira issue is created, if it is urgent, open a ServiceNow incident, "
                + "otherwise add a card in Trello.");
        JsonNode check = result.flow().at("/steps/0");
        assertThat(check.path("if").asString()).isEqualTo("<ask:condition>");
        assertThat(check.at("/then/0/action").asString()).isEqualTo("servicenow.create_incident");
        assertThat(check.at("/else/0/action").asString()).isEqualTo("trello.create_card");
        assertThat(question(result, "condition").question()).contains("it is urgent");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void loopsDelaysAndApprovals_becomeControlSteps() {
        JsonNode loop = build("Chaque soir, récupérer tous les utilisateurs Kizeo et pour chaque utilisateur, "
                + "pousser une donnée dans le formulaire « Tournée ».").flow();
        assertThat(loop.at("/steps/1/for_each").asString()).isEqualTo("{{ steps.users.users }}");
        assertThat(loop.at("/steps/1/do/0/action").asString()).isEqualTo("kizeo_forms.push_data");
        assertThat(loop.at("/steps/1/do/0/input/recipient_user_id").asString()).isEqualTo("{{ loop.item.id }}");
        JsonNode waits = build("When a Trello card is created, wait 3 days, then ask for approval and create a Jira issue.").flow();
        assertThat(waits.at("/steps/0/delay").asString()).isEqualTo("P3D");
        assertThat(waits.at("/steps/1/approval/message").asString()).isNotBlank();
        assertThat(waits.at("/steps/2/action").asString()).isEqualTo("jira.create_issue");
    }

    @Test
    void aConnectorAddedToTheCatalog_isUsedByItsOwnNamesAndWords() throws Exception {
        Catalog catalog = Catalog.bundled();
        try (var in = OfflinePlannerTest.class.getResourceAsStream("/builder/acme_billing.json")) {
            catalog.add(dev.switchboard.catalog.connector.ConnectorLoader.read("acme_billing.json", in));
        }
        FlowBuilder builder = new FlowBuilder(new FlowValidator(catalog, Map.of()));
        BuildResult fr = builder.build(new BuildRequest("À chaque réponse Google Forms, créer ou modifier le client dans Acme Billing."),
                List.of(new OfflinePlanner(catalog)));
        assertThat(actions(fr)).containsExactly("acme_billing.create_or_update_customer");
        assertThat(fr.valid()).isTrue();
        BuildResult en = builder.build(new BuildRequest("When an Acme invoice is paid, send it again and post a note on Slack #cash."),
                List.of(new OfflinePlanner(catalog)));
        assertThat(en.flow().at("/trigger/event").asString()).isEqualTo("invoice_paid");
        assertThat(actions(en)).containsExactly("acme_billing.send_invoice", "slack.send_message");
        assertThat(en.flow().at("/steps/0/input/invoice_id").asString()).isEqualTo("{{ trigger.invoice_id }}");
    }

    @Test
    void sameText_givesTheSameFlow() {
        String text = "Quand un nouvel e-mail arrive dans Outlook, créer un ticket Jira puis prévenir l'équipe sur Teams.";
        assertThat(PLANNER.propose(new BuildRequest(text)).flow()).isEqualTo(PLANNER.propose(new BuildRequest(text)).flow());
        assertThat(new OfflinePlanner(CATALOG).propose(new BuildRequest(text)).flow())
                .isEqualTo(PLANNER.propose(new BuildRequest(text)).flow());
    }

    @Test
    void nothingToDo_isAClearErrorInTheRequestsLanguage() {
        assertThatThrownBy(() -> PLANNER.propose(new BuildRequest("Bonjour, comment allez-vous ?")))
                .isInstanceOf(EngineException.class).hasMessageContaining("aucune action reconnue");
        assertThatThrownBy(() -> PLANNER.propose(new BuildRequest("hello there", "en", List.of())))
                .isInstanceOf(EngineException.class).hasMessageContaining("say what to do and in which app");
    }

    @Test
    void answeringEveryQuestion_givesAFlowWithNoPlaceholderLeft() {
        FlowBuilder builder = new FlowBuilder(new FlowValidator(CATALOG, Map.of("crm", "salesforce")));
        BuildResult draft = builder.build(new BuildRequest("Every morning at 9, find Salesforce records and create a "
                + "Salesforce lead."), List.of(new OfflinePlanner(CATALOG, Map.of("crm", "salesforce"))));
        assertThat(draft.questions()).extracting(Question::name).containsExactly("soql", "fields");
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        BuildResult answered = builder.answer(draft, Map.of("soql", nodes.stringNode("SELECT Id FROM Lead"),
                "fields", nodes.objectNode().put("LastName", "Doe").put("Company", "Acme")));
        assertThat(answered.questions()).isEmpty();
        assertThat(answered.valid()).isTrue();
        assertThat(answered.flow().toString()).doesNotContain("<ask:");
    }

    @Test
    void repair_takesTheValidatorsSuggestion() {
        ObjectNode flow = PLANNER.propose(new BuildRequest("When a webhook arrives, post on Slack #x.")).flow();
        ((ObjectNode) flow.at("/steps/0")).put("action", "slack.send_mesage");
        Draft broken = new Draft(flow, List.of(), "");
        List<Problem> problems = BUILDER.blocking(flow);
        assertThat(problems).extracting(Problem::code).contains("unknown_action");
        Draft fixed = PLANNER.repair(new BuildRequest("x"), broken, problems);
        assertThat(fixed.flow().at("/steps/0/action").asString()).isEqualTo("slack.send_message");
        assertThat(BUILDER.blocking(fixed.flow())).isEmpty();
    }

    @Test
    void webhookAnnouncedForAnotherSystem_startsOnTheWebhookWithoutALoopPerCall() {
        for (String text : List.of("Our billing system will call a webhook whenever an invoice is paid. Then add a row to the Google Sheet 'Paid'.",
                "The shop can post to a URL. For each order, add a row to the Google Sheet 'Paid'.",
                "Notre logiciel de paie appellera une URL à chaque nouvelle fiche : ajouter une ligne dans la feuille Google Sheets 'Paie'.",
                "Quand notre standard appelle notre webhook, ajouter une ligne dans la feuille Google Sheets 'Appels'.")) {
            BuildResult result = build(text);
            assertThat(result.flow().at("/trigger/app").asString()).as(text).isEqualTo("webhook");
            assertThat(result.flow().at("/trigger/event").asString()).as(text).isEqualTo("catch_hook");
            assertThat(actions(result)).as(text).containsExactly("google_sheets.append_row");
            assertThat(result.flow().at("/steps/0/action").asString()).as(text).isEqualTo("google_sheets.append_row");
            assertThat(result.valid()).isTrue();
        }
    }

    @Test
    void ifSomethingWasDoneInAnApp_atTheStart_isTheEventNotACondition() {
        for (String text : List.of("If an entry is deleted in Kizeo Forms, post a message to Slack #admin.",
                "Si quelqu'un supprime une donnée dans Kizeo Forms, poster un message Slack dans #admin.")) {
            BuildResult result = build(text);
            assertThat(result.flow().at("/trigger/event").asString()).as(text).isEqualTo("data_deleted");
            assertThat(result.flow().at("/steps/0/action").asString()).as(text).isEqualTo("slack.send_message");
        }
    }

    @Test
    void firstDayOfTheMonth_isAMonthlySchedule() {
        BuildResult en = build("On the first day of each month at 8am, send an email to boss@acme.test.");
        assertThat(en.flow().at("/trigger/params/cron").asString()).isEqualTo("0 8 1 * *");
        BuildResult fr = build("Le premier jour du mois à 7h, appelle l'URL https://exemple.test/api en GET.");
        assertThat(fr.flow().at("/trigger/params/cron").asString()).isEqualTo("0 7 1 * *");
        assertThat(actions(fr)).containsExactly("http.request");
    }

    @Test
    void eventSaidWithAFrenchParticipleAndNoDeletion_neverPicksTheDeletionTrigger() {
        BuildResult result = build("Dès qu'une note de frais est enregistrée dans Kizeo Forms, la faire approuver par la comptable, "
                + "puis ajouter une ligne dans la feuille Google Sheets 'Frais'.");
        assertThat(result.flow().at("/trigger/event").asString()).isEqualTo("data_finished");
        assertThat(result.flow().at("/steps/0").has("approval")).isTrue();
        assertThat(actions(result)).containsExactly("google_sheets.append_row");
    }

    @Test
    void listOfFieldsAfterTheVerb_addsNoStepOfItsOwn() {
        BuildResult en = build("When a new row is added to the Google Sheet 'Visitors', create a contact in Salesforce with the first name, "
                + "last name and email from the row.");
        assertThat(actions(en)).containsExactly("salesforce.create_contact");
        BuildResult fr = build("Quand un événement est ajouté dans Google Agenda, envoyer un e-mail à mon associé avec le titre, "
                + "le lieu et l'heure.");
        assertThat(actions(fr)).containsExactly("email.send_email");
    }

    @Test
    void asideInParentheses_describesAndAddsNoStep() {
        BuildResult result = build("When a new response comes in on the Google Form (the form asks for a phone number and an email), "
                + "add a row to the Google Sheet 'Callers'.");
        assertThat(actions(result)).containsExactly("google_sheets.append_row");
        BuildResult transition = build("Quand une donnée Kizeo Forms est modifiée, faire passer le ticket Jira à Fermé (transition 41).");
        assertThat(actions(transition)).containsExactly("jira.transition_issue");
    }

    @Test
    void clauseWithoutAVerbOfItsOwn_doesNotRepeatTheLastStep() {
        BuildResult result = build("Each time a Trello card is created, add a comment to the Jira issue. The issue key is in the card's title.");
        assertThat(actions(result)).containsExactly("jira.add_comment");
    }

    @Test
    void sentenceAboutWhoAsks_addsNoStep() {
        BuildResult result = build("Nous sommes un cabinet de kinés et nos patients remplissent un Google Forms. Quand une nouvelle "
                + "réponse arrive, ajouter une ligne dans la feuille Google Sheets 'Patients'.");
        assertThat(result.flow().at("/trigger/event").asString()).isEqualTo("new_response");
        assertThat(actions(result)).containsExactly("google_sheets.append_row");
    }

    @Test
    void fileInHandSharedOrPublishedInAChannel_isUploadedThere() {
        BuildResult shared = build("À chaque nouveau fichier dans le dossier Dropbox /Contrats, partage-le dans le canal Slack #juridique.");
        assertThat(actions(shared)).containsExactly("dropbox.download_file", "slack.upload_file");
        BuildResult published = build("Quand une donnée Kizeo Forms est terminée, télécharger son PDF puis le publier dans le canal Slack #chantiers.");
        assertThat(actions(published)).containsExactly("kizeo_forms.download_standard_pdf", "slack.upload_file");
    }

    @Test
    void lookingAtAFieldBeforeAnIf_isTheConditionsLeadInNotAStep() {
        BuildResult en = build("When a new Trello card is created, look at its label: if it is 'Bug', open an issue in Jira.");
        assertThat(actions(en)).containsExactly("jira.create_issue");
        assertThat(en.flow().at("/steps/0").has("if")).isTrue();
        BuildResult fr = build("Quand un nouvel e-mail arrive dans Gmail, vérifier l'objet : s'il contient 'Devis', poster un message dans Slack #ventes.");
        assertThat(actions(fr)).containsExactly("slack.send_message");
    }

    private static List<String> actions(BuildResult result) {
        return dev.switchboard.prompts.eval.Skeleton.of(result.flow()).actions();
    }

    private static Question question(BuildResult result, String name) {
        return result.questions().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + name + " in " + result.questions()));
    }
}
