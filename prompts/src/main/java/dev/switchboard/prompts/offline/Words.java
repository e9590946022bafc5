package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.search.Vocabulary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain English and French words to shared concepts ("envoyer", "post", "notify" are all
 * {@code send}). It is general language only: verbs of work, common nouns of office tools, event
 * participles. App names are never here; they come from the catalog ({@link Apps}). Words it does
 * not know fall back to the catalog search's {@link Vocabulary}.
 *
 * <pre>{@code
 * Words.concepts("Téléverser le fichier");   // [upload, file]
 * }</pre>
 */
final class Words {

    /** Concepts that name what a step does; the first of them in a clause is its verb. */
    static final Set<String> VERBS = Set.of("send", "create", "add", "upload", "download", "export", "get", "update",
            "delete", "push", "call", "find", "share", "reply", "comment", "move", "execute", "approval", "wait", "mark",
            "format", "transform", "parse");

    private static final Map<String, String> LEXICON = new HashMap<>();

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "with", "from", "by",
            "at", "is", "are", "be", "been", "it", "its", "this", "that", "as", "into", "our", "my", "me", "your", "their",
            "them", "there", "some", "any", "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "dans", "sur",
            "pour", "avec", "par", "en", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos",
            "votre", "vos", "son", "sa", "ses", "leur", "leurs", "qui", "que", "qu", "est", "sont", "il", "elle", "ils",
            "y", "lui", "moi", "nous", "vous", "se", "s", "was", "were", "has", "have", "which", "who",
            // courtesy and wishes carry no step: "please", "could you", "je voudrais", "il faudrait"
            "please", "kindly", "svp", "plait", "merci", "could", "can", "would", "you", "i", "je", "j", "want", "wants",
            "like", "veux", "voudrais", "aimerais", "souhaite", "souhaiterais", "faudrait", "faut",
            "gets", "got", "gotten",   // "gets updated": the passive, not a read
            // the words that open an event say when, not what: "each time" must not match a trigger's "every time" text
            "when", "whenever", "once", "each", "every", "time", "quand", "lorsque", "lorsqu", "chaque", "fois");

    static {
        add("send", "send", "sends", "envoyer", "envoie", "envoyez", "envoi", "post", "poster", "publier", "publish",
                "notify", "notified", "notifie", "notifiee", "notifies", "notifier", "prevenir", "previens", "alert", "alerter", "avertir", "informer", "inform", "warn",
                "ping", "transmettre", "forward", "transferer", "sent", "envoye", "envoyee", "envoyes", "envoyees", "remind",
                "rappeler", "signaler", "attach", "joindre", "attacher",
                "partir", "parte", "partent", "aille", "aillent",
                "recoive");   // "que le client reçoive le PDF": it is sent to them   // "que le PDF parte dans Dropbox": it goes there
        add("email", "email", "emails", "mail", "mails", "courriel", "courriels", "mel");
        add("create", "create", "creates", "created", "creer", "cree", "creee", "crees", "creees", "open", "ouvrir",
                "generate", "generer", "make", "block", "bloquer", "reserver", "book", "produce", "produire", "draft",
                "rediger", "etablir", "turn", "opened", "schedule");
        add("add", "add", "adds", "added", "ajouter", "ajoute", "ajoutee", "ajoutes", "append", "insert", "inserer",
                "inscrire", "enroll", "subscribe", "log", "journaliser", "consigner", "tracer", "track", "noter");
        add("upload", "upload", "uploaded", "televerser", "deposer", "depose", "store", "stocker", "save", "saved",
                "sauvegarder", "enregistrer", "mettre", "mets", "mettez", "archiver", "archive", "copy", "copier", "put", "placer", "replace", "remplacer", "ranger", "classer", "poser", "drop");
        add("download", "download", "telecharger", "downloads");
        add("export", "export", "exporter", "exports");
        add("get", "get", "fetch", "read", "lire", "obtenir", "recuperer", "retrieve", "lister", "consulter", "collect",
                "collecter", "pull", "grab", "take", "prendre", "prends", "prenez", "lis", "lisez", "parcourir", "parcours", "parcourez", "browse", "check", "verifier", "controler", "monitor", "surveiller", "poll", "interroger");
        add("find", "look", "lookup", "chercher", "rechercher", "search", "find", "trouver", "query", "filter", "filtrer");
        add("update", "update", "updates", "updated", "modifier", "modifie", "modifiee", "modify", "change", "changed",
                "edit", "edited", "maj", "actualiser", "set");
        add("delete", "delete", "deleted", "supprimer", "supprime", "supprimee", "remove", "removed", "effacer", "erase",
                "deletion", "deletions", "removal", "suppression", "suppressions");   // the nouns of the event
        add("push", "push", "pushed", "pousser", "dispatch", "assign", "assigner", "affecter");
        add("call", "call", "appeler", "appelle", "appelez", "appel", "request", "requete", "invoke", "invoquer", "hit", "webservice");
        add("share", "share", "partager");
        add("reply", "reply", "repondre", "reponds", "repondez", "replies", "answer", "respond", "responds", "acknowledge", "acquitter");
        add("comment", "comment", "commentaire", "commenter");
        add("move", "move", "deplacer", "transition", "passer");
        add("execute", "execute", "executer", "run", "lancer", "declencher");
        add("approval", "approval", "approbation", "approve", "approuver", "validation", "sign-off", "accord", "valider");
        add("mark", "mark", "marquer", "flag", "flagger", "tag");
        add("format", "format", "formater", "formatter", "reformat", "reformater", "convert", "convertir");
        add("transform", "transform", "transformer", "reshape", "compute", "calculer");
        add("parse", "parse", "parser", "decode", "decoder");
        add("wait", "wait", "attendre", "attends", "attendez", "patienter", "patientez", "delay", "pause", "later", "plus tard");
        // nouns of office tools
        add("message", "message", "messages", "msg", "msgs", "note", "dm", "dms", "notif", "notifs");
        add("status", "status", "statut", "statuts");
        add("leader", "leader", "leaders", "responsable", "responsables", "manager", "managers", "chef", "chefs");
        add("pdf", "pdf");
        add("report", "report", "rapport", "compte-rendu", "summary", "resume", "synthese");
        add("file", "file", "files", "fichier", "fichiers", "document", "doc", "attachment", "piece", "jointe");
        add("folder", "folder", "dossier", "repertoire", "directory");
        add("row", "row", "rows", "ligne", "lignes", "line", "lines");
        add("link", "link", "links", "lien", "liens", "url", "hyperlink");
        add("sheet", "sheet", "sheets", "tableur", "feuille", "spreadsheet");
        add("card", "card", "carte", "cards", "cartes", "fiche");
        add("issue", "issue", "ticket", "tickets", "bug");
        add("lead", "lead", "leads", "prospect", "prospects", "piste");
        add("opportunity", "opportunity", "opportunite", "deal", "affaire");
        add("quote", "quote", "devis", "quotation");
        add("record", "record", "enregistrement");
        add("customer", "customer", "client", "clients", "customers");
        add("event", "event", "evenement", "rendez-vous", "rdv", "creneau", "slot", "meeting", "reunion", "appointment");
        add("calendar", "calendar", "agenda", "calendrier");
        add("member", "member", "membre", "subscriber", "abonne", "respondent", "repondant");
        add("item", "item", "items", "element", "elements");
        add("list", "list", "liste", "listes", "lists");
        add("data", "data", "donnee", "donnees", "submission", "soumission", "saisie",
                "entry", "entries", "entree", "entrees");   // what one fills in a form: its entries are its data
        add("form", "form", "forms", "formulaire", "formulaires");
        add("channel", "channel", "canal", "chaine");
        add("statistic", "statistic", "statistics", "statistique", "statistiques", "stats");
        add("user", "user", "users", "utilisateur", "utilisateurs");
        add("employee", "employee", "employees", "employe", "employes", "salarie", "salaries", "staff");
        add("custom", "custom", "personnalise", "personnalisee", "sur-mesure");
        add("response", "response", "reponse", "reponses", "answers");
        // what happened, for triggers
        add("new", "new", "nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles");
        add("finish", "finished", "finish", "termine", "terminee", "termines", "terminees", "fini", "finie", "completed",
                "complete", "completee", "done", "acheve", "achevee", "cloture", "cloturee", "submitted", "soumis",
                "soumise", "closed", "close", "closes", "clore", "cloturer", "fin", "end", "ended", "validated", "valide", "validee", "finalized", "finalised", "finalise", "finalisee", "rempli", "remplie", "filled", "signed", "signe", "submit", "submits",
                "soumettre", "soumet",
                // filling a form in is what finishing it is: "remplit le formulaire", "fill in", "saisi dans Kizeo"
                "remplir", "remplit", "remplissent", "fill", "fills", "saisi", "saisis");
        add("receive", "received", "receive", "recoit", "recu", "recue", "recus", "recues", "arrive", "arrives", "arrivee",
                "incoming", "entrant", "entrante", "reception", "receipt");
        add("subject", "subject", "subjects", "objet", "sujet");
        add("value", "value", "values", "valeur", "valeurs");
        add("key", "key", "keys", "cle", "cles");
    }

    private Words() {
    }

    private static void add(String concept, String... words) {
        for (String word : words) {
            LEXICON.put(word, concept);
        }
    }

    static boolean isKnown(String plainWord) {
        return LEXICON.containsKey(plainWord);
    }

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

    /** Lower case, accents removed, apostrophes and "e-mail" made plain. */
    static String plain(String text) {
        return gotMessage(received(flat(text)).replaceAll(REQUEST, " ")).replaceAll(WISH_TO_GET, "send me");
    }

    /** "could you set up something so that", "créer un flux qui", "il faudrait que": the request around the flow, no step. */
    private static final String REQUEST = "\\b(?:(?:could|can|would) you (?:please )?|(?:pourrais|peux) tu |(?:pourriez|pouvez) vous )?"
            + "(?:set up|create|build|make|configure|creer|faire|mettre en place|configurer) (?:something|a flow|an automation|"
            + "a workflow|un flux|une automatisation|un scenario|un workflow|quelque chose) (?:so that|that|which|qui|pour que|afin que)\\b"
            + "|\\b(?:il faudrait|il faut|j aimerais|je voudrais|je souhaite|je veux|nous voudrions|on voudrait) (?:que|qu)\\b"
            + "|\\b(?:(?:could|can|would) you (?:please )?)?(?:make it so that|make sure that|make it so|faire en sorte (?:que|qu))\\b"
            // "… Could you set that up?", « Pouvez-vous mettre ça en place ? »: the request closing the description
            + "|\\b(?:could|can|would) you (?:please )?(?:set (?:that|this|it) up|put (?:that|this|it) in place|"
            + "(?:automate|do|build|handle) (?:that|this|it))\\b|\\b(?:pourriez|pouvez|peux|pourrais) (?:vous|tu) "
            + "(?:mettre (?:ca|cela) en place|le mettre en place|l automatiser|automatiser (?:ca|cela)|faire (?:ca|cela))\\b";
    /** "je veux recevoir chaque matin un e-mail avec…": what the asker wants to receive is sent to them. */
    private static final String WISH_TO_GET = "\\b(?:je veux|je voudrais|j aimerais|je souhaite|nous voulons|i want to|i d like to|"
            + "i would like to|we want to|we d like to)\\s+(?:recevoir|receive|get)\\b(?=(?:\\s+\\S+){0,6}?\\s+(?:un|une|a|an)\\s+"
            + "(?:\\S+\\s+)?(?:email|mail|message|notification|alert|alerte|sms|rapport|report|recap|summary)\\b)";
    /** "I get a Slack message", "recevoir un e-mail": getting a message is being sent one. */
    private static final java.util.regex.Pattern EVENT_OPENER = java.util.regex.Pattern.compile("\\b(?:when|whenever|each time|"
            + "every time|as soon as|once|quand|lorsqu\\w*|des qu\\w*|chaque fois|a chaque|sitot|aussitot)\\b[^.,;:!?]*$");

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

    private static final String GET_A_MESSAGE = "\\b(get|gets|receive|receives|recevoir|recois|recoit|recevez)\\s+"
            + "((?:a|an|un|une)\\s+(?:[a-z]+\\s+)?(?:message|email|mail|notification|alert|alerte|sms|note))\\b";

    private static String flat(String text) {
        String flat = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return flat.replace('\u2019', ' ').replace('\'', ' ').replaceAll("\\be-mails?\\b", "email")
                .replaceAll("-(moi|nous|le|la|les|lui|leur|en|y)\\b", " $1")
                // chat spellings of the event opener ("wen a file lands…", « qd un rdv est pris… »)
                .replaceAll("\\b(?:wen|whn)\\b", "when").replaceAll("\\b(?:qd|qnd)\\b", "quand")
                .replaceAll("\\b(soit|soient|est|sont|etre|ete|sera|seront) ouvert(e|s|es)?\\b", "$1 opened")
                .replaceAll("\\b(mettre|met|mets|mettez|mettons|mettent|mette) a jour\\b", "update")
                // "une demande est saisie": the participle says it was filled in (the noun "saisie" stays data)
                .replaceAll("\\b(est|sont|soit|soient|etre|ete|sera|seront|bien) saisi(e|s|es)?\\b", "$1 rempli")
                // an e-mail address is where something goes, not an e-mail to send
                .replaceAll("\\bemail (address|addresses)\\b", "address").replaceAll("\\b(adresses?) email\\b", "$1")
                .replaceAll("\\blet (me|us|him|her|them|the \\w+) know\\b", "notify $1")
                // "a quote attached to the opportunity", « un devis rattaché à l'affaire »: a link between two records, no order
                .replaceAll("\\b(?:attached|linked|related|tied|rattachee?s?|liee?s?|associee?s?) (?:to|with|a|au|aux)\\b", "for")
                // "after each visit," with nothing else: once the visit is done
                .replaceAll("\\b((?:after|apres) (?:each|every|chaque) [a-z]+)(?=\\s*(?:[,.;:]|$))", "$1 finished")
                // writing a value into a column or field changes what is there; writing anything else adds it
                .replaceAll("\\b(write|ecrire|ecris|ecrivez)\\b(?=[^.,;]*\\b(column|colonne|cell|cellule|field|champ)s?\\b)", "update")
                .replaceAll("\\b(write|ecrire|ecris|ecrivez)\\b", "add")
                .replaceAll("\\b(tiens|tenez|tenir) (moi|nous|le|la|les) au courant\\b", "prevenir $2")
                .replaceAll("\\b(mis|mise|mises) a jour\\b", "updated")
                .replaceAll("\\blook(ing)? (it|this|that) up\\b", "get it").replaceAll("\\blook(ing)? up\\b", "lookup")
                .replaceAll("\\b(non|pas encore|not yet) (lus?|lues?|read)\\b", "unread")
                // "that the integration hasn't read yet", « qu'elle n'a pas encore lues »: not read is unread
                .replaceAll("\\b(?:(?:has|have|had|is|are|was|were)(?:n t| not)|n (?:a|ont|avait|avaient) pas)(?: yet| encore)?"
                        + "(?: been)? (?:read|lus?|lues?)\\b(?: yet)?", "unread").replaceAll("\\bs il\\b", "si il");
    }

    /** The words of a plain text, in order. */
    static List<String> words(String plain) {
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9@#_-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The concept of one plain word, or null for a stop word. */
    static String concept(String word) {
        if (STOP.contains(word) || word.startsWith(Literals.MARK)) {
            return null;
        }
        String known = LEXICON.get(word);
        if (known != null) {
            return known;
        }
        for (String ending : List.of("s", "es", "d", "ed", "e", "ee", "ees")) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                known = LEXICON.get(word.substring(0, word.length() - ending.length()));
                if (known != null) {
                    return known;
                }
            }
        }
        int n = word.length();
        for (String ending : List.of("ees", "ee")) {   // not "e": "recupere" is also the imperative
            String infinitive = word.endsWith(ending) && n > ending.length() + 3 ? LEXICON.get(word.substring(0, n - ending.length()) + "er") : null;
            if (infinitive != null && VERBS.contains(infinitive)) {
                return infinitive;   // "enregistree": the participle of a known verb
            }
        }
        String imperative = n > 4 && word.endsWith("e") ? LEXICON.get(word + "r") : null;
        if (imperative != null && VERBS.contains(imperative)) {
            return imperative;   // "partage-le", "recupere": the "-er" verb said to one person
        }
        if (n > 5 && word.endsWith("ent")) {
            String stem = word.substring(0, n - 3);   // "terminent", "envoient": the present plural of a known verb
            known = LEXICON.getOrDefault(stem + "er", LEXICON.get(stem + "e"));
            if (known != null) {
                return known;
            }
        }
        if (n > 4 && word.endsWith("ez")) {
            // the polite imperative of the three kinds of verb: "envoyez", "ouvrez" (ouvrir), "remplissez", "inscrivez" (inscrire)
            String stem = word.substring(0, n - 2);
            for (String infinitive : List.of(stem + "er", stem + "ir", stem.replaceAll("iss$", "") + "ir", stem.replaceAll("v$", "") + "re")) {
                if (LEXICON.containsKey(infinitive)) {
                    return LEXICON.get(infinitive);
                }
            }
        }
        if (n > 4 && word.endsWith("re") && LEXICON.containsKey(word.substring(0, n - 1) + "ir")) {
            return LEXICON.get(word.substring(0, n - 1) + "ir");   // "ouvre un ticket": the imperative of an "-ir" verb
        }
        if (n > 5 && word.endsWith("ing")) {
            for (String stem : List.of(word.substring(0, n - 3), word.substring(0, n - 3) + "e", word.substring(0, n - 4))) {
                if (LEXICON.containsKey(stem)) {
                    return LEXICON.get(stem);   // "adding", "creating", "posting"
                }
            }
        }
        if (n > 5 && word.endsWith("ed") && word.charAt(n - 3) == word.charAt(n - 4)) {
            known = LEXICON.get(word.substring(0, n - 3));   // "logged", "tagged", "dropped"
            if (known != null) {
                return known;
            }
        }
        if (n > 4 && word.startsWith("re") && !word.startsWith("retur")) {
            String again = concept(word.substring(2));
            if (again != null && Set.of("get", "find", "send").contains(again)) {
                // "retrouve", "relis", "renvoyer", "resend": reading, finding or sending again is the same step ("relance"
                // stays a reminder)
                return again;
            }
        }
        List<String> terms = Vocabulary.terms(word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
        return terms.isEmpty() ? null : terms.get(0);
    }

    /** Concepts of a text, in order, stop words dropped. */
    static List<String> concepts(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(plain(text == null ? "" : text.replace('_', ' ')))) {
            String c = concept(word);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
