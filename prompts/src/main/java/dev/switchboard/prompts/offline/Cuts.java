package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a clause at its joining words: at any match of a marker ("then", "otherwise"), or at
 * "and" / "et" only where a second order starts.
 *
 * <pre>{@code
 * Cuts.atAnd("add a row to the sheet and a card to the board");   // ["add a row to the sheet", "a card to the board"]
 * Cuts.atAnd("save the name and the e-mail");                     // ["save the name and the e-mail"]
 * }</pre>
 */
final class Cuts {

    private static final Pattern AND = Pattern.compile("\\s(?:and|et|&)\\s");
    private static final Pattern PLACED = Pattern.compile("\\s(?:to|into|in|on|for|dans|sur|vers|au|a|pour)\\s+\\S+");
    private static final Pattern PARALLEL = Pattern.compile("^\\s*(?:a|an|another|un|une|des|one)\\s+[a-z0-9-]+(?:\\s+[a-z0-9-]+)?"
            + "\\s+(?:to|into|in|on|for|dans|sur|vers|au|a|pour)\\s+\\S+");
    /** "… et qu'un message soit envoyé", "and that a card be created": a second wish, so a second clause. */
    private static final Pattern THAT = Pattern.compile("^(?:qu|que|that)\\s+(?:un|une|le|la|les|l|a|an|the)\\s");
    /** "… et un courriel doit lui être adressé", "and a ticket must be opened": a second thing to be done, in the passive. */
    private static final Pattern PASSIVE = Pattern.compile("^(?:un|une|le|la|les|l|a|an|the)\\s+(?:[a-z0-9-]+\\s+){1,4}?"
            + "(?:doit|doivent|devra|devront|must|should|shall|has to|have to|will)\\s+(?:(?:lui|leur|y|en|also|aussi|then|ensuite)\\s+)?(?:etre|be)\\s");

    private static final Pattern PASSIVE_LEFT = Pattern.compile("\\b(?:etre|be|been|soit|soient|est|sont|is|are)\\s+[a-z]+");
    private static final Pattern PARTICIPLE_PLACED = Pattern.compile("^([a-z]+)\\s+(?:dans|sur|en|au|in|into|on|to|as|by|par|comme)\\s");

    /** "… doit être signalée dans #audit et consignée dans le Sheet": a second participle of the passive, placed elsewhere. */
    private static boolean placedParticiple(String left, String right, boolean passive) {
        Matcher m = PARTICIPLE_PLACED.matcher(right);
        if (!m.find() || !passive && !PASSIVE_LEFT.matcher(left).find()) {
            return false;
        }
        String word = m.group(1);
        return !Verbs.isInfinitive(word) && Words.VERBS.contains(String.valueOf(Words.concept(word)));
    }

    private Cuts() {
    }

    /** Cuts at each match; with {@code keepMarker} the right part starts with the marker word. */
    static List<String> at(String text, Pattern marker, boolean keepMarker) {
        return cut(text, marker, keepMarker, false, false);
    }

    /** Cuts at "and" when an order follows: a verb, "that a…", "for each", "if", or a second thing put somewhere. */
    static List<String> atAnd(String text) {
        return cut(text, AND, false, true, false);
    }

    /** As {@link #atAnd}, in the orders of a passive sentence: "signalée dans #audit et consignée dans le Sheet". */
    static List<String> atAndOfPassive(String text) {
        return cut(text, AND, false, true, true);
    }

    private static List<String> cut(String text, Pattern marker, boolean keepMarker, boolean orderFollows, boolean passive) {
        List<String> out = new ArrayList<>();
        Matcher m = marker.matcher(text);
        int from = 0;
        while (m.find()) {
            String right = text.substring(m.end());
            if (orderFollows && !ordered(text.substring(from, m.start()), right, passive)) {
                continue;
            }
            out.add(text.substring(from, m.start()));
            from = keepMarker ? m.start() : m.end();
        }
        out.add(text.substring(from));
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    /** "ready to check", « prêt à relire »: an infinitive after "to", which a bare second verb may join. */
    private static final Pattern TO_VERB = Pattern.compile("\\b(?:to|a|de|d)\\s+([a-z]+)\\s*$");

    private static boolean ordered(String left, String right, boolean passive) {
        Matcher toVerb = TO_VERB.matcher(left);
        if (toVerb.find() && Words.VERBS.contains(String.valueOf(Words.concept(toVerb.group(1)))) && right.strip().split("\\s+").length <= 2) {
            return false;   // "the draft is ready to check & send": one purpose with two verbs, no second order
        }
        boolean parallel = PLACED.matcher(left).find() && PARALLEL.matcher(right).find();   // "a row to the sheet and a card to the board"
        return parallel || THAT.matcher(right).find() || PASSIVE.matcher(right).find() || placedParticiple(left, right, passive)
                || Verbs.startsWithVerb(right) >= 0 || Clauses.FOR_EACH.matcher(right).find()
                || Clauses.IF_START.matcher(right).find();
    }
}
