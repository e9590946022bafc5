package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a request says twice: a lead-in before a colon that the sentence after it says in full ("Please alert the
 * warehouse: every deletion must be reported by a Slack message"), "once approved" after the step that asks for
 * the approval (the approval step already stops a refused run), and an order the app has no action for that a later
 * API call does ("create their Kizeo user; there is no dedicated action, so call the Kizeo API directly").
 *
 * <pre>{@code
 * Restated.apply(parts, plain);   // [ACTION "alert the team", TRIGGER …, ACTION "report by a message"] → the lead-in is context
 * }</pre>
 */
final class Restated {

    /** "once approved", « une fois validé », "if she approves": the approval's yes, said after it. */
    private static final Pattern APPROVED = Pattern.compile("^(?:(?:and|et)\\s+)?(?:(?:once|if|when|after|une fois|si|des que|apres)\\s+)?"
            + "(?:(?:it|he|she|they|the manager|il|elle|ils|elles)\\s+)?(?:(?:is|has been|was|est|a ete)\\s+)?"
            + "(?:approved|approves|approve|validated|validates|accepted|accepts|approuve|approuvee|approuves|approuvees|valide|validee|"
            + "valides|validees|accepte|acceptee)$");

    /** "there's no dedicated action for user creation", « il n'y a pas d'action dédiée »: the app lacks the order. */
    private static final Pattern NO_ACTION = Pattern.compile("\\b(?:no|not any|pas d|pas de|aucune)\\s+(?:dedicated\\s+|specific\\s+|"
            + "built-in\\s+)?(?:action|step|operation|endpoint)s?\\b|\\b(?:action|etape)s?\\s+(?:dediee|specifique)s?\\b");
    private static final Pattern CALL = Pattern.compile("\\b(?:api|http|endpoint|request|requete)\\b");

    private Restated() {
    }

    static List<Clauses.Part> apply(List<Clauses.Part> parts, String plain) {
        List<Clauses.Part> out = new ArrayList<>(parts.size());
        boolean approvalAsked = false;
        for (int i = 0; i < parts.size(); i++) {
            Clauses.Part p = parts.get(i);
            if (approvalAsked && p.role() != Clauses.Role.TRIGGER && APPROVED.matcher(p.text().strip()).matches()) {
                continue;
            }
            approvalAsked |= p.role() == Clauses.Role.ACTION && Words.concepts(p.text()).contains("approval");
            if (doneByTheCall(parts, i) || doneByTheCall(parts, i + 1)) {
                continue;   // the order the call does, and the sentence saying so: no step, and no app of their own for the event
            }
            out.add(i == 0 && leadIn(parts, plain) ? new Clauses.Part(Clauses.Role.CONTEXT, p.text()) : p);
        }
        return out;
    }

    /**
     * "create their Kizeo user. There's no dedicated action for that, so call the Kizeo API directly": part {@code i} says
     * the app has no action for the order before it, and a later order calls the API, which does that order.
     */
    private static boolean doneByTheCall(List<Clauses.Part> parts, int i) {
        return i >= 1 && i + 1 < parts.size() && NO_ACTION.matcher(parts.get(i).text()).find()
                && parts.get(i - 1).role() == Clauses.Role.ACTION
                && parts.stream().skip(i + 1).anyMatch(p -> p.role() == Clauses.Role.ACTION && CALL.matcher(p.text()).find());
    }

    /** The first part is an order before a colon, the event follows, and a later order does the same verb. */
    private static boolean leadIn(List<Clauses.Part> parts, String plain) {
        if (parts.size() < 3 || parts.get(0).role() != Clauses.Role.ACTION || parts.get(1).role() != Clauses.Role.TRIGGER
                || !Pattern.compile(Pattern.quote(parts.get(0).text().strip()) + "\\s*:").matcher(plain).find()) {
            return false;
        }
        String verb = verb(parts.get(0).text());
        return verb != null && parts.stream().skip(2).anyMatch(p -> p.role() == Clauses.Role.ACTION && verb.equals(verb(p.text())));
    }

    private static String verb(String text) {
        return Words.concepts(text).stream().filter(Words.VERBS::contains).findFirst().orElse(null);
    }
}
