package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A value kept for a later run: "remember the data id", "save today's date for next time", « mémoriser le dernier
 * numéro ». Stored with no app named, an id, a date or a count is no file and no record: it goes to the catalog's
 * key-value store, the app whose action takes a {@code key} and a {@code value}.
 *
 * <pre>{@code
 * Remembered.store(said, "upload", "remember the data id", false, matcher);   // storage.put
 * Remembered.readFirst(put, "keep the number of absences", matcher);          // storage.get, before the put
 * }</pre>
 */
final class Remembered {

    /** The kinds of value one keeps between runs; plain, accents gone. */
    private static final Pattern VALUE = Pattern.compile("\\b(?:id|ids|identifiant|identifiants|date|dates|time|heure|timestamp|horodatage|"
            + "value|valeur|number|numero|count|nombre|total|cursor|curseur|key|cle|last|dernier|derniere|state|status|statut|etat)\\b");

    /** Things a value can be put in that are no store: "as a comment", "in a row", "in the message". */
    private static final Set<String> PLACES = Set.of("comment", "message", "row", "card", "issue", "file", "email", "event",
            "item", "record", "sheet", "folder", "list", "channel", "link", "report");

    private Remembered() {
    }

    /** "since the last check", « depuis le dernier passage »: the read starts where the run before stopped. */
    private static final Pattern SINCE_LAST = Pattern.compile("\\b(?:since|from|depuis)\\s+(?:the|our|my|le|la|l)?\\s*(?:last|previous|dernier|"
            + "derniere|precedent|precedente)\\s+(?:check|run|time|poll|execution|pass|passage|fois|verification|releve|lancement)\\b");

    /** "the number of absences of each pupil", "keep a count": a count kept from run to run. */
    private static final Pattern COUNTED = Pattern.compile("\\b(?:count|counter|tally|number of|how many|nombre d|nombre de|compteur|"
            + "combien)\\b");

    /**
     * The store's read that comes before an action: before a read of what came since the last run ("anything submitted
     * since the last check"), the value the run before kept; before a store's write of a count (« garde en mémoire le
     * nombre d'absences »), the count so far, which is then written back.
     */
    static Optional<ActionEntry> readFirst(ActionEntry entry, String plain, Matcher matcher) {
        boolean since = ("get".equals(entry.verb()) || "find".equals(entry.verb())) && SINCE_LAST.matcher(plain).find();
        boolean count = "upload".equals(entry.verb()) && COUNTED.matcher(plain).find();
        if (!since && !count) {
            return Optional.empty();
        }
        Set<String> stores = stores(matcher);
        if (count && !stores.contains(entry.connector().app())) {
            return Optional.empty();
        }
        Set<String> from = count ? Set.of(entry.connector().app()) : stores;
        return from.isEmpty() ? Optional.empty() : matcher.action(List.of("value"), "get", from, Set.of(), false, false)
                .filter(a -> from.contains(a.connector().app()) && "get".equals(a.verb()));
    }

    private static Set<String> stores(Matcher matcher) {
        Set<String> stores = new TreeSet<>();
        for (ActionEntry a : matcher.index().actions()) {
            var properties = a.spec().input() == null ? null : a.spec().input().path("properties");
            if (properties != null && properties.has("key") && properties.has("value")) {
                stores.add(a.connector().app());
            }
        }
        return stores;
    }

    /** The store's action for a clause that keeps a value, or empty when the clause names an app or holds a file. */
    static Optional<ActionEntry> store(Said said, String verb, String plain, boolean fileInHand, Matcher matcher) {
        if (!"upload".equals(verb) || !said.apps().isEmpty() || fileInHand || !VALUE.matcher(plain).find()
                || said.concepts().stream().anyMatch(PLACES::contains)) {   // "put the number in a comment": where it goes is said
            return Optional.empty();
        }
        Set<String> stores = stores(matcher);
        return stores.isEmpty() ? Optional.empty()
                : matcher.action(List.of("value"), verb, stores, Set.of(), false, false).filter(a -> stores.contains(a.connector().app()));
    }
}
