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
        return FIRST_AT_END.matcher(sentence).find() || FIRST_AFTER_VERB.matcher(sentence).lookingAt();
    }

    /** « Vérifie d'abord s'il existe… », "check first whether…": the sentence's own order comes first. */
    private static final Pattern FIRST_AFTER_VERB = Pattern.compile("^\\s*[a-z]+\\s+(?:d abord|first)\\s+(?!of\\b|de\\b)");

    /** Moves {@code parts[from..]} before the first order (action, condition, loop) said before them, if there is one. */
    static void moveUp(List<Clauses.Part> parts, int from) {
        if (saysEvent(parts, from)) {
            return;   // "when X, do Y first": the sentence has its own event
        }
        for (int i = 0; i < from; i++) {
            Clauses.Role role = parts.get(i).role();
            if (role != Clauses.Role.TRIGGER && role != Clauses.Role.CONTEXT) {
                moveTo(parts, from, i);
                return;
            }
        }
    }

    private static boolean saysEvent(List<Clauses.Part> parts, int from) {
        return parts.subList(from, parts.size()).stream().anyMatch(p -> p.role() == Clauses.Role.TRIGGER);
    }

    /** Moves {@code parts[from..]} to index {@code to}, before what stood there. */
    private static void moveTo(List<Clauses.Part> parts, int from, int to) {
        List<Clauses.Part> moved = List.copyOf(parts.subList(from, parts.size()));
        parts.subList(from, parts.size()).clear();
        parts.addAll(to, moved);
    }

    private static final String FIND = "(?:find|look (?:\\w+ )?up|lookup|search(?: for)?|fetch|retrieve|match|identify"
            + "|(?:retrouv|trouv|cherch|recherch|recuper|identifi|reper)(?:er|e|ez|es))\\b";
    /** "(look his account up by e-mail)", « (retrouver son compte avec son adresse) »: an aside that finds what the order uses. */
    private static final Pattern ASIDE_LOOKUP = Pattern.compile("^(?:(?:first|d abord)\\s+)?" + FIND);
    /** "…: look up his id among the Kizeo users", « … : cherche son identifiant parmi les utilisateurs »: the person just named. */
    private static final Pattern HIS_LOOKUP = Pattern.compile("^" + FIND + "\\s+(?:son|sa|ses|leur|leurs|his|her|their)\\b");
    /** "to find the right row, match on the site number", « pour retrouver la bonne ligne il faut… ». */
    private static final Pattern TO_FIND = Pattern.compile("^(?:(?:and|et)\\s+)?(?:to|in order to|pour|afin de)\\s+" + FIND);
    /** "so you'll have to look him up among the users", « donc il faut le retrouver parmi les utilisateurs ». */
    private static final Pattern MUST_FIND = Pattern.compile("^(?:(?:so|donc|alors|and|et)\\s+)?(?:il faut|il faudra|faut|on doit|tu dois|you ll (?:need|have) to"
            + "|you need to|you have to|we need to|we have to|need to|have to)\\s+(?:d abord\\s+|first\\s+)?"
            + "(?:le |la |les |l |lui |him |her |them |it )?" + FIND);
    private static final String FORMAT_WORD = "\\b(?:format|formatted|formatee?s?)\\b";
    /** "with the delivery date as dd/mm/yyyy in the subject", « avec la date au format jj/mm/aaaa dans l'objet »: formatted first. */
    static final Pattern WITH_FORMAT = Pattern.compile("^(?:with|avec)\\s.*" + FORMAT_WORD);

    /**
     * Whether a segment (of {@code sentence}) finds or formats what the order said just before it uses: it happens
     * before that order.
     */
    static boolean serves(String segment, String sentence) {
        boolean aside = sentence.contains("(" + segment) || sentence.contains("( " + segment);
        boolean told = aside || sentence.contains(": " + segment) || sentence.contains(":" + segment);
        return aside && ASIDE_LOOKUP.matcher(segment).lookingAt() || told && HIS_LOOKUP.matcher(segment).lookingAt()
                || findsFirst(segment) || WITH_FORMAT.matcher(segment).lookingAt();
    }

    private static final Pattern FORMATTED = Pattern.compile(FORMAT_WORD);

    /** « …avec l'expéditeur, l'objet et la date au format JJ/MM/AAAA »: the last item of a list, in a format, is formatted first. */
    static boolean formattedItem(Clauses.Part part) {
        List<String> words = Words.words(part.text());
        return part.role() == Clauses.Role.ACTION && FORMATTED.matcher(part.text()).find() && Verbs.verbAfter(part.text(), 0) < 0
                && !words.isEmpty() && !Words.VERBS.contains(String.valueOf(Words.concept(words.get(0))));
    }

    /** Whether a text finds what an order uses, said as a purpose or a need ("to find the row…", « il faut le retrouver… »). */
    static boolean findsFirst(String text) {
        return TO_FIND.matcher(text).lookingAt() || MUST_FIND.matcher(text).lookingAt();
    }

    /** Moves {@code parts[from..]} before the last order said before them, if there is one. */
    static void moveBeforeLast(List<Clauses.Part> parts, int from) {
        if (saysEvent(parts, from)) {
            return;
        }
        for (int i = from - 1; i >= 0; i--) {
            String text = parts.get(i).text();
            // "his e-mail is in the event's description": said, not an order
            if (parts.get(i).role() == Clauses.Role.ACTION && !(STATES.matcher(text).find() && Verbs.verbAfter(text, 0) < 0)) {
                if (ASIDE_LOOKUP.matcher(text).lookingAt()) {
                    return;   // "find the item in the list (search by serial number)": how that lookup is done
                }
                moveTo(parts, from, i);
                return;
            }
        }
    }

    private static final Pattern STATES = Pattern.compile("\\b(?:is|are|was|est|sont|se trouve|figure)\\b");
}
