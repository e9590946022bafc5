package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read of "the X of every Y" ("get the report of every campaign sent this week", « récupère le détail de chaque
 * commande ») reads X once per Y: the Ys are gone through in a loop ({@link Clauses.Role#FOR_EACH}) and X is read in
 * it, with the orders that follow.
 *
 * <pre>{@code
 * EachOf.apply(List.of(new Part(ACTION, "get the report of every campaign")));
 * // [FOR_EACH "campaign", ACTION "get the report"]
 * }</pre>
 */
final class EachOf {

    /** The head of the read, then "of every" / « de chaque » and what there is one of each. */
    private static final Pattern OF_EVERY = Pattern.compile("^(.+?)\\s(?:of|for|from|de|du|des|pour)\\s+(?:every|each|chaque)\\s+(.+)$");

    private EachOf() {
    }

    static List<Clauses.Part> apply(List<Clauses.Part> parts) {
        List<Clauses.Part> out = new ArrayList<>();
        for (Clauses.Part p : parts) {
            Matcher m = OF_EVERY.matcher(p.text());
            boolean read = p.role() == Clauses.Role.ACTION && Verbs.startsWithVerb(p.text()) == 0
                    && "get".equals(Words.concept(Words.words(p.text()).get(0)));
            if (read && m.find() && Words.words(m.group(1)).size() > 1 && !Clauses.isEventPhrase(p.text())) {
                out.add(new Clauses.Part(Clauses.Role.FOR_EACH, m.group(2)));
                out.add(new Clauses.Part(Clauses.Role.ACTION, m.group(1)));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
