package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The step that makes the file an action needs when no earlier step made one: an action whose
 * output schema has a {@code file} and whose id or title says what the clause says ("its PDF",
 * "the custom export"), of an app already in the flow or named by the clause.
 *
 * <pre>{@code
 * producers.producer(List.of("pdf"), Set.of("kizeo_forms"));   // kizeo_forms.download_standard_pdf
 * }</pre>
 */
final class Producers {

    private final CatalogIndex index;

    Producers(CatalogIndex index) {
        this.index = index;
    }

    /** An action of an app in {@code context} whose output is a file and whose id or title says one of {@code objects}. */
    Optional<ActionEntry> producer(List<String> objects, Collection<String> context) {
        ActionEntry best = null;
        double bestScore = 0;
        for (ActionEntry e : index.actions()) {
            JsonNode output = e.spec().output();
            if (!context.contains(e.connector().app()) || output == null || !output.path("properties").has("file")) {
                continue;
            }
            double s = 0;
            for (String o : new LinkedHashSet<>(objects)) {
                s += e.strong().contains(o) ? 2 : 0;
            }
            if (s == 0 && !objects.isEmpty()) {
                continue;
            }
            for (String o : new LinkedHashSet<>(objects)) {
                // "our custom Word report, converted to PDF": the description says which file fits best (a Word template)
                s += !e.strong().contains(o) && e.weak().contains(o) ? 0.4 : 0;
            }
            s += objects.isEmpty() ? 10 : 0;   // any file of the app will do: fewest inputs first
            for (String t : e.strong()) {
                s -= objects.contains(t) ? 0 : 0.3;
            }
            s -= 0.05 * e.required();
            if (s > bestScore + 1e-9) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A step of an app already in the flow, or named by the clause but not {@code entry}'s (where the file goes), whose
     * output is a file the clause speaks of ("the PDF"), else the trigger app's; on a schedule, the app of
     * {@code listedBy}, a step that listed files (null if none).
     */
    Optional<ActionEntry> fileOf(Said said, String verb, Collection<String> context, ActionEntry entry, String triggerApp,
            String listedBy) {
        Set<String> from = new LinkedHashSet<>(context);
        said.apps().stream().filter(a -> !a.equals(entry.connector().app())).forEach(from::add);
        Optional<ActionEntry> found = producer(said.concepts().stream().filter(c -> !c.equals(verb)).toList(), from);
        if (found.isPresent()) {
            return found;
        }
        if (triggerApp == null) {
            // "list the Drive files, for each one copy it to SharePoint": on a schedule, a listed file is downloaded from its app
            return listedBy == null || listedBy.equals(entry.connector().app()) ? found : producer(List.of(), Set.of(listedBy));
        }
        return producer(List.of(), Set.of(triggerApp));   // "save it": the file of what started the flow
    }
}
