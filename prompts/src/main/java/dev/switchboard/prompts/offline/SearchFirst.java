package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.offline.InputFiller.Source;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * "Every Monday, mail last week's submissions as an Excel file": an action that takes a list of ids ("data_ids") that
 * nothing in the flow gives needs them found first, by its app's search of those things ("Search data").
 *
 * <pre>{@code
 * SearchFirst.of(index, exportExcel, sources, null, "mail last week s submissions as excel");   // kizeo_forms.get_filtered_data
 * }</pre>
 */
final class SearchFirst {

    /**
     * Which of them: "last week's", "submitted that day", "for that clinic and period", « de la semaine précédente »; without
     * such words an export takes the form's data as it is.
     */
    private static final java.util.regex.Pattern SOME = java.util.regex.Pattern.compile("\\b(?:(?:last|previous|past|this) "
            + "(?:week|month|day|year|quarter)|yesterday|today|that day|the day|since|between|for that|for this|for the period|"
            + "period|date range|(?:de la|du|de l) (?:semaine|mois|jour|annee|trimestre|veille)|d hier|aujourd hui|depuis|entre|periode)\\b");

    private SearchFirst() {
    }

    /**
     * The search to run before {@code entry}, or empty when no input of it takes ids, when the flow already holds them,
     * when the event is of the same app (it gives the one it is about), or when {@code plain} says no selection.
     */
    static Optional<ActionEntry> of(CatalogIndex index, ActionEntry entry, List<Source> sources, String triggerApp, String plain) {
        String app = entry.connector().app();
        JsonNode input = entry.spec().input();
        if (input == null || app.equals(triggerApp) || !SOME.matcher(plain).find()) {
            return Optional.empty();
        }
        for (JsonNode required : input.path("required")) {
            String name = required.asString("");
            if (!name.endsWith("_ids") || !"array".equals(input.path("properties").path(name).path("type").asString(""))
                    || InputFiller.idsOf(name.substring(0, name.length() - 4), app, sources) != null) {
                continue;
            }
            String noun = Words.concept(name.substring(0, name.length() - 4));
            return index.actionsOf(app)
                    .filter(a -> a != entry && Reads.listsOf(a, noun))
                    .min(Comparator.comparing(a -> a.strong().contains("find") ? 0 : 1));   // a search before a plain listing
        }
        return Optional.empty();
    }
}
