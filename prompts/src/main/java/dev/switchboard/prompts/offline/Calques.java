package dev.switchboard.prompts.offline;

/**
 * Turns of phrase of people writing in a language not their own, or in the flow's voice (twenty-first round; general
 * language only, as {@link Turns}): "the flow shall take…" in the middle of a sentence starts the order, "make a search"
 * searches, "I want that the PDF goes in the folder" puts it there, "and after you send" sends next, writing in a
 * channel posts there, "take care of it" is no order of the flow.
 *
 * <pre>{@code
 * Calques.of("each monday at 7 the flow shall take all rows");   // "each monday at 7, take all rows"
 * }</pre>
 */
final class Calques {

    private Calques() {
    }

    /** The plain text (lower case, no accents) with those turns rewritten. */
    static String of(String plain) {
        String out = plain;
        for (String[] rule : RULES) {
            out = out.replaceAll(rule[0], rule[1]);
        }
        // "Emails that get the label X should each become a Trello card": each new one is the event, made into the other thing
        out = BECOME.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + "when a new " + m.group(2) + " " + thirdPerson(m.group(3)) + ", create "));
        // "I give a customer name, a person name and an email": one list of what the person gives, not three clauses
        return GIVES.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group().replaceAll(",\\s+(?=" + ITEM + ")", " and ")));
    }

    private static final java.util.regex.Pattern BECOME = java.util.regex.Pattern.compile("(^|[.!?]\\s+)(?:new\\s+)?([a-z]+?)s\\s+that\\s+"
            + "([a-z]+[^,.;]{0,60}?)\\s+should\\s+(?:each\\s+|all\\s+)?(?:become|turn into|be turned into)\\s+");

    /** "get the label" said of one: "gets the label". */
    private static String thirdPerson(String verbPhrase) {
        int space = verbPhrase.indexOf(' ');
        String verb = space < 0 ? verbPhrase : verbPhrase.substring(0, space);
        return (verb.endsWith("s") ? verb : verb + "s") + (space < 0 ? "" : verbPhrase.substring(space));
    }

    /** One more thing in the list: a word or two, with its determiner, then a comma, "and" or the end. */
    private static final String ITEM = "(?:(?:a|an|the|their|his|her|its|un|une|le|la|les|l|son|sa|ses|leur)\\s+)?[a-z]+(?:\\s+[a-z]+)?"
            + "\\s*(?:,|\\band\\b|\\bet\\b|$)";
    /** What the person gives a flow run by hand, up to the end of the sentence. */
    private static final java.util.regex.Pattern GIVES = java.util.regex.Pattern.compile("\\b(?:i|we|je|nous)\\s+(?:give|insert|enter|"
            + "type in|type|provide|input|fill in|key in|saisis|tape|donne|entre|renseigne|fournis|indique)\\s[^.;:!?]*"
            // "inputs = book title, designer email, kickoff date": the list of what the run is given
            + "|\\b(?:inputs?|entrees?|parameters?|parametres?)\\s*(?:=|:)\\s[^.;:!?]*");

    /** "go through", « parcourir »: reading every one. */
    private static final String BROWSE = "(?:parcourir|parcours|parcourez|browse|go through|goes through|loop through|iterate over|iterate through)";
    /** "at the end of each day", « à la fin de chaque journée ». */
    private static final String END_OF_EN = "at the end of (?:each|every|the) (?:working |business )?day";
    private static final String END_OF_FR = "(?:a la|en) fin de (?:chaque |la )?journee";

    private static final String FLOW = "(?:the|our|this|le|notre|ce) (?:flow|automation|workflow|flux|scenario)";

    /** Each turn as {pattern, replacement}, applied in order on the plain text. */
    private static final String[][] RULES = {
            // "every monday at 7 the flow shall take…", « chaque lundi à 7h le flux doit prendre… »: the flow's modal after the
            // time or the event is where the order starts ("and the flow should create…" is just "and create…"; "the flow X"
            // with no modal may name another flow)
            {"\\b(and|et|then|puis)\\s+" + FLOW + "\\s+(?:shall|should|must|will|has to|needs to|doit|devra|va)\\s+(?!etre\\b|be\\b)", "$1 "},
            {"(?<=[a-z0-9])\\s+" + FLOW + "\\s+(?:shall|should|must|will|has to|needs to|is to|doit|devra|va)\\s+(?!etre\\b|be\\b)", ", "},
            // "à la fin de chaque journée, à 19h", "at the end of each day": a daily time, in the evening when none is said
            {"\\b(?:" + END_OF_EN + "|" + END_OF_FR + ")\\s*,?\\s*"
                    + "((?:at|a|vers)\\s+\\d{1,2}(?:(?::|h)\\d{2}|\\s*h|\\s*(?:am|pm))?)", "every day $1"},
            {"\\b" + END_OF_EN + "\\b", "every evening"},
            {"\\b" + END_OF_FR + "\\b", "chaque soir"},
            // "If a form is pushed to a user in Kizeo, …" opening the request: an event, as "when"
            // ("Hotel compliance: if a checklist is ever deleted in Kizeo, …" after a label too)
            {"(^|^[^.:;!?]{3,60}:\\s*)(?:if|si)\\s+((?:a|an|un|une)\\s+(?:new\\s+|nouveau\\s+|nouvelle\\s+)?[^,.;]{1,60}?\\s+(?:is|gets|est)"
                    + "\\s+(?:ever\\s+|jamais\\s+)?[a-z]+(?:ed|e|ee|i|ie|u|ue|t|te)\\b)", "$1when $2"},
            // "the flow should look regularly in Kizeo for new or changed data": watching for new things is their event
            {"\\b(?:look|looks|check|checks|poll|polls|watch|watches)\\s+(?:regularly|periodically|constantly|often|continuously)\\s+"
                    + "(in|on|at)\\s+((?:\\S+\\s+){0,2}?\\S+)\\s+for\\s+(new\\b[^,.;]*?)(?=\\s+and\\s|[,.;]|$)", "when there is $3 $1 $2,"},
            // « aller voir régulièrement s'il y a des nouvelles saisies », "check regularly whether there are new …": their event
            {"\\b(?:aller voir|allez voir|va voir|verifier|verifie|regarder|regarde|surveiller|surveille)\\s+(?:regulierement|periodiquement|"
                    + "souvent|en permanence)\\s+(?:s il y a|si il y a|s il existe)\\s+([^,.;]*?)(?=\\s+et\\s|[,.;]|$)", "quand il y a $1,"},
            {"\\b(?:check|checks|look|looks)\\s+(?:regularly|periodically|often|constantly)\\s+(?:whether|if)\\s+there\\s+(?:is|are)\\s+",
                    "when there are "},
            // « tu lis la mail, tu mets… »: the French "tu" of an order given to the flow
            // (« tu récupères » is said as « récupère », the form the order has everywhere else)
            {"(^|[,;:]\\s*|\\b(?:et|puis|ensuite|apres|que)\\s+)tu\\s+((?:l|le|la|les|lui|leur|y|en)\\s+)?([a-z]+e)s\\b", "$1$2$3"},
            {"(^|[,;:]\\s*|\\b(?:et|puis|ensuite|apres|que)\\s+)tu\\s+(?=(?:l|le|la|les|lui|leur|y|en)?\\s*[a-z]+s\\b)", "$1"},
            // "use the Airtable REST API", « utilisez une requête HTTP »: using a request is calling it
            {"\\b(?:use|using|utilisez|utilise|utiliser)\\s+(?=(?:the|a|an|our|une|un|la|l|notre)?\\s*(?:\\S+\\s+){0,2}?"
                    + "(?:api|http|request|requete|endpoint)\\b)", "call "},
            // « passer directement par l'API Notion », "go through their API": reaching the API is calling it
            {"\\b(?:passer|passez|passe|go|goes)\\s+(?:directement\\s+|directly\\s+)?(?:par|through|via)\\s+(?=(?:l|la|le|the|their|leur|its)?\\s*"
                    + "(?:\\S+\\s+){0,2}?(?:api|http|endpoint)\\b)", "call "},
            // « passer son statut à Working », "set its status to Done": a new state of the record is its update
            {"\\b(?:passer|passe|passez|mettre|mets|mettez)\\s+((?:son|sa|ses|leur|le|la|les|l)\\s+(?:statut|status|etat|stage|etape|priorite)\\s+)"
                    + "(?:a|en|au)\\b", "update $1to"},
            // "Trigger is a new message in #x", « le déclencheur est un nouveau message »: the event, said as the trigger's name
            {"(^|[.!?:]\\s+)(?:the\\s+)?trigger\\s+(?:is|should be|will be)\\s+", "$1when there is "},
            // "* trigger = the form is saved", « déclencheur : … »: the event, in a list of settings
            {"(^|[.!?:]\\s+|\\*\\s*)(?:the\\s+)?trigger\\s*=\\s*", "$1when "},
            {"(^|[.!?:]\\s+|\\*\\s*)(?:le\\s+)?declencheur\\s*=\\s*", "$1quand "},
            // "- trigger: new row in the sheet" as an item of a list under a title: the event
            {"((?:^|[.!?:]\\s+)[-*]\\s*)(?:the\\s+)?trigger\\s*:\\s*", "$1when "},
            {"((?:^|[.!?:]\\s+)[-*]\\s*)(?:le\\s+)?declencheur\\s*:\\s*", "$1quand "},
            // « garde en mémoire le nombre… », "keep track of the count": a value kept for the next runs
            {"\\b(?:garde|gardez|garder|conserve|conservez|conserver)\\s+en\\s+memoire\\b|\\b(?:keep|keeps)\\s+(?:track of|in memory)\\b",
                    "memoriser"},
            // "now and then", « de temps en temps »: at times, as "sometimes" says it (not "then", an order after)
            {"\\b(?:(?:every )?now and then|from time to time|once in a while|every so often|de temps en temps|de temps a autre)\\b",
                    "sometimes"},
            // « chaque début de mois », "at the start of each month": the first of the month
            {"\\b(?:(?:a |au )?chaque debut de mois|(?:au |en )?debut de chaque mois)\\b", "le 1er de chaque mois"},
            {"\\b(?:at the )?(?:start|beginning) of (?:each|every) month\\b", "on the 1st of each month"},
            {"(^|[.!?:]\\s+)(?:le\\s+)?declencheur\\s+(?:est|sera|doit etre)\\s+", "$1quand il y a "},
            // "and at the end mark them as read", « et à la fin marque-les »: the last order, not a time
            {"\\b(and|,|et)\\s+(?:at the end|in the end|finally|lastly|a la fin|enfin|pour finir)\\s*,?\\s+", "$1 then "},
            // "and once that's done flag them", « et une fois que c'est fait, marque-les »: the order after, not an event
            {"\\b(and|,|et)\\s+(?:once|when|after)\\s+(?:that|this|it|all that|everything)\\s+(?:s\\s+|is\\s+|has been\\s+)?"
                    + "(?:done|finished|complete|completed|over)\\s*,?\\s+", "$1 then "},
            {"\\b(,|et)\\s+(?:une fois (?:que (?:c est|tout est) )?(?:fait|termine|fini)|quand c est (?:fait|termine|fini))\\s*,?\\s+",
                    "$1 puis "},
            // "put him in the audience. If he is already inside, just update him": adding, or updating what is there
            {"\\b(?:put|add|adds|puts|ajoute|ajouter|ajoutez|mets|mettre|mettez)\\b([^.;]*)[.;]\\s*(?:if|si)\\s+[^,.;]{1,40}?\\b(?:already|deja)\\b"
                    + "[^,.;]{0,25},\\s*(?:just\\s+|only\\s+|juste\\s+|simplement\\s+)?update\\s+\\S+", "add or update$1."},
            // « on veut le PDF dans le dossier Drive », "we want the report in the Sales folder": the thing wished there is put there
            {"\\b(?:on veut|on voudrait|nous voulons|nous voudrions|je veux|je voudrais|we want|we d like|we would like|i want|i d like)\\s+"
                    + "(?=(?:le|la|les|l|un|une|the|a|an)\\s+(?:(?!(?:et|and)\\b|[a-z]+ed\\b"   // "I'd like a Jira issue created in X": made there, not put
                    + "|(?:cree|creee|crees|creees|ajoute|ajoutee|ajoutes|ajoutees|envoye|envoyee|envoyes|envoyees|mis|mise|mises)\\b)"
                    + "\\S+\\s+){0,3}?(?:dans|sur|in|into|on)\\s)", "mettre "},
            // "… and a quick message on Teams to the foreman", « et un petit message Teams au conducteur »: a second order, sent
            {"\\b(et|and)\\s+(un|une|a|an)\\s+((?:petit|petite|quick|short|little)\\s+)?(message|mail|email|courriel|notification|sms)\\b"
                    + "(?=\\s+(?:\\S+\\s+){0,2}?(?:a|au|aux|to|sur|on|in|dans|via|par)\\b)", "$1 send $2 $3$4"},
            // "sync each one into the SharePoint list", « synchroniser chaque fiche dans la liste »: each is added there
            {"\\bsync(?:s|hronise|hronize|hronises|hronizes|hroniser|hronisez)?\\s+"
                    + "(?=(?:(?!and\\b|et\\b)\\S+\\s+){0,4}?(?:into|to|dans|vers)\\s)", "add "},
            // "DM them a reminder", "dm the owner": a direct message sent to them
            {"\\bdms?\\s+(?=(?:them|him|her|me|us|each|every|all|the|their|our|everyone)\\b)", "send a direct message to "},
            // "drop a line in #workshop", "drop me a note": a few words sent, a message
            {"\\bdrop(?:s)?\\s+(?:me\\s+|us\\s+|him\\s+|her\\s+|them\\s+)?a\\s+(?:quick\\s+|short\\s+)?(?:line|note)\\b", "send a message"},
            // « qu'on ait un petit message sur Teams »: having a message is its being sent
            {"\\b(?:qu on ait|que l on ait|que nous ayons|qu on recoive)\\s+(un|une)\\s+(?:petit\\s+|petite\\s+)?(message|notification|alerte|"
                    + "courriel|mail|email)\\b", "envoyer $1 $2"},
            // « un coopérateur envoie son formulaire », "a member submits their form": sending one's own form is filling it in
            // (« envoie le formulaire au technicien » pushes it)
            {"\\b(?:envoie|envoient|soumet|soumettent|transmet|transmettent|remet|remettent)\\s+(son|sa|leur)\\s+(formulaire|fiche)\\b",
                    "remplit $1 $2"},
            {"\\b(?:sends|send|submits|submit|turns in|hands in)\\s+(their|his|her)\\s+((?:\\S+\\s+)?form)\\b", "fills in $1 $2"},
            // "our booking site can fire a webhook for each new order": another system calling the flow's address
            {"\\b(?:can|will|could|may|is able to)\\s+(?:fire|trigger|send|hit|ping)\\s+(?:a|our|the|un|une)\\s+webhook\\b", "calls a webhook"},
            // "Stripe is going to send its events to a webhook URL": another system calling the flow's address
            {"\\b(?:will|is going to|are going to|va|vont)\\s+(?:send|post|push|envoyer|poster|pousser)\\s+(?:\\S+\\s+){0,3}?(?:to|a|sur|vers)\\s+"
                    + "(?:a|an|the|our|un|une|notre|le|l)?\\s*(?:webhook\\s+)?(?:url|link|endpoint|webhook|lien|adresse)\\b", "calls a webhook"},
            // "go through the external list and, for each…", « parcourir la liste »: reading all of it (a list: all its items)
            {"\\b" + BROWSE + "\\s+(la|the)\\s+((?:external\\s+)?(?:liste|list))\\b", "get all items of $1 $2"},
            {"\\b" + BROWSE + "\\s+"
                    + "(?=(?:la|le|les|l|the|all|our|my|notre|nos)\\b)", "get all "},
            {"\\b" + BROWSE + "\\s+(?:every|each|chaque|tous les|toutes les)\\s+", "get all "},
            // « mettre la date au format suisse », "put the date in ISO format": writing a value in a format is formatting it
            {"\\b(?:mettre|mets|mettez|met|put|puts|set|sets|write)\\s+(la|le|les|l|the)\\s+(date|dates|heure|time|montant|amount)\\s+"
                    + "(?:au|en|in|to|into|dans le|a)\\s+(?:(?:the|a|le)\\s+)?(?:\\S+\\s+)?format\\b", "format $1 $2 as"},
            // "Only when the event type is X, …" after the event: a condition, not a second event
            {"(^|[.!?,;]\\s+|\\band\\s+)only\\s+(?:when|if)\\b", "$1if"},
            // "add the contact to the audience (or update it if it is already there)", « (ou le mettre à jour s'il y est déjà) »
            {"\\b(?:add|adds|ajouter|ajoute|ajoutez|put|puts|mets|mettre|mettez)\\b([^.;()]*?)\\s*(?:\\(\\s*(?:(?:or|ou)\\s+)?|(?:or|ou)\\s+)"
                    + "(?:le\\s+|la\\s+|les\\s+|l\\s+)?update"
                    + "(?:\\s+(?:it|them|him|her))?\\s+(?:if|s|si)\\b[^.;)]*?\\b(?:already|deja)\\b[^.;),]*\\)?", "add or update$1"},
            // "read the last id we stored", « l'identifiant que nous avons mémorisé »: kept by the flow between runs, in its storage
            {"\\s+(?:that\\s+|which\\s+)?(?:we|i|you|the flow|it)\\s+(?:stored|saved|kept|remembered|keep|store)(?:\\s+(?:last time|before|earlier|"
                    + "previously|on the last run|on the previous run|during the previous run|the last time|last run|between runs|from one run to the next))?\\b(?!\\s+(?:in|to|into|on|at|under)\\b)", " from storage"},
            // « la dernière tension mémorisée pour ce patient »: a value memorised is one the flow kept
            {"\\b((?:derniere|dernier|last|previous|precedente?)\\s(?:\\S+\\s){0,2}?\\S+)\\s+(?:memorisee?s?|remembered|stored)\\b"
                    + "(?!\\s+(?:dans|sur|en|au|in|to|into|on)\\b)", "$1 du stockage"},
            {"\\s+(?:que\\s+|qu\\s+)?(?:nous avons|on a|j ai|le flux a)\\s+(?:stocke|enregistre|memorise|garde|sauvegarde)e?s?"
                    + "(?:\\s+(?:la derniere fois|avant|precedemment|au passage precedent|lors du dernier passage|a l execution precedente))?\\b(?!\\s+(?:dans|sur|en|au)\\b)", " du stockage"},
            // « pis envoie-moi un courriel »: spoken Quebec French for « puis »
            {"(?<!\\btant )\\bpis\\b", "puis"},
            // "make a search in Kizeo", « faire une recherche dans… »: the noun of the order with a light verb
            {"\\b(?:make|makes|do|does|run|runs|perform|performs|carry out|carries out)\\s+(?:a|an)\\s+(?:search|lookup|query)\\b", "search"},
            {"\\b(?:faire|fais|faites|fait|effectuer|effectue|effectuez|lancer|lance|lancez)\\s+une\\s+recherche\\b", "chercher"},
            {"\\b(for|pour)\\s+(each|every|chaque)\\s+one\\s+of\\b", "$1 $2 of"},
            // "I want that the PDF goes in the folder", "the file should end up in Drive": where the thing goes is where it is put
            {"\\b(?:i|we)\\s+(?:want|would like|wish)\\s+that\\s+((?:(?!goes\\b|go\\b|and\\b)\\S+\\s+){1,8}?)(?:goes|go|arrives|lands|ends up)"
                    + "\\s+(in|into|to|on)\\b", "put $1$2"},
            // "the PDF report goes straight to the client", « le PDF doit partir chez le client »: where the thing goes, it is sent
            {"(?<!\\b(?:i|we|you|they|it|je|nous|on|il|elle)\\s)\\b((?:the|its|their|this|that|le|la|les|l|son|sa|ses|leur|ce|cette)\\s+"
                    + "(?:(?!(?:and|et|then|puis)\\b)[a-z0-9]+\\s+){1,4}?)(?:(?:should|must|needs to|has to|will|doit|doivent|va|vont)\\s+)?"
                    + "(?:goes|go|partir|part|parte|partent|aller)\\s+(?:straight\\s+|directly\\s+|automatically\\s+|directement\\s+|"
                    + "automatiquement\\s+|tout de suite\\s+)?(to|into|a|au|aux|chez|dans|vers)\\b", "send $1$2"},
            // "… and after you send a message": the next order, not an event after the reader's act
            {"\\b(and|,)\\s+after(?:wards)?\\s+(?:you|we)\\s+", "$1 then "},
            // "write in the Slack channel that…", « écris dans le canal »: written in a chat, it is a message posted there
            {"\\b(?:write|writes|ecrire|ecris|ecrivez)\\b(?=\\s+(?:in|into|on|to|dans|sur)\\s+(?:\\S+\\s+){0,3}?"
                    + "(?:channel|canal|chat|group|groupe|conversation|thread|fil)\\b)", "post"},
            // "write them into the sheet", « les écrit dans un Google Sheet »: written in a table, it is a row added there
            {"\\b(?:write|writes|ecrire|ecris|ecrit|ecrivez|ecrivent)\\b(?=(?:\\s+\\S+){0,4}?\\s+(?:in|into|to|on|dans|sur)\\s+"
                    + "(?:(?!matching|existing|same|corresponding|correspondante?|existante?|meme)\\S+\\s+){0,3}?"
                    + "(?:sheet|sheets|spreadsheet|tableur|feuille|excel|airtable|table)\\b)", "add"},
            // "tell in Slack #sales that…": telling a place, not a person, posts there
            {"\\b(?:tell|tells)\\s+(in|on|into)\\b", "post $1"},
            // "post the same PDF into the Slack channel", « poste le fichier dans le canal »: a file put in a chat is uploaded there
            {"\\b(?:post|posts|share|shares|send|sends|put|poste|postez|partage|partagez|envoie|envoyez|mets|mettez)\\s+(?:also\\s+|aussi\\s+)?((?:the|this|that|"
                    + "le|ce|cette)\\s+(?:same\\s+|meme\\s+)?(?:pdf|file|csv|xlsx|fichier)\\s+(?:also\\s+|aussi\\s+|too\\s+)?"
                    // "post the PDF of every completed inspection to #safety": whose file it is may come between
                    + "(?:(?:of|de|du|des)\\s+(?:(?!to\\b|into\\b|in\\b|on\\b|dans\\b|sur\\b)\\S+\\s+){1,6}?)?)"
                    + "(in|into|to|on|dans|sur)\\s+(?=(?:\\S+\\s+){0,3}?(?:channel|canal|chat|conversation|slack|teams)\\b)", "upload $1$2 "},
            // "It sends JSON with order number and quantity.", « Il envoie du JSON avec… »: what the caller sends, told as background
            {"(^|[.!?:]\\s+)((?:it|they|il|elle|ils|elles)\\s+(?:sends|send|posts|post|delivers|deliver|passes|pass|envoie|envoient|poste|"
                    + "postent|transmet|transmettent)\\s+(?:us\\s+|me\\s+|nous\\s+)?(?:json|xml|a json|the json|a payload|the payload|du json|"
                    + "un json|le json|des donnees|les donnees)\\b)", "$1" + Lines.BACKGROUND + " $2"},
            // "that we received it and take care of it": the promise in a reply, no order of the flow
            {"\\s+(?:and|et)\\s+(?:will\\s+|we\\s+will\\s+)?(?:take care of|handle|look into|look at)\\s+(?:it|this|that|them)\\b", ""},
            {"\\s+(?:et|puis)\\s+(?:qu\\s+on|que nous|qu\\s+il|qu\\s+elle)?\\s*(?:s en occupe|s en occupera|s en occupons|le traite|la traite)\\b", ""},
    };
}
