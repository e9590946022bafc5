package dev.switchboard.prompts.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence said after the orders but meant before them: "Oh, and before that, check the stock",
 * "The very first thing: …", « Mais avant, vérifie… ». Its parts move before the first order of the
 * sentences before it (after the event and the context), where they happen.
 *
 * <pre>{@code
 * int at = BeforeThat.end("and before that, check the stock");   // where the sentence's own words start
 * BeforeThat.moveUp(parts, from);                                  // parts[from..] now come before the first order
 * }</pre>
 */
final class BeforeThat {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:(?:oh|ah|and|but|also|ps|et|mais|aussi|oh et|ah et)\\s+)*"
            + "(?:before (?:that|this|all (?:that|this)|anything(?: else)?|everything(?: else)?|doing (?:that|this|so|it|any of (?:that|this)))"
            + "|before(?=\\s*[,:])|(?:the )?(?:very )?first thing(?: to do)?(?: of all)?|(?<=but )first"
            + "|avant (?:ca|cela|tout|toute chose|de faire (?:ca|cela)|meme)|avant(?=\\s*[,:])|(?:tout )?d abord(?=\\s*[,:])"
            + "|(?:la )?(?:toute )?premiere chose(?: a faire)?)\\b\\s*[,:]?\\s*");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");

    private BeforeThat() {
    }

    /** The sentences of a plain text, in order. */
    static String[] sentences(String plain) {
        return SENTENCES.split(plain);
    }

    /** Where the words after a "before that" marker start in the sentence, or -1 when it has none. */
    static int end(String sentence) {
        Matcher m = MARKER.matcher(sentence);
        return m.find() ? m.end() : -1;
    }

    /** "…, so reformat the date first.", « … puis formate la date d'abord. »: a sentence whose order is said to come first. */
    private static final Pattern FIRST_AT_END = Pattern.compile("\\b(?:first|beforehand|d abord|en premier|au prealable)\\s*[.!]?\\s*$");

    static boolean firstAtEnd(String sentence) {
        return FIRST_AT_END.matcher(sentence).find();
    }

    /** Moves {@code parts[from..]} before the first order (action, condition, loop) said before them, if there is one. */
    static void moveUp(List<Clauses.Part> parts, int from) {
        if (parts.subList(from, parts.size()).stream().anyMatch(p -> p.role() == Clauses.Role.TRIGGER)) {
            return;   // "when X, do Y first": the sentence has its own event
        }
        for (int i = 0; i < from; i++) {
            Clauses.Role role = parts.get(i).role();
            if (role != Clauses.Role.TRIGGER && role != Clauses.Role.CONTEXT) {
                List<Clauses.Part> moved = List.copyOf(parts.subList(from, parts.size()));
                parts.subList(from, parts.size()).clear();
                parts.addAll(i, moved);
                return;
            }
        }
    }
}
