package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * After a wait, a condition on how things stand now ("three days later, if they still have not signed",
 * « attends 2 jours puis regarde s'il a une opportunité ») needs a fresh read: what the flow had before
 * the wait is old. The read is of the app the flow waited on: the one its words name, else a search when
 * the condition names a thing, else the app's status read.
 *
 * <pre>{@code
 * Recheck.read(index, said, "pandadoc");   // pandadoc.get_document_status for "if they still have not signed"
 * }</pre>
 */
final class Recheck {

    /** Words that say the condition is about the state now: "still", "yet", « toujours », « encore », "already". */
    static final Pattern NOW = Pattern.compile("\\b(?:still|yet|anymore|already|toujours|encore|deja|plus)\\b");

    private Recheck() {
    }

    /** The read to do before the condition, of {@code app}'s reads. */
    static Optional<ActionEntry> read(CatalogIndex index, Said said, String app) {
        List<ActionEntry> reads = index.actionsOf(app)
                .filter(a -> "get".equals(a.verb()) || "find".equals(a.verb())).toList();
        List<String> things = said.concepts().stream().filter(c -> !Words.VERBS.contains(c)).toList();
        Optional<ActionEntry> named = reads.stream().filter(a -> things.stream().anyMatch(a.strong()::contains))
                .max(Comparator.comparingLong(a -> things.stream().filter(a.strong()::contains).count()));
        if (named.isPresent()) {
            return named;
        }
        if (!things.isEmpty()) {
            Optional<ActionEntry> search = reads.stream().filter(a -> "find".equals(a.verb())).findFirst();
            if (search.isPresent()) {
                return search;   // "if he has an opportunity": what he has is searched
            }
        }
        return reads.stream().filter(a -> a.spec().id().contains("status")).findFirst()
                .or(() -> reads.stream().filter(a -> "get".equals(a.verb())).min(Comparator.comparingInt(ActionEntry::required)));
    }
}
