package dev.switchboard.prompts.offline;

/**
 * Turns of spoken, chatty descriptions (fourteenth round; general language only, as {@link Turns} and {@link Rephrased}):
 * sentences that order nothing (how things are done today, what not to do, a question about how things are), a wait said
 * as "a week later", a reaction put on a message, a calling system that receives a response, and something that should
 * go into a place (added there).
 *
 * <pre>{@code
 * Spoken.of("today it emails a mailbox nobody reads. post it to slack");   // " post it to slack"
 * Spoken.of("email them, then a week later send a reminder");             // "email them, then  then wait a week then  send a reminder"
 * }</pre>
 */
final class Spoken {

    /** Where a sentence (or a clause after "and" / "but") starts, in the plain text. */
    private static final String START = "(?:^|(?<=[.!?;]\\s)|(?<=[.!?;])|\\band\\s+|\\bbut\\s+|\\bet\\s+|\\bmais\\s+)";

    /** The words of the present state: what happens "right now" is the problem told, not the flow. */
    private static final String NOW = "(?:right now|today|currently|at the moment|for now|nowadays|at present|these days|"
            + "aujourd hui|actuellement|en ce moment|pour l instant|pour le moment|a l heure actuelle)";

    /** Someone who does something: after a time of the present, the sentence tells how things are done. */
    private static final String DOER = "(?:i|we|it|they|he|she|people|everyone|someone|j|je|on|nous|il|ils|elle|elles|ca|tout le monde)";

    /** "We already have a flow 'X'", « un flux … »: a flow of theirs, which "it" may then stand for. */
    private static final java.util.regex.Pattern FLOW_SAID = java.util.regex.Pattern.compile("\\b(?:flow|flux|workflow)\\b(?:\\s+(" + Literals.MARK + "\\d+))?");
    /** "… and I'd like it to be run for every new row", « je voudrais qu'il soit lancé pour… »: that flow is run. */
    private static final java.util.regex.Pattern RUN_IT = java.util.regex.Pattern.compile("\\b(?:(it (?:to be|should be|must be|be|is) "
            + "(?:run|triggered|launched|started|executed))|(?:qu )?il (?:soit|doit etre|est|sera) (?:lance|declenche|execute|demarre))\\b");
    /** « …, et on répond au locataire »: after "and", « on » with a verb of the catalog is the flow's next order. */
    private static final java.util.regex.Pattern WE_DO = java.util.regex.Pattern.compile("(?<=\\b(?:et|puis|ensuite)\\s)on\\s+([a-z]+)");

    private Spoken() {
    }

    /** The plain text (lower case, no accents) with those turns rewritten or taken out. */
    static String of(String plain) {
        String out = plain;
        for (String[] rule : RULES) {
            out = out.replaceAll(rule[0], rule[1]);
        }
        java.util.regex.Matcher flow = FLOW_SAID.matcher(out);
        if (flow.find()) {
            String named = flow.group(1) == null ? "" : " " + flow.group(1);   // its quoted name, when it has one
            out = RUN_IT.matcher(out).replaceAll(m -> (m.group(1) != null ? "run the flow" : "lancer le flow") + named);
        }
        return WE_DO.matcher(out).replaceAll(m -> {
            for (String form : java.util.List.of(m.group(1), m.group(1) + "s", m.group(1) + "re",
                    m.group(1).replaceFirst("t$", "s"))) {   // « répond » → « réponds », « prévient » → « préviens »
                if (Words.VERBS.contains(String.valueOf(Words.concept(form)))) {
                    return form;
                }
            }
            return m.group();
        });
    }

    /** Each turn as {pattern, replacement}, applied in order on the plain text. */
    private static final String[][] RULES = {
            // "Right now I copy each one by hand.", « Aujourd'hui on les retape. »: how things are done today, no step
            {START + NOW + "\\s+" + DOER + "\\b[^.!?;]*", " "},
            // "Don't publish it yet.", « ne l'envoie pas » said alone: what not to do adds no step (a longer clause may say
            // what to do instead, "don't send it to the client, email me": it is left alone)
            {"(?:^|(?<=[.!?;,:]\\s)|(?<=[.!?;,:]))\\s*(?:but\\s+|mais\\s+|please\\s+)?(?:(?:don t|do not|never)\\s+(?!forget\\b)[a-z]+"
                    + "(?:\\s+(?:it|them|this|that|anything))?|ne\\s+(?:l\\s+|le\\s+|la\\s+|les\\s+|rien\\s+)?(?!oublie)[a-z]+\\s+(?:pas|rien|jamais))"
                    + "(?:\\s+(?:yet|now|right away|automatically|encore|tout de suite|automatiquement))?(?=\\s*[.!?;,:]|\\s*$)", " "},
            // "does anyone even read these??", « est-ce que quelqu'un lit ça ? »: a question about how things are asks nothing of the flow
            {"(?:^|(?<=[.!?]\\s)|(?<=[.!?]))\\s*(?:does|do|did|is|are|has|have|est ce que|est ce qu)\\s+(?:anyone|anybody|someone|somebody|"
                    + "people|they|quelqu un|quelqu|personne|les gens)\\b[^.!?]*\\?+", " "},
            // "then a week later send a reminder", « puis trois jours plus tard relance », « et 48h après, … »: a wait, then the order
            // (only opening a clause: "send it to them two days later" dates the step and is no wait)
            {"(?<=(?:^|[,;.]|\\bthen|\\bpuis|\\band|\\bet|\\bensuite)\\s)((?:\\d{1,3}\\s*(?:h|hours?|days?|weeks?|heures?|jours?|semaines?|min|minutes?)|(?:a|an|one|two|three|un|une|deux|trois)\\s+"
                    + "(?:hours?|days?|weeks?|heures?|jours?|semaines?)))\\s+(?:later|plus tard|apres(?=\\s*,))(?=\\s*,?\\s*[a-z])", " then wait $1 then "},
            // "put a checkmark reaction on the message", « mets une réaction 👍 »: a reaction put on a message is added
            {"\\b(?:put|puts|leave|leaves|drop|drops|mets|mettre|mettez|laisse|laisser|laissez)\\s+(?:a|an|un|une)\\s+(?:[a-z_-]+\\s+)?reaction\\b",
                    "add a reaction"},
            // « que le site reçoive une réponse avec… », "the shop gets a reply with…": the system that called is answered
            {"\\b(?:que\\s+|qu\\s+)?(?:le|la|l|notre)\\s+(site|site web|formulaire|outil|systeme|boutique|application|serveur)\\s+"
                    + "(?:recoive|recoit|recoivent|recevra|obtienne|obtient)\\s+(?:une|sa)\\s+reponse(?:\\s+avec)?\\b", "reponds au $1 avec"},
            {"\\b(?:the|our)\\s+(website|site|shop|store|form|tool|system|app|server)\\s+(?:gets|receives|should get|should receive|"
                    + "get|receive)\\s+(?:a|an|its)\\s+(?:response|reply|answer)(?:\\s+with)?\\b", "reply to the $1 with"},
            // "each booking should go into the sheet", « chaque demande doit aller dans le tableau »: put there, an addition
            {"\\b(should|must|will|shall|needs to|has to)\\s+(?:also\\s+)?(?:go|be put|get put)\\s+(?:in|into|onto)\\b", "$1 be added to"},
            {"\\b(doit|doivent|devrait|devraient|va|vont)\\s+(?:aussi\\s+)?(?:aller|etre mise?s?|etre range(?:e|s|es)?)\\s+(?:dans|sur)\\b",
                    "$1 etre ajoute dans"},
    };
}
