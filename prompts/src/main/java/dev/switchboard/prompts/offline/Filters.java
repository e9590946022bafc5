package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a filter off the event: "when an email arrives whose subject contains X", "quand un message est posté
 * et qu'il contient X", "when a row is added with the status X" name the event, then a condition on what it
 * carries. The event keeps its words; the filter becomes a {@link Clauses.Role#CONDITION} right after it, so the
 * first order is guarded by an "if" (the exact expression stays a question).
 */
final class Filters {

    /** A relative clause or an "and its…" that says a property of the event's item, not a second event. */
    private static final Pattern FILTER = Pattern.compile("\\s(?:whose|dont|where (?:the|its)"
            + "|and (?:its|his|her|their) \\S+(?: \\S+)? (?:is|are|contains?|equals?|has)"
            + "|and (?:it|they) (?:contains?|is|are|has|have)\\s"
            + "|et qu (?:il|elle|ils|elles) (?:contien|est|sont|a|ont)"
            + "|et (?:que )?(?:son|sa|ses) \\S+(?: \\S+)? (?:est|sont|contien|vaut|a)"
            + "|with (?:the |a |its )?status|avec (?:le |un |son )?statut|with the (?:box|checkbox)|avec la case)");
    /** "whose id is 42", "dont le nom est X": that identifies the form or list, it does not filter. */
    private static final Pattern NAMING = Pattern.compile("^\\s*(?:\\S+\\s+)?(?:l |le |the )?(?:id|identifiant|name|nom|titre|title)\\b");

    private Filters() {
    }

    static List<Clauses.Part> apart(List<Clauses.Part> parts) {
        List<Clauses.Part> out = new ArrayList<>();
        boolean done = false;
        for (Clauses.Part part : parts) {
            Matcher filter = FILTER.matcher(part.text());
            if (!done && part.role() == Clauses.Role.TRIGGER && filter.find() && filter.start() > 0
                    && !NAMING.matcher(part.text().substring(filter.start()).replaceFirst("^\\s*(?:whose|dont)", "")).find()
                    && !Words.concepts(part.text().substring(0, filter.start())).isEmpty()) {
                out.add(new Clauses.Part(Clauses.Role.TRIGGER, part.text().substring(0, filter.start()).strip()));
                out.add(new Clauses.Part(Clauses.Role.CONDITION, part.text().substring(filter.start()).strip()));
                done = true;   // one filter on the event is enough: a second "if" would guard the second order alone
                continue;
            }
            out.add(part);
        }
        return out;
    }
}
