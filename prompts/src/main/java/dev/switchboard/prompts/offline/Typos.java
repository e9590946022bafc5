package dev.switchboard.prompts.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of the keyboard in the few words that say when a flow starts ("wehn", "whne", "evry", "mornign",
 * « qaund », "webhok"): two neighbouring letters swapped or one letter left out. Those words decide the trigger, so
 * a slip there loses the whole event; elsewhere a slip costs one word at most and is left alone.
 *
 * <pre>{@code
 * Typos.fixed("wehn a file lands, evry mornign");   // "when a file lands, every morning"
 * }</pre>
 */
final class Typos {

    /** The words that open an event or say a recurring time, and "the" ("teh scanner drops files…" tells who does what). */
    private static final List<String> OPENERS = java.util.stream.Stream.of(List.of("when", "whenever", "every", "morning", "evening",
            "night", "quand", "lorsque", "chaque", "webhook", "the"), Timing.EN_DAYS).flatMap(List::stream).toList();

    /** Real words one slip away from an opener ("ever", "very", « quad »): never corrected. */
    private static final Set<String> REAL = Set.of("ever", "very", "hen", "nigh", "quad", "even");

    private static final Map<String, String> SLIPS = new HashMap<>();

    static {
        for (String word : OPENERS) {
            for (int i = 0; i < word.length(); i++) {
                slip(word.substring(0, i) + word.substring(i + 1), word);   // one letter left out
                if (i + 1 < word.length() && word.charAt(i) != word.charAt(i + 1)) {
                    slip(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2), word);   // two swapped
                }
            }
        }
    }

    private static void slip(String variant, String word) {
        if (variant.length() >= 3 && !REAL.contains(variant) && !OPENERS.contains(variant)) {
            SLIPS.putIfAbsent(variant, word);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    private Typos() {
    }

    /** The flat text with each slip in an opener word put right; a word the lexicon knows is never touched. */
    static String fixed(String flat) {
        Matcher m = WORD.matcher(flat);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String right = SLIPS.get(m.group());
            m.appendReplacement(out, right == null || Words.isKnown(m.group()) ? m.group() : right);
        }
        m.appendTail(out);
        // « tout les vendredis »: the agreement slip hides the schedule word
        return TOUTE_LES.matcher(TOUT_LES.matcher(out.toString()).replaceAll("tous les")).replaceAll("toutes les");
    }

    private static final Pattern TOUT_LES = Pattern.compile("\\btout les\\b");
    private static final Pattern TOUTE_LES = Pattern.compile("\\btoute les\\b");

    /**
     * Whether {@code word} is one slip away from the long name word {@code name} ("calender", "salesforse", "dropbx"):
     * one letter changed, left out, added, or two neighbours swapped. Short words are never matched, too many are near.
     */
    static boolean oneSlip(String word, String name) {
        if (name.length() < 6 || word.equals(name) || Math.abs(word.length() - name.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(word.length(), name.length()) && word.charAt(i) == name.charAt(i)) {
            i++;
        }
        if (word.length() != name.length()) {
            String longer = word.length() > name.length() ? word : name;
            String shorter = longer == word ? name : word;
            return (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter);
        }
        return word.substring(i + 1).equals(name.substring(i + 1))
                || i + 1 < word.length() && word.charAt(i) == name.charAt(i + 1) && word.charAt(i + 1) == name.charAt(i)
                && word.substring(i + 2).equals(name.substring(i + 2));
    }
}
