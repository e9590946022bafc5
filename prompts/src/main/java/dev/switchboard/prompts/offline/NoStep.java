package dev.switchboard.prompts.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses that add no step though they name one: a step not wanted ("no Slack notification for now", « pas de mail »)
 * and a field assignment ("titre de la carte = objet du mail").
 *
 * <pre>{@code
 * NoStep.says("no slack message for now", true);            // true
 * NoStep.says("new row in sheets = new trello card", false); // false: shorthand for the event
 * }</pre>
 */
final class NoStep {

    private static final Pattern REFUSED = Pattern.compile("^(?:-\\s*)?(?:no|without|pas de|pas d|aucun|aucune|sans)\\s+");
    private static final Pattern ASSIGNED = Pattern.compile("^(?:-\\s*)?(?:\\S+\\s){1,5}=\\s[^=]{1,60}$");

    private NoStep() {
    }

    /**
     * @param saidBefore whether a part came before: an assignment is one only then ("new row = new card", said first,
     *                   is shorthand for the event and its order)
     */
    static boolean says(String plain, boolean saidBefore) {
        Matcher refused = REFUSED.matcher(plain);
        if (refused.lookingAt() && Verbs.verbAfter(plain, 0) < 0 && Verbs.startsWithVerb(plain.substring(refused.end())) < 0) {
            return true;
        }
        return saidBefore && ASSIGNED.matcher(plain).matches() && !Clauses.NEW_WORD.matcher(plain).find() && Verbs.startsWithVerb(plain) < 0;
    }
}
