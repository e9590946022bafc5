package dev.switchboard.prompts.offline;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a plain word is a verb said as an order ("send", "envoyer", "crée une carte") or as what
 * happened ("sent", "envoyé", "is updated"), and where the first order of a text starts. English
 * and French morphology over the {@link Words} lexicon; {@link Clauses} cuts with it.
 *
 * <pre>{@code
 * Verbs.verbAfter("when a card is created post a note", 2);   // the position of "post"
 * Verbs.isInfinitive("envoyees");                              // false
 * }</pre>
 */
final class Verbs {

    private static final Pattern WORD = Pattern.compile("[a-z0-9@#_-]+");

    private Verbs() {
    }

    /** The position of the first verb after at least {@code skip} words, or -1. */
    static int verbAfter(String text, int skip) {
        Matcher word = WORD.matcher(text);
        int seen = 0;
        String previous = "";
        String before = "";
        String third = "";
        while (word.find()) {
            String c = Words.concept(word.group());
            // "a Kizeo safety check": a determiner three words back with only nouns between makes the word a noun
            // but "every Monday morning send…", "each month export…": a time is no noun group, the verb after it is the order
            // and « à chaque fiche terminée ajouter… »: after a participle, a French infinitive is the order
            // … unless an article follows it: "for each new response create a lead" (a noun is not followed by "a")
            boolean nounGroup = DETERMINERS.contains(third) && !links(before) && !links(previous) && !TIMES.contains(previous) && !previous.matches("\\d.*")
                    && !ARTICLE_NEXT.matcher(text.substring(word.end())).lookingAt()
                    && !(word.group().matches("[a-z]{4,}(?:er|ir)") && previous.matches("[a-z]+(?:ee?s?|ie?s?|ue?s?)"));
            if (seen >= skip && c != null && Words.VERBS.contains(c) && isInfinitive(word.group())
                    && !AUXILIARIES.contains(previous) && !auxiliary(word.group(), text.substring(word.end())) && !DETERMINERS.contains(previous)
                    && !Clauses.NEW_WORD.matcher(previous).matches()   // "new answer in the form": after "new" a noun
                    && !(previous.equals("pour") && seen > 2)   // « … nous écrit sur Gmail pour signaler une panne »: a purpose
                    && (!DETERMINERS.contains(before) || clock(previous) || TIMES.contains(previous)) && !nounGroup && !borrowedNoun(previous, word.group())
                    && !gerundOfNoun(word.group(), text.substring(word.end()))) {
                return word.start();
            }
            third = before;
            before = previous;
            previous = word.group();
            seen++;
        }
        return -1;
    }

    /** "is", "been": never the order; "get" only before a participle ("gets updated"), else a read ("get the stats"). */
    private static boolean auxiliary(String word, String rest) {
        return AUXILIARIES.contains(word) && (!word.startsWith("get") || PARTICIPLE_NEXT.matcher(rest).lookingAt());
    }

    private static final java.util.regex.Pattern ARTICLE_NEXT = java.util.regex.Pattern.compile(
            "\\s+(?:an|the|a(?!\\s+(?:un|une|le|la|les|l|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos)\\b))\\s");   // not the French « à un… »
    private static final java.util.regex.Pattern PARTICIPLE_NEXT = java.util.regex.Pattern.compile("\\s+(?:[a-z]+(?:ed|en)|done|made|sent|set)\\b");

    /**
     * "9h", "7h30", "5pm", "9": a time of day. Before it, "a" is the French « à » without its accent
     * (« à 9h envoie … »), not the English article of a noun group ("a big send").
     */
    private static boolean clock(String word) {
        return word.matches("\\d{1,2}(?:h\\d{0,2}|am|pm)?");
    }

    /** « un outil de monitoring », « une campagne de mailing »: an English gerund after French "de" is a borrowed noun. */
    private static boolean borrowedNoun(String previous, String word) {
        return word.endsWith("ing") && List.of("de", "du", "des", "d").contains(previous);
    }

    /** "booking confirmations", "shipping notices": an English gerund before a plural noun names a kind of thing. */
    private static boolean gerundOfNoun(String word, String rest) {
        String noun = next(rest, 0);
        if (!word.endsWith("ing") || !noun.matches("[a-z]{3,}s") || noun.endsWith("ss")) {
            return false;
        }
        // "booking requests from X arrive": what follows the plural tells it is the subject, even when it looks like a verb
        String after = next(rest, rest.indexOf(noun) + noun.length());
        return !Words.VERBS.contains(String.valueOf(Words.concept(noun))) || SUBJECT_GOES_ON.contains(after);
    }

    private static final Set<String> SUBJECT_GOES_ON = Set.of("from", "arrive", "come", "land", "are", "get", "that", "which");

    /** Times of day and week that end "every Monday morning", « chaque lundi matin ». */
    private static final Set<String> TIMES = java.util.stream.Stream.of(List.of("morning", "mornings", "evening", "evenings", "night",
            "afternoon", "day", "week", "month", "weekday", "weekdays", "matin", "soir", "apres-midi", "jour", "semaine", "mois"), Timing.EN_DAYS,
            Timing.FR_DAYS).flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A word that ends a noun group: a verb, a conjunction or a preposition. */
    private static boolean links(String word) {
        String c = Words.concept(word);
        return c != null && Words.VERBS.contains(c) || LINKS.contains(word);
    }

    private static final Set<String> LINKS = Set.of("and", "et", "or", "ou", "then", "puis", "to", "in",
            "on", "into", "of", "for", "with", "from", "dans", "sur", "pour", "avec", "de", "du", "des", "a", "au", "par", "by");

    /** 0 when the text starts (after a pronoun or adverb) with a verb, else -1. */
    static int startsWithVerb(String text) {
        Matcher word = WORD.matcher(text);
        int seen = 0;
        String previous = "";
        while (word.find() && seen < 3) {
            String w = word.group();
            String c = Words.concept(w);
            // "les dépose", "le partage": after an object pronoun the form is an order, never a participle
            // « crée pour chacune une carte », "create for each one a card": the object comes after the "each one"
            String after = EACH.matcher(text.substring(word.end())).replaceFirst(" ");
            // « ajoute chacun comme élément »: a form followed by "each one" takes it as its object, so it is an order
            // "and posts it to #support": an English form with an object pronoun after it acts on something, so it orders
            boolean order = isInfinitive(w) || DETERMINERS.contains(next(after, 0)) || OBJECT_PRONOUNS.contains(previous)
                    || isPresent(w) && List.of("it", "them").contains(next(after, 0))
                    || List.of("chacun", "chacune").contains(next(text.substring(word.end()), 0));
            String prior = previous;
            previous = w;
            if (c != null && (Words.VERBS.contains(c) && order && !EN_DETERMINERS.contains(prior)   // "the deletion time": a noun
                    && !gerundOfNoun(w, text.substring(word.end())) && !w.matches("[a-z]+[st]ions")   // « suppressions du formulaire »
                    // "email me the list" orders; "email and address", "email of the client" name a field
                    || seen == 0 && c.equals("email") && !ARTICLES.contains(prior)   // "l'email du client" names a field
                    && !text.substring(word.end()).matches("\\s*((from|of|address\\w*|de|du|des|d|as|comme|and|et|or|ou)\\b.*)?")
                    // "message me on Slack", "message them": a message noun with a person after it is the order to send one
                    || seen == 0 && c.equals("message") && PEOPLE.contains(next(text.substring(word.end()), 0)))) {
                return 0;
            }
            if (!List.of("le", "la", "les", "l", "lui", "leur", "me", "then", "also", "aussi", "immediately", "just").contains(w)) {
                seen++;
            }
        }
        return -1;
    }

    /** Not "a": the plain French « à » ("flow à lancer à la main") is the same word. */
    private static final Set<String> EN_DETERMINERS = Set.of("the", "an", "our", "my", "their", "your", "this", "these", "those");
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "l", "son", "sa", "leur", "their", "his", "her", "its");
    private static final Set<String> PEOPLE = Set.of("me", "us", "him", "her", "them");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("le", "la", "les", "l", "lui", "leur");

    /** "on cherche le contact", "crée une carte": a French form that could be a participle is an order when an object follows. */
    static boolean takesObject(String text, String word) {
        Matcher at = Pattern.compile("\\b" + Pattern.quote(word) + "\\s+([a-z]+)").matcher(text);
        return at.find() && !word.endsWith("ed") && DETERMINERS.contains(at.group(1));
    }

    /** "for each one", « pour chacune d'elles » right after a verb: its object comes after them. */
    private static final Pattern EACH = Pattern.compile("^\\s+(?:for each(?: one| of them)?|for every one|pour chacune?(?: d (?:entre )?(?:eux|elles))?)(?=\\s)");

    /** The word that starts at or after {@code from}, or "". */
    private static String next(String text, int from) {
        Matcher word = WORD.matcher(text);
        return word.find(from) ? word.group() : "";
    }

    /** Words after which a verb tells what happened ("is updated", "est envoyé"), not what to do. */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "been", "be",
            "get", "gets", "got", "est", "sont", "soit", "ete", "etre", "has", "have", "had",
            // "if it's still open", « s'il est toujours ouvert »: a state, not an order
            "still", "already", "toujours", "deja");

    /** Words after which a verb-like word is a noun ("an HTTP call", "l'envoi"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "our", "my", "your", "this", "its", "their", "his", "her",
            "un", "une", "le", "la", "l", "les", "des", "du", "au", "aux", "notre", "mon", "ma", "votre", "ce", "cet", "cette", "chaque", "each", "every",
            "any", "some", "no", "another", "aucun", "aucune");

    /** French past participles of the verbs (English ones end in -ed), which say what happened, not what to do. */
    private static final Set<String> PARTICIPLES = Set.of("sent", "done", "cree", "creee", "crees",
            "creees", "ajoute", "ajoutee", "ajoutes", "ajoutees", "supprime", "supprimee", "modifie", "modifiee",
            "envoye", "envoyee", "envoyes", "envoyees", "depose", "deposee", "recu", "recue", "mis", "mise");

    /** An English present form ("checks", "sends"): what someone does, an order only when the flow is its subject. */
    static boolean isPresent(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && (Words.isKnown(word.substring(0, word.length() - 1))
                // "pushes", "fixes", "matches": the -es of a verb ending in a hissing sound
                || word.matches("[a-z]+(?:sh|ch|x|z)es") && Words.isKnown(word.substring(0, word.length() - 2)));
    }

    /** A verb said as an order (send, envoyer), not as what happens or happened (sends, sent, envoyé, created). */
    static boolean isInfinitive(String word) {
        boolean presentTense = isPresent(word);
        return !word.endsWith("ed") && !PARTICIPLES.contains(word) && !presentTense && !frenchParticiple(word);
    }

    /** "poste", "deposees", "exportes": accents gone, a known "-er" verb's past participle (the order is the infinitive). */
    private static boolean frenchParticiple(String word) {
        if (Words.isKnown(word)) {
            return false;   // a word the lexicon holds as it is ("archive") is an order in English
        }
        for (String ending : List.of("ees", "ee", "es", "e")) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                String stem = word.substring(0, word.length() - ending.length());
                if (Words.isKnown(stem + "er") && Words.VERBS.contains(Words.concept(stem + "er"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
