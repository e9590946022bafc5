package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.builder.Placeholders;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "The results of our last campaign", « les stats de la dernière newsletter »: the latest thing is found by
 * listing (newest first), and its results are a second read of that app, one that takes the thing's id and
 * reports on it ("Get campaign report" after "List campaigns").
 *
 * <pre>{@code
 * Latest.report(index, listCampaigns, "get the results of our last campaign");   // mailchimp.get_campaign_report
 * }</pre>
 */
final class Latest {

    private static final Pattern LATEST = Pattern.compile("\\b(?:last|latest|most recent|newest|dernier|derniere|plus recente?)\\b");
    private static final Pattern RESULTS = Pattern.compile("\\b(?:results?|resultats?|stats|statistics?|statistiques?|reports?|"
            + "rapports?|performances?|metrics|kpis?|opens|clicks|ouvertures|clics|chiffres)\\b");

    private Latest() {
    }

    /** The read that reports on the latest of what {@code list} lists, when the clause asks for its results. */
    static Optional<ActionEntry> report(CatalogIndex index, ActionEntry list, String plain) {
        if (!Reads.readsMany(list) || !LATEST.matcher(plain).find() || !RESULTS.matcher(plain).find()) {
            return Optional.empty();
        }
        String app = list.connector().app();
        return index.actionsOf(app)
                .filter(a -> "get".equals(a.verb()) && a != list)
                .filter(a -> a.spec().id().matches(".*(?:report|stat|result).*"))
                .filter(a -> a.spec().input() != null && a.spec().input().path("required").toString().contains("_id"))
                .findFirst();
    }

    /**
     * "grab the report of our latest newsletter": a read that takes the id of the latest thing needs that thing found
     * first, by the app's listing of it ("List campaigns" for a campaign_id); empty when the clause says no latest.
     */
    static Optional<ActionEntry> listFor(CatalogIndex index, ActionEntry read, String plain) {
        JsonNode required = read.spec().input() == null ? null : read.spec().input().path("required");
        if (!"get".equals(read.verb()) || required == null || !LATEST.matcher(plain).find() || Reads.readsMany(read)) {
            return Optional.empty();
        }
        for (JsonNode name : required) {
            String input = name.asString("");
            String stem = input.endsWith("_id") ? Words.concept(input.substring(0, input.length() - 3)) : null;
            Optional<ActionEntry> list = index.actionsOf(read.connector().app()).filter(a -> a != read && Reads.listsOf(a, stem)).findFirst();
            if (list.isPresent()) {
                return list;
            }
        }
        return Optional.empty();
    }

    /** Points the report's id input at the first listed thing ("newest first"): {@code {{ steps.campaigns.campaigns[0].id }}}. */
    static void ofFirst(ObjectNode step, InputFiller.Source list) {
        String array = Implicit.arrayOf(list);
        ObjectNode input = step.path("input") instanceof ObjectNode o ? o : null;
        if (array == null || input == null) {
            return;
        }
        for (String name : input.propertyNames()) {
            String stem = name.endsWith("_id") ? Words.concept(name.substring(0, name.length() - 3)) : null;
            if (stem != null && stem.equals(Words.concept(array)) && Placeholders.name(input.path(name).asString("")).isPresent()) {
                input.put(name, "{{ " + list.ref() + "." + array + "[0].id }}");
            }
        }
    }
}
