package dev.switchboard.prompts.offline;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description written on several lines, as in a ticket or a user story: a short title on the first line
 * ("Calendar mirror", « Relances factures ») names the request and adds no step, and each line ends a sentence even
 * when its writer put no full stop at its end.
 *
 * <pre>{@code
 * Lines.of("Calendar mirror\nWhen an event is added to Google Calendar\ncopy it to Outlook");
 * // "When an event is added to Google Calendar.\ncopy it to Outlook."
 * }</pre>
 */
final class Lines {

    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?,]\\s*$");
    /** A first line that already says how the flow starts, or says anything as a sentence, is never a title. */
    private static final Pattern STARTS_FLOW = Pattern.compile("^\\s*(?:every|each|if|on|at|given|si|tous|toutes|chaque|le|les|etant)\\b"
            // "a new card is created in Trello": a sentence, whatever its length
            + "|\\b(?:is|are|was|were|gets|est|sont|soit)\\b");
    private static final Pattern ARTICLE = Pattern.compile("\\b(?:a|an|the|my|our|un|une|le|la|les|mon|ma|mes|notre|nos|it|them)\\b");
    private static final int TITLE_WORDS = 8;
    private static final Pattern GREETING = Pattern.compile("(?iu)(?:hi|hello|hey|dear|good (?:morning|afternoon)|bonjour|bonsoir|salut|"
            + "coucou|cher|chère|chers|chères|madame|monsieur)\\b[^.!?:]{0,40}[,!:]?");
    private static final Pattern SIGN_OFF = Pattern.compile("(?iu)(?:thanks|thank you|many thanks|thx|best|best regards|kind regards|"
            + "regards|warm regards|cheers|sincerely|cordialement|bien cordialement|bien à vous|merci|merci d'avance|merci beaucoup|"
            + "bonne journée|salutations|à bientôt)\\b[^.?:]{0,30}[,.!]?");
    /** "Let me know if anything is unclear!", « Dis-moi si c'est possible » at the end: the writer's offer to help, no order. */
    private static final Pattern CLOSING = Pattern.compile("(?iu)(?<=[.!?\\n,]|^)\\s*(?:let me know|tell me|dis-moi|dites-moi|"
            + "n'h[ée]site[sz]? pas(?: à| a)? (?:me |nous )?(?:dire|revenir vers moi))(?:\\s+\\S+){0,3}?\\s+(?:if|si|s')\\s*(?:anything|something|"
            + "you|that|this|it's|there|quelque chose|tu|vous|c'est|ça|ca|il y a)\\b[^.!?\\n]*[.!?]*\\s*$");
    /** "Booking sheet -> Slack": from where to where, as a heading says it. */
    private static final Pattern ROUTE = Pattern.compile("\\S\\s*(?:" + Shorthand.ARROWS + ")\\s*\\S");
    /** "1) Passenger fills in the form", "Step 1:": the first item of a numbered list, never a title. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)^(?:\\d{1,2}\\s*[).:-](?!\\d)|(?:step|etape|étape)\\s+\\d{1,2}\\s*[).:-]?)");
    private static final Pattern OUT_OF_SCOPE = Pattern.compile("(?iu)^(?:[-*•]\\s*)?(?:out of scope|not in scope|non-goals?|"
            + "hors (?:scope|périmètre|perimetre|champ)|hors-scope)\\s*:");
    /** The word that opens each sentence of a background line; no lexicon or catalog word looks like it. */
    static final String BACKGROUND = "zbackground";
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:[-*•]\\s*)?(?:context|background|contexte|current situation|situation"
            + "(?: actuelle)?|today|aujourd'hui|aujourd’hui|problem|problème|probleme)\\s*:\\s*");

    private Lines() {
    }

    static String of(String text) {
        String[] lines = letterless(CLOSING.matcher(text.strip()).replaceFirst("").split("\\R"));
        if (lines.length < 2) {
            return String.join("\n", lines);
        }
        StringBuilder out = new StringBuilder();
        for (int i = title(lines) ? 1 : 0; i < lines.length; i++) {
            // "1) …", "Step 2:": the number of an item orders nothing, and its bracket would cut a clause
            String line = background(LIST_ITEM.matcher(lines[i].strip()).replaceFirst("").strip());
            if (!line.isEmpty() && !OUT_OF_SCOPE.matcher(line).lookingAt()) {   // what the request leaves out is no step
                out.append(line).append(ENDS_SENTENCE.matcher(line).matches() ? "" : ".").append('\n');
            }
        }
        return out.toString().strip();
    }

    /**
     * The lines of a request written as a letter, without its greeting ("Hi team,") and its closing ("Thanks a lot,"
     * and the signature after it): they order nothing, and a signature's words ("Service Desk lead") would.
     */
    private static final Pattern GREETING_INLINE = Pattern.compile("(?iu)^\\s*(?:(?:hi|hello|dear|bonjour|bonsoir|salut)\\s+(?:all|team|everyone|"
            + "folks|tout le monde|à tous|a tous|l'équipe|l’équipe)|madame,?\\s+monsieur|mesdames,?\\s+messieurs|bonjour|bonsoir|hello|hi)\\s*[,!]\\s+");

    private static String[] letterless(String[] lines) {
        int from = lines.length > 1 && GREETING.matcher(lines[0].strip()).matches() ? 1 : 0;
        if (from == 0 && lines.length > 0) {
            lines = lines.clone();   // « Madame, Monsieur, nous souhaiterions… »: the greeting on the line of the request
            lines[0] = GREETING_INLINE.matcher(lines[0]).replaceFirst("");
        }
        int to = lines.length;
        for (int i = Math.max(from + 1, lines.length - 4); i < lines.length; i++) {
            if (SIGN_OFF.matcher(lines[i].strip()).matches()) {
                to = i;
                break;
            }
        }
        return Arrays.stream(lines, from, to).filter(l -> !l.isBlank()).toArray(String[]::new);
    }

    /**
     * "Context: our shop calls a webhook. Sales copy it by hand.", « Contexte : … »: a line that tells how things are today
     * orders nothing; each of its sentences is marked {@link #BACKGROUND} for {@link Clauses} (its event may still count).
     */
    private static String background(String line) {
        Matcher label = LABEL.matcher(line);
        if (!label.lookingAt()) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (String sentence : line.substring(label.end()).split("(?<=[.!?;])\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(BACKGROUND).append(' ').append(sentence);
        }
        return out.toString();
    }

    /** "Fleet log", "Audit deletions": a few words without an article, where a word that can be a verb is a noun. */
    private static boolean nounGroup(String plain) {
        String[] words = plain.strip().split("\\s+");
        String concept = Words.concept(words[0]);
        boolean order = concept != null && Words.VERBS.contains(concept) && Verbs.isInfinitive(words[0]);
        return words.length <= 4 && !order && !ARTICLE.matcher(plain).find();
    }

    /**
     * Verbless, short and unpunctuated, followed by more lines: what the request is called. A schedule in it ("Nightly
     * export") is a title only when the lines after it say the schedule again.
     */
    private static boolean title(String[] lines) {
        String first = lines[0].strip();
        String plain = Words.plain(first.replaceAll("\\([^)]*\\)", " "));
        if (ROUTE.matcher(first).find() && plain.split("\\s+").length <= TITLE_WORDS
                && Clauses.TRIGGER_AT_START.matcher(Words.plain(lines[1].strip())).find()) {
            return true;   // "Booking sheet -> Slack" above "Whenever a new row…": the route names the request, the lines say it
        }
        return !first.isEmpty() && !ENDS_SENTENCE.matcher(first).matches() && plain.split("\\s+").length <= TITLE_WORDS
                && !first.contains("@") && !first.contains("://") && !LIST_ITEM.matcher(first).lookingAt()
                && !Clauses.TRIGGER_AT_START.matcher(plain).find() && !STARTS_FLOW.matcher(plain).find()
                && (!Timing.isRecurring(plain) || Timing.isRecurring(Words.plain(String.join(" ", Arrays.copyOfRange(lines, 1, lines.length)))))
                && (Verbs.startsWithVerb(plain) < 0 && Verbs.verbAfter(plain, 0) < 0 || nounGroup(plain));
    }
}
