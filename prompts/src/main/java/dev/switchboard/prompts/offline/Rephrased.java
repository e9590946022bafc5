package dev.switchboard.prompts.offline;

/**
 * Turns of phrase of people who do not know the apps' words, rewritten to the words the planner reads (thirteenth round;
 * general language only, as {@link Turns}): another system calling a link or asking for an address (the flow's webhook),
 * making a file of something (an export), a French "put X up to date" split around its object, a
 * heads-up (a notification), a link dropped somewhere (a message), a copy put into a calendar (an event), keeping
 * only some of what was read (a filter) and an e-mail among someone's fields (a field).
 *
 * <pre>{@code
 * Rephrased.of("our crm will ping a link when a deal is won");   // "our crm calls a webhook when a deal is won"
 * }</pre>
 */
final class Rephrased {

    /** Words for an address someone else calls, when the person does not say "webhook". */
    private static final String ADDRESS = "(?:link|url|address|endpoint|lien|adresse)";

    private Rephrased() {
    }

    /** The plain text (lower case, no accents) with those turns rewritten. */
    static String of(String plain) {
        String out = plain;
        for (String[] rule : RULES) {
            out = out.replaceAll(rule[0], rule[1]);
        }
        return out;
    }

    /** Each turn as {pattern, replacement}, applied in order on the plain text. */
    private static final String[][] RULES = {
                // "Monday to Friday", « du lundi au vendredi »: the working days
                {"\\b(?:every\\s+(?:day|morning|evening)\\s+)?(?:from\\s+)?mondays?\\s+(?:to|through|thru|until|-)\\s+fridays?\\b", "every weekday"},
                {"\\bdu lundi au vendredi\\b", "tous les jours en semaine"},
                // "list tomorrow's appointments", "and list the open issues": "list" as the order reads them all
                {"(?<!\\b(?:a|the|this|that|our|my|your|its|their)\\s)\\blist\\s+(?=(?:the|all|my|our|every|today|tomorrow|yesterday|this|"
                        + "last|next)\\b)", "get all "},
                // "let the office know on Teams", "I want #ops to know about it": telling them is notifying them
                {"\\blet\\s+((?:(?!know\\b)\\S+\\s+){1,5}?)know\\b", "notify $1"},
                {"\\b(?:want|need|would like)\\s+((?:(?!to\\b)\\S+\\s+){1,6}?)to know\\b", "want to notify $1"},
                // « le passer en résolu », "set it to Done": a new state of the thing is its update
                {"\\b(?:le|la|les|l)\\s+(?:passe|passes|passer|passez|bascule|basculer)\\s+(?:en|au statut|a l etat|a)\\b", "move it to"},
                // "our tool can ping a URL when…", « notre site va appeler un lien »: a system that will call an address
                // calls the flow (a modal first: "ping the URL" alone is an order)
                {"\\b(?:can|could|will|would|is going to|are going to|is gonna|are gonna|may|va|vont|peut|peuvent|pourra|"
                        + "pourront|pourrait)\\s+(?:call|ping|hit|reach|appeler|pinguer|interroger)\\s+(?:a|an|the|our|your|some|un|une|le|la|l|"
                        + "notre|votre)?\\s*" + ADDRESS + "\\b", "calls a webhook"},
                // "give me a URL our shop can send orders to", « donne-moi une adresse où notre site peut envoyer… »: the flow's
                // address asked for, with who calls it; the rest of that clause says only the caller
                {"\\b(?:give|provide|create|make|set up|need|want|donne|donnez|fournis|fournissez|cree|creez)\\s+(?:me|us|moi|nous)?"
                        + "\\s*(?:a|an|un|une)\\s+(?:web\\s+|http\\s+)?" + ADDRESS + "\\s+(?:(?!and\\b|et\\b|then\\b|puis\\b)[^\\s.,;!?]+\\s+){0,6}?"
                        + "(?:send|post|push|call|hit|ping|envoyer|poster|pousser|appeler|envoie|poste|appelle)\\b[^.,;!?]*", "give me a webhook"},
                // "make a PDF of it", "turn the sheet into a PDF", « fais-en un fichier Excel », « transforme-le en PDF »: a file
                // of the document in another format is its export
                {"\\b(?:turn|turns|convert|converts|make)\\s+((?:(?!into\\b|and\\b)\\S+\\s+){1,6}?)into\\s+(?:a|an)\\s+(?:file\\s+)?"
                        + "(pdf|csv|excel|word|xlsx|docx)\\b", "export $1as $2"},
                {"\\b(?:fais|faites|faire|fait)\\s+(?:en|les|le|la)\\s+(?:un|une)\\s+(?:fichier\\s+|document\\s+|export\\s+)?"
                        + "(pdf|csv|excel|word|xlsx|docx)\\b", "exporte les en $1"},
                {"\\b(?:transforme|transformez|transformer|convertis|convertissez|convertir)\\s+((?:(?!en\\b|et\\b)\\S+\\s+){1,6}?)"
                        + "en\\s+(?:un\\s+|une\\s+)?(?:fichier\\s+)?(pdf|csv|excel|word|xlsx|docx)\\b", "exporte $1en $2"},
                // « mets la ligne à jour », « mettez la fiche à jour »: the French verb around its object
                {"\\b(?:mets|mettre|mettez|met|mette|mettent)\\s+((?:(?!et\\b|puis\\b)\\S+\\s+){1,4}?)a jour\\b", "update $1"},
                // "give the team a heads-up", "send a heads-up to #ops": a heads-up is a notification
                {"\\bgive\\s+((?:(?!a\\b)\\S+\\s+){1,6}?)a heads[ -]?up\\b", "notify $1"},
                {"\\b(?:send|post)\\s+a heads[ -]?up\\s+to\\b", "notify"},
                // "drop the link in the team chat", "paste the link into #x": a link put somewhere is posted there, no file
                {"\\b(?:drop|drops|paste|pastes|put|puts|colle|collez|depose|deposez)\\s+((?:the|its|a|le|la|son|un)\\s+"
                        + "(?:link|lien|url))\\s+(?:in|into|on|to|dans|sur)\\b", "post $1 in"},
                // "pass each order on to the ERP", « transmets-la à l'ERP »: handing something on is sending it there
                {"\\bpass(?:es)?\\s+((?:(?!and\\b|then\\b)\\S+\\s+){0,4}?)on\\s+to\\b", "send $1to"},
                // "share them in the team channel": what was read (a pronoun, not a file named) shared in a channel is posted
                {"\\bshare\\s+(it|them|this|these|those|that)\\s+(in|on|to|into|with)\\s+(?=(?:\\S+\\s+){0,3}?(?:channel|chat|team)\\b)", "post $1 $2 "},
                {"\\bpartage(?:z)?\\s+(le|la|les)\\s+(dans|sur|avec)\\s+(?=(?:\\S+\\s+){0,3}?(?:canal|chaine|channel|equipe)\\b)", "poste $1 $2 "},
                // "keep only the late orders", « ne garde que les articles en rupture »: keeping only some of what was read is a
                // filter, the data step that reshapes or filters values (not storing them: « garde la valeur » stores)
                {"\\b(?:keep|keeps|retain|garde|gardez|garder|conserve|conservez|conserver)\\s+(?:only|seulement|uniquement)\\b"
                        + "|\\bonly\\s+keep\\b|\\bne\\s+(?:garde|gardez|garder|conserve|conservez|conserver)\\s+que\\b", "transform to retain"},
                // "add their name and email to the sheet", « leur nom et email »: the e-mail of someone's list of fields is theirs too,
                // a field and no order (the possessive said again, as "their name and their email")
                {"\\b(their|his|her|its|your|my|our|leur|leurs|son|sa|ses|votre|vos|mon|ma|mes)\\s+([a-z]+)\\s+(and|et)\\s+(?=(?:email|mail)\\b)",
                        "$1 $2 $3 $1 "},
                // "put a copy of it in my calendar", « mets-en une copie dans l'agenda »: a copy put into a calendar is a new event
                {"\\b(?:put|puts|make|makes|add|adds|mets|mettez|fais|faites|ajoute)\\s+(?:en\\s+)?(?:a|une)\\s+(?:copy|copie)\\s+"
                        + "(?:of\\s+(?:it|them|the\\s+\\w+)\\s+|de\\s+(?:celui ci|celle ci|l\\s+\\w+)\\s+)?(in|into|to|on|dans|sur)\\s+"
                        + "(?=(?:\\S+\\s+){0,3}?(?:calendar|calendrier|agenda)\\b)", "create an event $1 "},
    };
}
