package dev.switchboard.prompts.offline;

import java.util.regex.Pattern;

/**
 * Arrow shorthand, as people type it in a chat: "new row in sheet -> slack msg", « Nouvelle ligne
 * → nouvelle carte ». What is left of the first arrow is the event and what is right of each arrow
 * an order, so the arrows become the words the clause cutter already knows (when / quand, then / puis).
 *
 * <pre>{@code
 * Shorthand.expand("new card in Trello -> message in Slack", false);   // "when new card in Trello, then message in Slack"
 * }</pre>
 */
final class Shorthand {

    /**
     * {@code ->}, {@code →}, {@code =>}, {@code ⇒}, and a bare {@code >} with spaces around it (never inside a URL or a path,
     * nor before a number: "Amount > 50k" compares).
     */
    static final String ARROWS = "-+>|→|⟶|=>|⇒|➜|➔|➙|➛|➝|➞|➡|⇨|⟹";
    private static final Pattern ARROW = Pattern.compile("\\s*(?:" + ARROWS + "|\\s>\\s(?!\\s*[-+]?[\\d$€£]))\\s*");
    /** "Churn watch: new row in sheet -> …": a label and a colon before the event; the event starts after the colon. */
    private static final Pattern LABEL = Pattern.compile("^(.*?[^\\d\\s/])\\s?:\\s+(?=\\S)");
    private static final Pattern STARTS_WITH_EVENT = Pattern.compile("^\\s*(?i:when|whenever|every|each|if|on|quand|lorsqu|des qu|"
            + "dès qu|a chaque|à chaque|chaque|tous|toutes|si)\\b");

    /** "gmail → sheets: …": one or two words on each side of the arrow, a colon after the second. */
    private static final Pattern ROUTE_FROM = Pattern.compile("\\s*(?!(?i:new|nouv))[\\p{L}]+(?:\\s[\\p{L}]+)?\\s*");
    private static final Pattern ROUTE = Pattern.compile("\\s*[\\p{L}]+(?:\\s[\\p{L}]+)?\\s?:\\s");

    /** "the SharePoint library Logistics > Inbound", « le dossier Clients > 2025 »: folders in a path, not an arrow. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)((?:library|folder|folders|dossier|dossiers|biblioth[eè]que|drive)"
            + "\\s+(?:[\\p{L}0-9_-]+\\s+){0,3}?[\\p{L}0-9_-]+)\\s>\\s([\\p{L}0-9_-]+)"
            // "the Teachers > General channel": a team then its channel, the kind of place said after the path
            + "|([\\p{L}0-9_-]+)\\s>\\s([\\p{L}0-9_-]+\\s+(?:channel|canal|tab|onglet|folder|dossier|list|liste|board|section)s?\\b)");

    /** "new card on the Repairs board = create an event", « nouvelle ligne = nouvelle carte »: the event, then what it gives. */
    private static final Pattern NEW_EQUALS = Pattern.compile("(\\s*(?i:(?:a |an |une? )?(?:new|nouvel|nouvelle|nouveau))\\s[^=\\n.]{3,80}?)"
            + "\\s=\\s(?![-+]?\\s*[\\d$€£])");

    /** A plus sign between two words (never between numbers: "2 + 2"). */
    private static final Pattern PLUS = Pattern.compile("(?<=[\\p{L}'\"»”)])\\s+\\+\\s+(?=[\\p{L}#])");

    private Shorthand() {
    }

    static String expand(String text, boolean french) {
        // "create a lead + notify #sales": a plus between words joins two orders, like "and"
        text = PLUS.matcher(text).replaceAll(french ? " et " : " and ");
        // "the library Logistics > Inbound", "the Teachers > General channel": a path, no arrow
        text = BREADCRUMB.matcher(text).replaceAll(m -> m.group(1) != null ? "$1/$2" : "$3/$4");
        java.util.regex.Matcher equals = NEW_EQUALS.matcher(text);
        if (!ARROW.matcher(text).find() && equals.lookingAt()) {
            text = equals.group(1) + " -> " + text.substring(equals.end());   // "new card on the board = create an event…"
        }
        String[] pieces = ARROW.split(text, -1);
        if (pieces.length < 2 || pieces[0].isBlank()) {
            return text;
        }
        java.util.regex.Matcher route = ROUTE.matcher(pieces.length == 2 ? pieces[1] : "");
        if (ROUTE_FROM.matcher(pieces[0]).matches() && route.lookingAt()) {
            // "gmail → sheets: each new mail…": from which app to which, a heading; the event is said after the colon
            return pieces[0].strip() + (french ? " et " : " and ") + pieces[1].strip();
        }
        if (pieces.length == 2 && STARTS_WITH_EVENT.matcher(pieces[1]).find() && !pieces[1].strip().matches("(?i)(?:if|si)\\b.*")
                && !STARTS_WITH_EVENT.matcher(pieces[0]).find()) {
            // "meter readings (form 'X') -> on each finished form add a row…": the right side says the event, the left names it
            return pieces[0].strip() + " : " + pieces[1].strip();
        }
        StringBuilder out = new StringBuilder();
        // the left side is the event unless it already says how the flow starts ("every Monday -> …", "quand … ->")
        String left = pieces[0].strip();
        java.util.regex.Matcher label = LABEL.matcher(left);
        if (label.find() && !STARTS_WITH_EVENT.matcher(left).find() && !label.group(1).matches("(?is).*\\b(?:trigger|d[eé]clencheur)\\s*")) {
            out.append(label.group()).append(' ');   // "NPS watch: survey answer -> …": the label stays before the event
            left = left.substring(label.end());
        }
        out.append(STARTS_WITH_EVENT.matcher(left).find() ? "" : french ? "quand " : "when ").append(left);
        for (int i = 1; i < pieces.length; i++) {
            if (!pieces[i].isBlank()) {
                out.append(i == 1 ? ", " : french ? ", puis " : ", then ").append(pieces[i].strip());
            }
        }
        return out.toString();
    }
}
