package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How things that come in are said around an order: watched for ("check regularly for new or changed records"),
 * taken apart ("each attachment of the mails that arrive"), or sent through an app ("…, sent from our Outlook
 * account"). {@link Clauses} uses these to tell the event from the orders.
 *
 * <pre>{@code
 * Watched.WATCH.matcher("surveiller les nouvelles saisies").lookingAt();   // true: the polling trigger
 * Watched.orderAfterAnd("each new row and add it to the sheet");           // where " and add…" starts
 * }</pre>
 */
final class Watched {

    /** "watch for new rows", « surveiller les nouvelles saisies ou les modifs »: new or changed things looked for, the event. */
    static final Pattern WATCH = Pattern.compile("(?:(?:so|and|then|please|pls|plz|just|alors|donc|juste|il faudrait|il faut|on doit)\\s+)*(?:watch|monitor|poll|keep an eye on|look out|check|surveiller|"
            + "surveille|surveillez|guetter|scruter|verifier|verifie|regarder|regarde)\\s+(?:regularly\\s+|periodically\\s+|"
            + "regulierement\\s+|periodiquement\\s+)?(?:(?:on\\s+|in\\s+|dans\\s+|sur\\s+)?[a-z]+(?:\\s+forms)?\\s+(?:regularly\\s+|periodically\\s+)?(?=for\\s))?(?:for\\s+|on\\s+)?"
            + "(?:the\\s+|any\\s+|all\\s+|les\\s+|des\\s+|tous les\\s+|toutes les\\s+|s il y a (?:des|de)\\s+)?"
            + "(?:new|nouvel|nouvelle|nouveaux|nouvelles|changed|modified|updated|edited"
            // « surveiller régulièrement les données nouvelles ou modifiées »: in French the adjective follows the noun
            + "|(?:donnees|fiches|saisies|reponses|enregistrements|releves|rapports|formulaires)\\s+(?:nouvelles|nouveaux|modifiees|modifies))\\b");

    /** "attachment of the mails that arrive…", « pièce jointe des mails qui arrivent… »: a part of each thing that arrives. */
    static final Pattern OF_ARRIVALS = Pattern.compile("((?:\\S+\\s+){0,2}?\\S+)\\s+(?:of|of the|des|de|du|d)\\s+((?:the\\s+|les\\s+)?"
            + "\\S+(?:\\s+\\S+)?\\s+(?:qui|that|which|we|nous|on)\\s.*)");

    /** "…, sent from our Outlook account", « envoyé depuis Gmail »: which app sends what the order before it sends. */
    static final Pattern SENT_VIA = Pattern.compile("(?:and\\s+|et\\s+)?(?:sent|envoyee?s?|expediee?s?)\\s+(?:from|through|"
            + "using|depuis)\\s(?!(?:\\S+\\s+)?(?:email|mail|sms|courriel)\\b)");

    private static final Pattern AND_ORDER = Pattern.compile("\\s(?:and|et)\\s");

    private Watched() {
    }

    /** "call our ERP", « appelle notre API »: a call said by whom it reaches, before the request itself. */
    private static final Pattern CALL_WHOM = Pattern.compile("(?:call|calls|appelle|appeler|appelez)\\s+(?:our|the|their|notre|le|la|l|leur)"
            + "\\s+[a-z]+(?:\\s+[a-z]+)?");

    /**
     * "call our TMS: POST https://…": the lead-in that names whom the request reaches goes; the request that follows it
     * (its method and address) is the one step.
     */
    static List<Part> callsOnce(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int i = out.size() - 2; i >= 0; i--) {
            if (out.get(i).role() == Role.ACTION && CALL_WHOM.matcher(out.get(i).text()).matches()
                    && out.get(i + 1).role() == Role.ACTION && out.get(i + 1).text().startsWith("call " + Literals.MARK)) {
                out.set(i, new Part(Role.CONTEXT, out.get(i).text()));
            }
        }
        return out;
    }

    /** Where " and <verb>…" starts in an event phrase ("each new data of the form and add it…"), or -1. */
    static int orderAfterAnd(String event) {
        Matcher then = AND_ORDER.matcher(event);
        while (then.find()) {
            if (Verbs.startsWithVerb(event.substring(then.end())) == 0) {
                return then.start();
            }
        }
        return -1;
    }
}
