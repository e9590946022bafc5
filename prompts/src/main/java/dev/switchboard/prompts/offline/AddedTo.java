package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "add the comment as a work note on the incident", "write the number back onto the case": something added to an
 * existing record that no action of the app adds as such is a change of that record, its update. The record is
 * the noun after the place word that ends the clause; when the event named it, it is the event's record.
 *
 * <pre>{@code
 * AddedTo.update(matcher, "add a note on the incident", "add", said, context, eventWords, "salesforce");
 * // servicenow.update_incident when ServiceNow is named and has no action that adds notes
 * }</pre>
 */
final class AddedTo {

    /** The record a clause adds to: "on the incident", "back onto the case", « sur l'incident », « à la fiche ». */
    private static final Pattern ONTO = Pattern.compile("\\s(?:on|onto|to|into|sur|a|au|dans)\\s+(?:the|this|that|its|their|"
            + "l|le|la|cet|cette|ce|son|sa)\\s+(?:[a-z-]+\\s+)?([a-z-]+)\\s*$");   // "on the ServiceNow incident": an app's name may come first

    private AddedTo() {
    }

    static Optional<ActionEntry> update(dev.switchboard.prompts.offline.Matcher matcher, String plain, String verb, Said said, Collection<String> context,
                                        List<String> eventWords, String triggerApp) {
        Matcher onto = ONTO.matcher(plain);
        String record = onto.find() ? Words.concept(onto.group(1)) : null;
        if (!"add".equals(verb) || record == null || Words.VERBS.contains(record)) {
            return Optional.empty();
        }
        List<String> added = new ArrayList<>(said.objects(verb, false));
        added.remove(verb);
        added.removeAll(Words.concepts(onto.group()));   // "to the external list": the place's words are the record's
        if (added.isEmpty()) {
            return Optional.empty();   // "add them to the sheet", "add each one to the list": what is added is an item of it
        }
        Collection<String> apps = !said.apps().isEmpty() ? said.apps() : eventWords.contains(record) && triggerApp != null
                ? Set.of(triggerApp) : context;
        boolean adds = matcher.index().actions().stream().anyMatch(a -> apps.contains(a.connector().app()) && "add".equals(a.verb())
                && added.stream().anyMatch(a.strong()::contains));
        if (adds) {
            return Optional.empty();   // "add a row to the sheet", "add a comment to the issue": the app adds that thing
        }
        Optional<ActionEntry> update = matcher.action(List.of("update", record), "update", apps, context, false, false)
                .filter(a -> "update".equals(a.verb()) && apps.contains(a.connector().app()));
        return update.isPresent() || !said.apps().isEmpty() ? update : onlyUpdateOf(matcher, record);
    }

    /** « ajoute une note à cet incident » with no app said or used: the one app whose update names that record. */
    private static Optional<ActionEntry> onlyUpdateOf(dev.switchboard.prompts.offline.Matcher matcher, String record) {
        List<ActionEntry> updates = matcher.index().actions().stream()
                .filter(a -> "update".equals(a.verb()) && a.strong().contains(record)).toList();
        return updates.stream().map(a -> a.connector().app()).distinct().count() == 1 ? Optional.of(updates.get(0)) : Optional.empty();
    }
}
