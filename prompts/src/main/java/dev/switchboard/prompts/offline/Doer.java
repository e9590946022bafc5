package dev.switchboard.prompts.offline;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A verb right after its subject in the event's clause is what someone does, not the flow's order: « quand j'envoie une
 * mission depuis l'app, … », "when we publish a post, …". The order is the next verb, if any.
 *
 * <pre>{@code
 * Doer.orderAt("quand j envoie une mission, previens le client", 7);   // the position of "previens"
 * }</pre>
 */
final class Doer {

    /** Subject pronouns: the form after them is conjugated, so it tells what happens. */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "they", "he", "she", "you", "someone", "somebody", "j", "je", "nous", "il", "ils", "elle",
            "elles", "on", "tu", "vous", "people", "users", "folks", "staff", "customers", "clients", "employees", "members", "gens");

    private static final Pattern LAST_WORD = Pattern.compile("([a-z]+)\\s+$");

    private Doer() {
    }

    /** The position of the first order at or after {@code verb} that does not follow a subject pronoun, or -1. */
    static int orderAt(String text, int verb) {
        while (verb > 0) {
            java.util.regex.Matcher before = LAST_WORD.matcher(text.substring(0, verb));
            if (!before.find() || !SUBJECTS.contains(before.group(1))) {
                return verb;
            }
            int end = text.indexOf(' ', verb);
            if (end < 0) {
                return -1;
            }
            int next = Verbs.verbAfter(text.substring(end), 0);
            verb = next < 0 ? -1 : end + next;
        }
        return verb;
    }
}
