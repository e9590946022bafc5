package dev.switchboard.prompts.offline;

import static dev.switchboard.prompts.offline.Planned.skeleton;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.prompts.eval.Skeleton;
import org.junit.jupiter.api.Test;

/**
 * Twenty-seventh round: lookups said after the order they serve (in an aside, as a purpose, as a need, after a colon);
 * results said in the passive; events said as things that come from an app or as each thing received; counts;
 * replies to the caller; French shorthands; on sentences written for this test, none from an evaluation set.
 */
class PlannerRound27Test {

    @Test
    void lookupInAnAside_runsBeforeTheOrder() {
        Skeleton s = skeleton("New answer in our Google Form -> DM the team lead on Slack (look up his Slack account with his email)");
        assertThat(s.trigger()).isEqualTo("google_forms.new_response");
        assertThat(s.actions()).containsExactly("slack.find_user_by_email", "slack.send_message");
    }

    @Test
    void lookupSaidAsAPurposeOrANeed_runsBeforeTheOrder() {
        Skeleton row = skeleton("Quand un bon d'intervention est modifié dans Kizeo, mets à jour la ligne du Google Sheet « Suivi ». "
                + "Pour trouver la bonne ligne, il faut se baser sur le numéro d'intervention.");
        assertThat(row.actions()).containsExactly("google_sheets.get_rows", "google_sheets.update_row");
        Skeleton user = skeleton("Pour chaque nouvel évènement de l'agenda Google « Tournées », planifie la tournée dans le planning "
                + "Kizeo du chauffeur. Son e-mail est dans le titre, donc il faut le retrouver parmi les utilisateurs Kizeo.");
        assertThat(user.actions()).containsExactly("kizeo_forms.get_all_users", "kizeo_forms.push_planning");
        Skeleton colon = skeleton("Notre ERP envoie un webhook pour chaque commande urgente. Il faudrait envoyer le formulaire "
                + "« Préparation » prérempli au magasinier indiqué : cherche son identifiant parmi les utilisateurs Kizeo.");
        assertThat(colon.actions()).containsExactly("kizeo_forms.get_all_users", "kizeo_forms.push_data");
    }

    @Test
    void transitionsToGetFirst_areListed() {
        Skeleton s = skeleton("Quand un contrôle qualité est terminé sur Kizeo, ajoute un commentaire sur le ticket Jira, puis "
                + "passe-le en « Fait » (il faut récupérer les transitions possibles pour ça).");
        assertThat(s.actions()).containsExactly("jira.add_comment", "jira.list_transitions", "jira.transition_issue");
    }

    @Test
    void passiveResultAfterAWholeEvent_isTheOrder() {
        Skeleton s = skeleton("Our drivers fill in a vehicle check on Kizeo Forms. Could you make it so that every time a check is "
                + "submitted, a new row is added to the \"Fleet\" sheet with the plate and the mileage?");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void thingsFromAnAppThatShouldDoSomething_areTheEvent() {
        Skeleton s = skeleton("Leak reports from Kizeo with urgency = critical should automatically open an incident in ServiceNow.");
        assertThat(s.trigger()).isEqualTo("kizeo_forms.data_finished");
        assertThat(s.actions()).containsExactly("servicenow.create_incident");
    }

    @Test
    void eachThingReceived_isTheEvent() {
        Skeleton s = skeleton("Pour chaque mail reçu sur Gmail avec le libellé « Inscription », crée un contact dans Zoho CRM.");
        assertThat(s.trigger()).isEqualTo("gmail.new_email");
        assertThat(s.actions()).containsExactly("zoho_crm.create_record");
    }

    @Test
    void whatTheCallerGetsBack_isTheReply() {
        Skeleton s = skeleton("Our booking site calls a webhook when a booking is cancelled. I'd like a Jira issue created in the "
                + "CS project, and the site should get the issue key back in the response.");
        assertThat(s.trigger()).isEqualTo("webhook.catch_hook");
        assertThat(s.actions()).containsExactly("jira.create_issue", "webhook.respond");
    }

    @Test
    void theNumberOfFormsFilled_isAStatistic() {
        Skeleton s = skeleton("Every Friday at 5pm, post in Teams the number of Kizeo forms filled this week by each inspector.");
        assertThat(s.trigger()).isEqualTo("schedule.cron");
        assertThat(s.actions()).containsExactly("kizeo_forms.get_forms_statistics", "microsoft_teams.send_message");
    }

    @Test
    void frenchShorthandsAndWishes() {
        Skeleton deleted = skeleton("si qqn supprime une donnée du formulaire Chantier dans kizeo je veux être prévenu sur slack stp");
        assertThat(deleted.trigger()).isEqualTo("kizeo_forms.data_deleted");
        assertThat(deleted.actions()).containsExactly("slack.send_message");
        Skeleton manual = skeleton("Je voudrais pouvoir lancer moi-même un flux qui récupère les fiches d'inspection du mois sur Kizeo, "
                + "les exporte en Excel et me les envoie par Gmail.");
        assertThat(manual.trigger()).isEqualTo("manual.run");
        assertThat(manual.actions()).containsExactly("kizeo_forms.get_filtered_data", "kizeo_forms.export_data_excel",
                "gmail.send_email");
    }

    @Test
    void whatAPersonWritesInTheForm_isNoStep() {
        Skeleton s = skeleton("Quand un agent enregistre un relevé sur Kizeo, il y met le numéro du ticket Jira. Ajoute un "
                + "commentaire sur ce ticket avec le relevé.");
        assertThat(s.actions()).containsExactly("jira.add_comment");
    }

    @Test
    void colloquialWatching_andNounsAfterThe() {
        Skeleton watched = skeleton("no webhooks allowed here, so just check kizeo regularly for new or changed audit records and "
                + "append each one to the 'Audits' google sheet");
        assertThat(watched.trigger()).isEqualTo("kizeo_forms.new_or_updated_data");
        assertThat(watched.actions()).containsExactly("google_sheets.append_row");
        Skeleton logged = skeleton("Whenever a record is deleted from the Kizeo \"Visits\" form, log the data id and the deletion "
                + "time in the \"Removed\" tab of our Google Sheet.");
        assertThat(logged.actions()).containsExactly("google_sheets.append_row");
    }

    @Test
    void readsChosenByWhatTheyName() {
        assertThat(skeleton("Every evening at 6, get tomorrow's home visits from Ogust and post them in the Teams channel 'Planning'.")
                .actions()).containsExactly("ogust.search_services", "microsoft_teams.send_message");
        assertThat(skeleton("When a Jira issue is created in the OPS project, look up that depot in the Kizeo external list "
                + "'Depots' and delete it.").actions()).containsExactly("kizeo_forms.get_all_list_items", "kizeo_forms.delete_list_item");
        assertThat(skeleton("Manual flow: find the group called 'Drivers' among our Kizeo groups, get its members, and email me "
                + "the list with Gmail.").actions()).containsExactly("kizeo_forms.get_all_groups", "kizeo_forms.get_group_users",
                "gmail.send_email");
    }
}
