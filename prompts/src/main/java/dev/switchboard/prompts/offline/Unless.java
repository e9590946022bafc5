package dev.switchboard.prompts.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that says when not to do the order before it: "Except when they opted out, skip them",
 * « Sauf s'il existe déjà. » It is a condition on that order, so it goes before it; "skip them" / « on
 * l'ignore » after it adds nothing.
 *
 * <pre>{@code
 * int at = Unless.end("except when they opted out, skip them");   // where the condition starts
 * Unless.guardLast(parts, "they opted out");                        // CONDITION "!they opted out" before the last ACTION
 * }</pre>
 */
final class Unless {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:(?:but|mais|and|et)\\s+)?(?:except (?:when|if|for)|unless|"
            + "sauf (?:si|quand|lorsqu\\w*|pour)|excepte (?:si|quand))\\s+");
    /** Where the condition ends: a comma or "then" / « alors ». */
    private static final Pattern END = Pattern.compile(",|\\s(?:then|alors|dans ce cas)\\s");
    /** "skip them", « on l'ignore », "do nothing": what not doing the order is said as. */
    private static final Pattern SKIP = Pattern.compile("^\\s*(?:then\\s+|alors\\s+)?(?:just\\s+)?(?:skip|ignore|leave|drop|do nothing|"
            + "ne rien faire|ne fais rien|on ne fait rien|on (?:les?|la|l) (?:ignore|saute|laisse)|ignorer|ignore-les|laisse tomber)\\b");

    private Unless() {
    }

    /** Where the words after the marker start, or -1 when the sentence does not open with one. */
    static int end(String sentence) {
        Matcher m = MARKER.matcher(sentence);
        return m.find() ? m.end() : -1;
    }

    /** The condition's words, up to a comma or "then". */
    static String condition(String rest) {
        Matcher m = END.matcher(rest);
        return (m.find() ? rest.substring(0, m.start()) : rest).replaceAll("[.!?;:\\s]+$", "").strip();
    }

    /** What follows the condition, unless it only says to skip (then nothing). */
    static String after(String rest) {
        Matcher m = END.matcher(rest);
        String tail = m.find() ? rest.substring(m.end()) : "";
        return SKIP.matcher(tail).find() ? "" : tail;
    }

    /** Puts the negated condition ("!X", see {@link Texts}) before the last order: that order is done only when X does not hold. */
    static boolean guardLast(List<Clauses.Part> parts, String condition) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).role() == Clauses.Role.ACTION) {
                parts.add(i, new Clauses.Part(Clauses.Role.CONDITION, "!" + condition));
                return true;
            }
        }
        return false;
    }
}
