package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Post the content of the 'Stock' sheet", « envoie le contenu du tableau »: what is sent is what another
 * app's thing holds, so that app reads it first. The read is one that reads what the thing holds, not one
 * that lists the things themselves ("List sheets" names the sheet; "Get rows" reads what it holds).
 *
 * <pre>{@code
 * Contents.reader(index, plain, List.of("send", "sheet"), Set.of("google_sheets"));   // google_sheets.get_rows
 * }</pre>
 */
final class Contents {

    private static final Pattern CONTENT = Pattern.compile("\\b(?:content|contents|contenu|contenus)\\s+(?:of|from|in|du|de|des|d)\\b");

    private Contents() {
    }

    /** The read of the first of {@code apps} that gives what the thing holds, when the text says "the content of". */
    static Optional<ActionEntry> reader(CatalogIndex index, String plain, List<String> concepts, Collection<String> apps) {
        if (!CONTENT.matcher(plain).find()) {
            return Optional.empty();
        }
        for (String app : apps) {
            Optional<ActionEntry> read = index.actionsOf(app)
                    .filter(a -> "get".equals(a.verb()) && a.required() > 0)
                    .filter(a -> concepts.stream().noneMatch(a.strong()::contains))   // not the one that lists the things
                    .findFirst();
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }
}
