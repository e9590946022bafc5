package dev.switchboard.prompts.offline;

import java.util.regex.Pattern;

/**
 * What a flow called over HTTP gives back: "return the key in the HTTP response", « renvoie la liste dans la
 * réponse ». Returning something *in the response* is answering the call, whatever verb of giving back is used,
 * so the clause is rewritten to the verb of replying the rest of the planner already knows.
 *
 * <pre>{@code
 * Replies.rewrite("create a card and return its id in the http response");   // "create a card and respond with its id"
 * }</pre>
 */
final class Replies {

    /**
     * Systems that call a flow (thirteenth round): answering one ("answer the website with an OK", « réponds au site avec
     * l'id ») answers its call, as answering "the caller" does; people are answered by a message, not here.
     */
    private static final String CALLERS = "website|web site|site web|site internet|site|webshop|shop|store|boutique|server|serveur|"
            + "system|systeme|app|appli|application|tool|outil|form|formulaire|page|portal|portail|platform|plateforme|erp|gmao|pms|"
            + "backend|scanner|webhook|integration";

    /** A verb of giving back, what is given (a few words), then "in/as the (HTTP) response" (text already plain). */
    private static final Pattern RETURN_IN_RESPONSE = Pattern.compile("\\b(?:return|returns|returning|send back|sends back|give back|"
            + "gives back|renvoie|renvoyer|renvoyez|renvoient|retourne|retourner|retournez|retournent|rend|rendre)\\s+"
            + "((?:\\S+\\s+){0,10}?)(?:in|as|into|with|dans|en|comme|avec)\\s+(?:the|its|their|a|la|sa|leur|une)?\\s*"
            + "(?:http\\s+|api\\s+)?(?:response|reply|reponse)(?:\\s+http)?\\b"
            // "return the total to the caller", « renvoie le résultat à l'appelant »: the one who called is answered
            + "|\\b(?:return|returns|send back|sends back|give back|gives back|renvoie|renvoyer|renvoyez|retourne|retourner|retournez)\\s+"
            + "((?:\\S+\\s+){0,8}?)(?:to|a)\\s+(?:the|l|cet|cette|son|its)?\\s*(?:caller|appelant|sender|expediteur)\\b"
            // "answer the caller with the id", « répond à l'appelant avec l'id »: answering the one who called replies to the call
            + "|\\b(?:answer|answers|answering|reply|replies|replying|respond|responds|responding|repond|reponds|repondre|repondez|repondent|"
            + "reponde)"
            + "\\s+(?:to\\s+|a\\s+|au\\s+)?(?:the|l|its|our|cet|cette|son|notre|le|la)?\\s*(?:caller|appelant|call|request|requete|appel|" + CALLERS + "|"
            + "(?:[a-z0-9]+\\s+){1,2}call)"   // "answer the LIMS call", "answer Workable's call": the caller's call, named by the caller
            // « que ça réponde à l'appli "reçu" »: the answer given right after, as a quoted value
            + "(?:\\s+(?:with|avec|by giving|en donnant)\\s+|\\s+(?=" + Literals.MARK + "))()"
            // "the website gets an HTTP 200 with …", « le site reçoit une réponse avec … »: the caller given its answer
            + "|\\b(?:the|our|its|le|la|notre|l)\\s+(?:caller|appelant|" + CALLERS + ")\\s+(?:gets|receives|should get|must get|recoit|recevra|obtient)"
            + "\\s+(?:an?\\s+|une?\\s+)?(?:http\\s+)?(?:\\d{3}|response|reply|answer|reponse)(?:\\s+http)?\\s+(?:with|avec)\\s+()"
            // « que la GMAO reçoive en réponse l'identifiant », "the portal gets back the key": what the caller is given
            + "|\\b(?:the|our|its|le|la|notre|l)\\s+(?:caller|appelant|" + CALLERS + ")\\s+(?:recoive|recoit|recevra|gets back|receives back|"
            + "gets in return|receives in return)\\s+(?:en reponse|en retour|as (?:a |the )?response)?\\s*()"
            // "answer it immediately with HTTP 200", « réponds-lui avec un 200 »: an HTTP status is the answer to a call
            + "|\\b(?:answer|answers|reply|replies|respond|responds|repond|reponds|repondre|repondez|reponde)\\s+(?:to\\s+|a\\s+)?"
            + "(?:\\S+\\s+){0,3}?(?:with|avec)\\s+(?:an?\\s+|une?\\s+)?(?=(?:http\\s+)?[1-5]\\d\\d\\b)()");

    /** A clause the rewrite made a reply to the call ("respond with …", « reponds avec … »). */
    private static final Pattern ANSWERS = Pattern.compile("^(?:respond|reponds) (?:to the webhook |au webhook )?(?:with|avec)\\b");

    private Replies() {
    }

    /** Whether a clause answers the call: a flow that answers its caller was called, so its event is the webhook. */
    static boolean answers(String clause) {
        return ANSWERS.matcher(clause.strip()).find();
    }

    static String rewrite(String plain) {
        // the verb of replying in the description's own language, so that the clause cutter still sees an order; the webhook
        // named, so that what the answer holds ("a confirmation message") does not pick a chat app's reply
        return RETURN_IN_RESPONSE.matcher(plain).replaceAll(m -> (m.group().matches("^(?:renvoi|renvoy|retourn|rend|repond).*") ? "reponds au webhook avec " : "respond to the webhook with ")
                + (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "") + " ").replaceAll("\\s+", " ");
    }
}
