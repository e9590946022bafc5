package dev.switchboard.prompts.offline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A description made plain before it is cut and matched: lower case without accents, and the
 * turns of phrase that say something else than their words rewritten to what they mean ("let me
 * know" notifies, "hasn't read yet" is unread, "could you set that up?" is no step, « mis à jour »
 * is updated). General language only, as {@link Words}.
 *
 * <pre>{@code
 * Plain.of("Let me know when it's done");   // "notify me when it s done"
 * }</pre>
 */
final class Plain {

    private Plain() {
    }

    /** "the message to get a :ticket: reaction", « reçoit un emoji »: the reaction is added to it. */
    private static final String REACTION = "\\b(?:(?:to|should|must|will) )?(?:get|gets|receive|receives|recevoir|recoit|recevra)\\s+"
            + "(?:a|an|un|une)\\s+(?:(:[a-z0-9_+-]+:)\\s*|[a-z0-9_+-]+\\s+)?(?:reaction|emoji|reaction emoji)\\b";
    /** "the customer to receive the PDF", "the team should get a message": someone else gets it, so it is sent. */
    private static final java.util.regex.Pattern GETS = java.util.regex.Pattern.compile(
            "\\b([a-z]+) (to|should|must|will|would|shall) (get|receive)\\b");
    /** Words before "to get" that make the reader the one who asks ("I want to get the rows"). */
    private static final Set<String> WISH = Set.of("want", "wants", "like", "need", "needs", "going", "have", "has", "able",
            "try", "trying", "how", "i", "we", "it", "them", "order", "used", "use");

    private static String received(String plain) {
        java.util.regex.Matcher m = GETS.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean wish = m.group(2).equals("to") && WISH.contains(m.group(1)) || m.group(1).equals("i") || m.group(1).equals("we");
            m.appendReplacement(out, wish ? m.group() : m.group(1) + " " + m.group(2) + " be sent");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** « les agents du groupe Kizeo », "the members of the group": the group's users. */
    private static final String GROUP_MEMBERS = "\\b(?:agents|membres|members|people|personnes|employees|employes|salaries|"
            + "techniciens|technicians) (?:du|of the|of|de la|de l|in the|dans le) (groupe|group)\\b";

    /** The plain text with a group's members said as its users ("the members of the group" is "the users of the group"). */
    static String groupUsers(String plain) {
        return plain.replaceAll(GROUP_MEMBERS, "users of the $1");
    }

    /** Lower case, accents removed, apostrophes and "e-mail" made plain. */
    static String of(String text) {
        return gotMessage(getsDone(received(flat(text).replaceAll(REACTION, "add a reaction $1").replaceAll(BACK_IN_REPLY, "reply with $1")))
                .replaceAll(REQUEST, " ")
                .replaceAll(BY_HAND, "manual flow : $1").replaceAll("manual flow : (?:with|avec)\\b", "manual flow : given")
                .replaceAll(STARTED_WITH, "manual flow : given")).replaceAll(WISH_TO_GET, "send me").replaceAll(REACT, "add a reaction")
                .replaceAll(NOTE_IT, "noter")
                .replaceAll(EMOJI_ON, "add a reaction on").replaceAll(ISSUE_ORDER, "$1create ")
                .replaceAll(ATTACH_RECORD, "create $1 for")
                // "read the list of clients in the sheet", « lis la liste des clients »: what is read is the clients
                .replaceAll("\\b(read|get|fetch|retrieve|pull|grab|take|lis|lire|lisez|recupere|recuperer|recuperez|prends|prendre)\\s+"
                        + "(?:the|la)\\s+(?:full\\s+|complete\\s+|whole\\s+)?(?:list|liste)\\s+(of|des)\\s+", "$1 $2 ")
                .replaceAll("\\b(read|get|fetch|retrieve|pull|grab|take) of ", "$1 the ")
                // "post in the channel the list of last week's reports": what is posted is the reports
                .replaceAll("\\b(post|posts|send|sends|share|shares|mail|poster|postez|poste|envoyer|envoie|envoyez|partager|partage|"
                        + "publier|publie|publiez)\\b([^.,;:]{0,60}?)\\s(?:the|la|a|une)\\s+(?:full\\s+|complete\\s+|whole\\s+)?"
                        + "(?:list|liste)\\s+(?:of|des|de|du)\\s+", "$1$2 the ")
                // "reads the customer list from the sheet": what is read is the customers
                .replaceAll("\\b(reads?|gets?|fetch(?:es)?|retrieves?|pulls?|grabs?|takes?)\\s+(the|our|my|their)\\s+([a-z]+?)s?\\s+list\\b",
                        "$1 $2 $3s")
                .replaceAll("\\b(lis|lire|lisez|recupere|recuperer|recuperez|prends|prendre) des ", "$1 les ")
                // « il prend les événements du jour » : what the flow takes, it reads
                .replaceAll("\\b(il|elle|ca|le flux) prend\\b", "$1 recupere")
                // "text it to the owner": texting is sending by SMS; "its start time" is a date, which a date format reads
                .replaceAll("\\btext (it|them|him|her|me|us)\\b", "send $1 by sms")
                .replaceAll("\\bconvertis (la|le|les|l)\\b", "convertir $1")   // « convertis-la » orders; « convertis en PDF » describes
                .replaceAll("\\b(start|end|due|starting|ending|begin|appointment|meeting|event|arrival|departure) time\\b", "$1 date");
    }

    /** "…and the caller should get the new issue key back in the response": what comes back to a caller is the reply. */
    private static final String BACK_IN_REPLY = "\\b(?:should |must |will |needs to |need to )?(?:get|gets|receive|receives)\\s+"
            + "((?:the|a|an|its|their)\\s+(?:[a-z0-9_-]+\\s+){0,4}?)back\\s+(?:in|as|with)\\s+(?:the\\s+|a\\s+)?(?:response|reply|answer)\\b";

    /** "attach a quote to that opportunity": a record made for another one; attaching a file to a message sends it. */
    private static final String ATTACH_RECORD = "\\battach\\s+((?:a|an|the|new)\\s+(?!(?:file|pdf|document|photo|picture|image|attachment|"
            + "report|csv|excel|spreadsheet|copy|scan)s?\\b)[a-z]+)\\s+to\\b";

    /** "issue the refund", "then issue an invoice": "issue" as an order makes the thing; as a noun it is a ticket. */
    private static final String ISSUE_ORDER = "(^|[.,;:!?]\\s*|\\b(?:then|and|to|please)\\s+)issue\\s+(?=(?:a|an|the|their|his|her|its|our)\\s)";

    /** "could you set up something so that", "créer un flux qui", "il faudrait que": the request around the flow, no step. */
    private static final String REQUEST = "\\b(?:(?:could|can|would) you (?:please )?|(?:pourrais|peux) tu |(?:pourriez|pouvez) vous )?"
            + "(?:set up|create|build|make|configure|creer|faire|mettre en place|configurer|set) (?:something(?: up)?|quelque chose|"
            + "(?:a|an|un|une) (?:[a-z-]+ )?(?:flow|automation|workflow|flux|automatisation|scenario)) (?:so that|that|which|qui|pour que|afin que)\\b"
            + "|\\b(?:il faudrait|il faut|j aimerais|je voudrais|je souhaite|je souhaiterais|je veux|nous voudrions|on voudrait|nous souhaitons|"
            + "nous souhaiterions|nous aimerions|on aimerait|on souhaite|on souhaiterait|nous voulons|on veut) (?:que|qu)\\b"
            + "|\\b(?:(?:i|we) (?:d|would) (?:like|love)(?: it)?(?: so)?|(?:i|we) (?:want|wish)) that\\b"
            // "I need a flow that…", « lancer à la main un flux qui… »: the flow being described, not a flow to run
            + "|\\b(?:a|an|un|une) (?:[a-z-]+ )?(?:flow|flux|workflow|automation|automatisation|scenario) (?:that|which|qui)\\b"
            + "|\\b(?:(?:could|can|would) (?:you|u) (?:please |pls )?|(?:merci de|priere de|veuillez) )?(?:make it so that|make sure that|make it so|"
            // "can u set it up so every Monday…": the request, then the flow
            + "set (?:it|this|that) up\\s*,? so (?:that )?|"
            + "faire en sorte (?:que|qu))\\b"
            // « Merci de mettre en place le flux suivant : », "Please set up the following flow:": the request, then the flow
            + "|\\b(?:(?:merci de|priere de|veuillez|please|kindly) )?(?:set up|create|build|configure|creer|mettre en place|configurer) "
            + "(?:the following|le|la|l|this|ce|cette) ?(?:flow|flux|workflow|automation|automatisation|scenario)(?: suivante?| below| ci dessous)?\\s*:"
            // "… Could you set that up?", « Pouvez-vous mettre ça en place ? »: the request closing the description
            + "|\\b(?:could|can|would) you (?:please )?(?:set (?:that|this|it) up|put (?:that|this|it) in place|"
            + "(?:automate|do|build|handle) (?:that|this|it))\\b|\\b(?:pourriez|pouvez|peux|pourrais) (?:vous|tu) "
            + "(?:mettre (?:ca|cela) en place|le mettre en place|l automatiser|automatiser (?:ca|cela)|faire (?:ca|cela))\\b";
    /**
     * "a flow I trigger manually with a list of emails", « un flux que je lance à la main avec un numéro »: started by hand,
     * and what follows "with" is what the person gives it, no step of its own.
     */
    private static final String BY_HAND = "\\b(?:(?:create|build|make|set up|give me|i want|i need|we need|we want|i d like|we d like|"
            + "i would like|we would like|creer|cree|fais|je veux|il me faut) )?"
            // "month-end flow that I start by hand": a flow named by what it is for, with or without its article
            + "(?:(?:(?:a|an|un|une) )?(?:[a-z-]+ ){0,2}?(?:flow|automation|workflow|button|flux|automatisation|bouton)|something|quelque chose) "
            + "(?:that |which |que |qu )?(?:i|we|you|je|nous|on) (?:can |peux |pouvons |peut )?"
            + "(?:trigger|run|start|launch|click|kick(?: it)? off|fire off|fire|lance|lancer|declenche|declencher|demarre|demarrer)"
            + "(?: it| le)? (?:manually|by hand|myself|on demand|a la main|manuellement|moi meme)(?: (with|avec))?"
            // "a button I can click", « un bouton que je lance »: a button is pressed by hand
            + "|\\b(?:(?:i need|we need|i want|we want|give me|je veux|je voudrais|il me faut) )?(?:a|un) (?:button|bouton) "
            + "(?:that |que |qu )?(?:i|we|je|nous|on) (?:can |peux |pouvons |peut )?(?:click|press|push|run|lance|clique|appuie)\\b"
            // « je voudrais pouvoir lancer moi-même un flux qui… », "I'd like to be able to run myself a flow that…"
            + "|\\b(?:je voudrais|je veux|j aimerais|on voudrait|nous voudrions|i d like|i want|i would like|we d like|we want) "
            + "(?:pouvoir|to be able to) (?:le |la |l )?(?:lancer|declencher|demarrer|run|trigger|start|launch) (?:(?:this|it|that|ca|cela) )?"
            + "(?:moi[ -]meme|nous[ -]memes|myself|ourselves|a la main|manuellement|by hand|manually)(?: (?:un|une|a|an) (?:flux|flow|automation|"
            + "automatisation|workflow|scenario) (?:qui|that|which))?"
            // "… whenever the auditors ask", « … quand on nous le demande »: on demand, which is no event
            + "(?: (?:whenever|when|each time|quand|lorsque|chaque fois que) (?:[a-z]+ ){0,2}?(?:ask|asks|need it|needs it|le demande|le demandent))?\\b";

    /** « Lancement manuel avec une date », "manual run with a date": started by hand, given what follows. */
    private static final String STARTED_WITH = "\\b(?:lancement|declenchement|demarrage|execution) (?:manuel|manuelle|a la main) "
            + "(?:avec|with)\\b|\\bmanual (?:run|start|trigger|launch) (?:with|avec)\\b";

    /** "je veux recevoir chaque matin un e-mail avec…": what the asker wants to receive is sent to them. */
    private static final String WISH_TO_GET = "\\b(?:je veux|je voudrais|j aimerais|je souhaite|nous voulons|i want to|i d like to|"
            + "i would like to|we want to|we d like to)\\s+(?:recevoir|receive|get)\\b(?=(?:\\s+\\S+){0,6}?\\s+(?:un|une|a|an)\\s+"
            + "(?:\\S+\\s+)?(?:email|mail|message|notification|alert|alerte|sms|rapport|report|recap|summary)\\b"
            // « j'aimerais recevoir par mail la liste… »: how it comes says it is sent
            + "|\\s+(?:par|by|via|en)\\s+(?:email|mail|courriel|sms|slack|teams|dm)\\b)";
    /** "I get a Slack message", "recevoir un e-mail": getting a message is being sent one. */
    private static final java.util.regex.Pattern EVENT_OPENER = java.util.regex.Pattern.compile("\\b(?:when|whenever|each time|"
            + "every time|as soon as|once|quand|lorsqu\\w*|des qu\\w*|chaque fois|a chaque|sitot|aussitot)\\b[^.,;:!?]*$");

    /** "react with :eyes:", « réagis avec » : adding a reaction (the verb is the catalog's noun). */
    /** "put a 👍 on the message", « mets un ✅ sur le message »: an emoji left on a message is a reaction. */
    private static final String EMOJI_ON = "\\b(?:put|add|leave|mets|mettre|mettez|ajoute|ajouter|laisse|laisser)\\s+(?:a|an|un|une)\\s+"
            + "[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}]+\\s*(?:emoji\\s+)?(?:on|sur)\\b";
    /** « note le nom dans le sheet », "note down the time": "note" before what is noted is the order to write it down. */
    private static final String NOTE_IT = "(?<!\\b(?:a|an|the|une|la|this|cette|my|ma|your|ta|votre|our|notre)\\s)\\bnote(?:z)?(?:\\s+down)?"
            + "(?=\\s+(?:le|la|les|l|un|une|son|sa|ses|leur|leurs|the|it|them|their|its|his|her)\\b)";
    private static final String REACT = "\\b(?:react|reacts|reagis|reagissez|reagir)\\b(?=\\s+(?:with|to|on|avec|a|sur)\\b)";

    /** A table a thing can go into: a sheet, a list, a CRM. */
    private static final String INTO_TABLE = "(?=\\s+(?:the|a|our|my|le|la|l|un|une|notre|mon)?\\s*(?:\\S+\\s+){0,2}?(?:sheet|sheets|spreadsheet|tableur|"
            + "feuille|table|list|liste|airtable|crm|tab|onglet)\\b)";

    /** Rewrites {@link #GET_A_MESSAGE} in orders; in an event ("when I receive an e-mail") receiving stays the event. */
    private static String gotMessage(String plain) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(GET_A_MESSAGE).matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean event = EVENT_OPENER.matcher(plain.substring(0, m.start())).find();
            m.appendReplacement(out, event ? m.group() : "be sent " + m.group(2));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "…, it gets shared with X": the colloquial passive of an order about the thing in hand. */
    private static final java.util.regex.Pattern GETS_DONE = java.util.regex.Pattern.compile("\\b(it|they)\\s+(?:gets|get|should get|must get)"
            + "\\s+([a-z]+ed)\\b");

    /**
     * "can we get a ServiceNow incident opened whenever…", "have the row updated": getting a thing done is doing it; a
     * participle followed by where or by whom ("get the file attached to the mail") only describes the thing.
     */
    private static final java.util.regex.Pattern HAVE_DONE = java.util.regex.Pattern.compile("\\b(?:get|have)\\s+((?:a|an|the|our|my|"
            + "every|each|their)\\s+(?:[a-z0-9-]+\\s+){0,3}?)([a-z]+ed)\\b(?!\\s+(?:to|by|from|in|on|at|for|with|into)\\b)");

    /** "when a form gets edited": after an event opener, the colloquial passive of what happened. */
    private static final java.util.regex.Pattern GETS_PASSIVE = java.util.regex.Pattern.compile("\\b(?:gets|get|got)\\s+([a-z]+ed)\\b");

    /**
     * Rewrites {@link #GETS_DONE} to the order ("share it with X"); after "when" it stays what happened, said as a plain
     * passive ("when a form gets edited" is "when a form is edited").
     */
    private static String getsDone(String plain) {
        java.util.regex.Matcher passive = GETS_PASSIVE.matcher(plain);
        StringBuilder said = new StringBuilder();
        while (passive.find()) {
            boolean event = EVENT_OPENER.matcher(plain.substring(0, passive.start())).find();
            passive.appendReplacement(said, event ? "is " + passive.group(1) : passive.group());
        }
        passive.appendTail(said);
        plain = said.toString();
        plain = HAVE_DONE.matcher(plain).replaceAll(m -> {
            String concept = Words.concept(m.group(2));
            boolean order = concept != null && Words.VERBS.contains(concept) && Words.isKnown(concept);
            return java.util.regex.Matcher.quoteReplacement(order ? concept + " " + m.group(1).strip() : m.group());
        });
        java.util.regex.Matcher m = GETS_DONE.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String concept = Words.concept(m.group(2));
            boolean order = concept != null && Words.VERBS.contains(concept) && Words.isKnown(concept)
                    && !EVENT_OPENER.matcher(plain.substring(0, m.start())).find();
            m.appendReplacement(out, order ? concept + " " + (m.group(1).equals("it") ? "it" : "them") : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final String GET_A_MESSAGE = "\\b(get|gets|receive|receives|recevoir|recois|recoit|recevez)\\s+"
            + "((?:a|an|un|une)\\s+(?:[a-z]+\\s+)?(?:message|email|mail|notification|alert|alerte|sms|note|dm|direct message|ping|heads up))\\b";

    private static String flat(String text) {
        String flat = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return flat.replace('\u2019', ' ').replace('\'', ' ')
                .replaceAll("\\bj(?=(?:veux|voudrais|aimerais|ai|peux)\\b)", "je ")   // « jveux »: spoken « je veux »
                .replaceAll("\\bqqn\\b", "quelqu un").replaceAll("\\bqqch\\b", "quelque chose")   // texting shorthands
                .replaceAll("\\be-mails?\\b", "email")
                .replaceAll("\\brecie(?=v)", "recei")   // "recieved": the usual slip in a word that says the event
                .replaceAll("\\bweb[ -]hooks?\\b", "webhook")   // "sends a web hook", « un web-hook »: one word in the catalog
                .replaceAll("-(moi|nous|le|la|les|lui|leur|en|y)\\b", " $1")
                // chat spellings of the event opener ("wen a file lands…", « qd un rdv est pris… »)
                .replaceAll("\\b(?:wen|whn)\\b", "when").replaceAll("\\b(?:qd|qnd)\\b", "quand")
                .transform(Typos::fixed)
                // "turn the date into dd/MM/yyyy", "turn it into PDF": into a format, not into "a card", is a conversion
                .replaceAll("\\bturns?\\b(?=(?:\\s+(?!into\\b)\\S+){1,6}\\s+into\\s+(?!(?:a|an|the|new|one)\\b))", "convert")
                // "list the files", « liste les fichiers »: "list" before its object, with no article, is the order to read them
                .replaceAll("(?<!\\b(?:the|a|this|that|our|my|your|to|in|into|on|from|of|la|une|ma|sa|notre|cette|de|dans|a|sur)\\s)"
                        + "\\b(?:list|liste)\\s(?=(?:the|all|our|my|every|each|its|their|your|les|tous|toutes|mes|nos|ses|leurs)\\b)", "fetch ")
                .replaceAll("\\b(soit|soient|est|sont|etre|ete|sera|seront) ouvert(e|s|es)?\\b", "$1 opened")
                .replaceAll("\\b(mettre|met|mets|mettez|mettons|mettent|mette) a jour\\b", "update")
                // "une demande est saisie": the participle says it was filled in (the noun "saisie" stays data)
                .replaceAll("\\b(est|sont|soit|soient|etre|ete|sera|seront|bien) saisi(e|s|es)?\\b", "$1 rempli")
                // an e-mail address is where something goes, not an e-mail to send
                // « la demande doit être validée par le directeur », « la responsable valide avant qu'on commande »: someone's
                // yes is asked for, the request is not merely completed
                .replaceAll("\\b(doit|doivent|devra|devront) etre valid(?:e|ee|ees|es) par\\b", "$1 etre valider par")
                .replaceAll("\\bvalide avant (qu|que|de|d)\\b", "valider avant $1")
                .replaceAll(GROUP_MEMBERS, "users of the $1")
                // "make sure the times are UK time": a check on the values, nothing made
                .replaceAll("\\b(?:make|makes) sure\\b", "ensure")
                // "every response goes in the sheet X", « chaque réponse va dans le sheet »: it is added there
                .replaceAll("\\b(?:goes|go)\\s+(?:straight\\s+)?(in|into|to|on)\\b" + INTO_TABLE, "gets added $1")
                .replaceAll("\\b(?:va|vont)\\s+(?:directement\\s+)?(dans|sur|en)\\b" + INTO_TABLE, "est ajoutee $1")
                // "turn them into a short summary text", « qu'on en fasse un petit récap lisible », « mettre ça en forme »: the data
                // in hand written as a text
                .replaceAll("\\bturn(?:s|ing)?\\s+(them|it|this|that|those|these)\\s+into\\s+(?:a\\s+|an\\s+)?(?:(?:short|nice|readable|clean|"
                        + "simple|quick|brief|little|small)\\s+)*(?:summary|recap|digest|text|paragraph)(?:\\s+text)?\\b", "format $1 as text")
                .replaceAll("\\b(?:en\\s+)?(?:faire|fasse|fais|faites|fait)\\s+(?:un|une)\\s+(?:(?:petit|petite|court|courte|joli|jolie|beau|belle|"
                        + "bref|breve)\\s+)?(?:recap|recapitulatif|resume|synthese|texte)(?:\\s+(?:lisible|clair|propre))?\\b", "formater en texte")
                .replaceAll("\\b(?:mettre|mets|mettez|met)\\s+(?:(?:ca|cela|le tout|les|le|la|l)\\s+)?en forme\\b", "formater en texte")
                // « passe sa colonne Statut à « Reçu » », "set its Status column to": a cell changed is a row updated
                .replaceAll("\\b(?:passe|passer|passez|bascule|basculer|basculez)\\s+(?=(?:sa|la|le|son|leur|les|ses)\\s+(?:colonne|champ|cellule|case)\\b)",
                        "update ")
                // « on met le PDF dedans », « on balance aussi le PDF sur Slack »: the spoken forms of putting and sending
                .replaceAll("\\bon met\\s+(?=(?:aussi\\s+)?(?:le|la|les|l|un|une|ca|tout)\\b)", "on mets ")
                .replaceAll("\\bbalancer?\\s+(?=(?:aussi\\s+|egalement\\s+)?(?:le|la|les|l|un|une|ca)\\b)", "envoie ")
                // « regroupe-les par technicien », "group them by site": reshaping the data in hand
                .replaceAll("\\b(?:regroupe|regroupez|regrouper|grouper|group|sort|trie|trier|triez)\\b(?=(?:\\s+\\S+){0,3}?\\s+(?:par|by|selon)\\s)",
                        "transform")
                // « garder une trace de tout ce qui se passe sur le formulaire », "log everything that happens on…": any event there
                .replaceAll("\\b(?:(?:je veux|je voudrais|j aimerais|on veut|nous voulons) )?(?:garder (?:une|la) trace de|tracer|journaliser|"
                        + "consigner) (?:tout ce qui se passe|tout ce qui arrive|tous les evenements) (sur|dans|de)\\b", "pour tout evenement $1")
                .replaceAll("\\b(?:(?:i want to|i d like to|we want to|we d like to) )?(?:keep track of|keep a record of|keep a log of|log|track) "
                        + "(?:everything that happens|anything that happens|all that happens|whatever happens|every event|all events) (on|in|to|with)\\b",
                        "for any event $1")
                .replaceAll("\\b(?:sub-?flows?|sub-?workflows?|sous-flux|sous flux)\\b", "flow")   // another flow, run from this one
                .replaceAll("\\bemail (address|addresses)\\b", "address").replaceAll("\\b(adresses?) email\\b", "$1")
                // "set up a laptop, email account and login", « créer son compte mail »: a mailbox is a thing, not a mail to send
                .replaceAll("\\bemail (account|accounts)\\b", "mailbox").replaceAll("\\b(comptes?) (?:email|mail)\\b", "$1")
                .transform(Turns::of)
                .transform(Rephrased::of)
                .transform(Spoken::of)
                .transform(Calques::of)
                .replaceAll("\\blet (me|us|him|her|them|the \\w+) know\\b", "notify $1")
                // "a quote attached to the opportunity", « un devis rattaché à l'affaire »: a link between two records, no order
                .replaceAll("\\b(?:attached|linked|related|tied|rattachee?s?|liee?s?|associee?s?) (?:to|with|a|au|aux)\\b", "for")
                // "after each visit," with nothing else: once the visit is done
                .replaceAll("\\b((?:after|apres) (?:each|every|chaque) [a-z]+)(?=\\s*(?:[,.;:]|$))", "$1 finished")
                // writing a value into a column or field changes what is there; writing anything else adds it
                // … and so is writing into the row that matches ("the matching row", « la ligne correspondante »): that row changes
                .replaceAll("\\b(write|writes|ecrire|ecris|ecrit|ecrivez)\\b(?=[^.,;]*\\b(column|colonne|cell|cellule|field|champ)s?\\b)", "update")
                .replaceAll("\\b(write|writes|ecrire|ecris|ecrit|ecrivez|put|mets|mettre)\\b(?=[^.,;]*\\b(?:(?:matching|corresponding|existing|same) "
                        + "(?:row|line|record|entry)|(?:ligne|fiche|entree) (?:correspondante|existante))\\b)", "update")
                // "put a ✅ reaction on the message", « mettre un commentaire »: a mark put on a thing is added to it
                .replaceAll("\\b(?:put|puts|mets|mettre|met)\\s+(?=(?:a|an|the|un|une|le)\\s+(?:\\S+\\s+)?(?:reaction|emoji|comment|label|tag|commentaire|etiquette)s?\\b)", "add ")
                // … but "writes a message into #alarms" sends it
                .replaceAll("\\b(write|writes|ecrire|ecris|ecrivez)\\b(?!\\s+(?:a|an|un|une|the|le)\\s+(?:short\\s+|petit\\s+)?(?:message|mail|email|dm|sms)\\b)", "add")
                // "update the matching item or create it": two orders, the second for when the first finds nothing
                .replaceAll("\\b(update|updated) ([^,.;:]{1,60}?) (?:or|ou) (create|add|creer|cree|ajouter|ajoute) (it|them|one|le|la|les|l)\\b",
                        "$1 $2 , otherwise $3 $4")
                .replaceAll("\\b(tiens|tenez|tenir) (moi|nous|le|la|les) au courant\\b", "prevenir $2")
                .replaceAll("\\b(mis|mise|mises) a jour\\b", "updated")
                .replaceAll("\\blook(ing)? (it|this|that) up\\b", "get it").replaceAll("\\blook(ing)? up\\b", "lookup")
                .replaceAll("\\b(non|pas encore|not yet) (lus?|lues?|read|traitee?s?|processed)\\b|\\bunprocessed\\b", "unread")
                // "that the integration hasn't read yet", « qu'elle n'a pas encore lues »: not read is unread
                .replaceAll("\\b(?:(?:has|have|had|is|are|was|were)(?:n t| not)|n (?:a|ont|avait|avaient) pas)(?: yet| encore)?"
                        + "(?: been)? (?:read|lus?|lues?)\\b(?: yet)?", "unread").replaceAll("\\bs il\\b", "si il");
    }
}
