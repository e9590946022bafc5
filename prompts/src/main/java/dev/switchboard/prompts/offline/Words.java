package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.search.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
            "please", "pls", "plz", "kindly", "svp", "stp", "plait", "merci", "could", "can", "would", "you", "i", "je", "j", "want", "wants",
            "like", "veux", "voudrais", "aimerais", "souhaite", "souhaiterais", "faudrait", "faut",
            "gets", "got", "gotten",   // "gets updated": the passive, not a read
            // the words that open an event say when, not what: "each time" must not match a trigger's "every time" text
            "when", "whenever", "once", "each", "every", "time", "quand", "lorsque", "lorsqu", "chaque", "fois");

    static {
        add("send", "send", "sends", "envoyer", "envoie", "envoyez", "envoi", "post", "poster", "publier", "publish",
                "notify", "notified", "notifie", "notifiee", "notifies", "notifier", "prevenir", "previens", "prevenu", "prevenue", "prevenus", "prevenues", "alert", "alerter", "avertir", "informer", "inform", "warn", "tell",
                "ping", "page", "announce", "annoncer", "transmettre", "forward", "transferer", "sent", "envoye", "envoyee", "envoyes", "envoyees", "remind",
                "rappeler", "signaler", "attach", "joindre", "attacher",
                "partir", "parte", "partent", "aille", "aillent",
                "recoive",   // "que le client reçoive le PDF": it is sent to them   // "que le PDF parte dans Dropbox": it goes there
                "relay", "relays", "relayed", "relayer", "relaye", "relayee", "relayes", "relayees");   // « relayé par un message »
        add("email", "email", "emails", "mail", "mails", "courriel", "courriels", "mel");
        add("create", "create", "creates", "created", "creer", "cree", "creee", "crees", "creees", "open", "ouvrir",
                "generate", "generer", "make", "block", "bloquer", "reserver", "book", "produce", "produire", "draft",
                "rediger", "etablir", "turn", "opened", "schedule", "planifier", "planifiez");
        add("add", "add", "adds", "added", "ajouter", "ajoute", "rajouter", "rajoute", "rajoutez", "ajoutee", "ajoutes", "append", "insert", "paste", "coller", "colle", "collez", "inserer",
                "inscrire", "inscris", "inscrivez", "inscrit", "inscrite", "enroll", "subscribe", "log", "journaliser", "consigner", "tracer", "track", "noter");
        add("upload", "upload", "uploaded", "televerser", "deposer", "depose", "store", "stocker", "save", "saved",
                "sauvegarder", "enregistrer", "mettre", "mets", "mettez", "archiver", "archive", "copy", "copier", "recopier", "recopie", "recopiez", "put", "placer", "replace", "remplacer", "ranger", "rangee", "rangees", "rangez", "classer", "classez", "poser", "drop",
                "archived", "archivee", "archivees", "archivez", "stored",
                "remember", "memorize", "memorise", "memoriser", "retenir", "retiens");   // kept for a later run: stored
        add("download", "download", "telecharger", "downloads");
        add("class", "class", "classes", "classe");   // « la classe et les dates »: a school class, not « classer »
        add("export", "export", "exporter", "exports");
        add("get", "get", "fetch", "read", "lire", "obtenir", "recuperer", "retrieve", "lister", "consulter", "collect",
                "collecter", "pull", "grab", "take", "prendre", "prends", "prenez", "lis", "lisez", "sortir", "sors", "sortez", "extraire", "extrais", "parcourir", "parcours", "parcourez", "browse", "check", "verifier", "controler", "monitor", "surveiller", "poll", "interroger",
                "relire", "relis", "relu", "relue", "relus", "relues",   // « la fiche doit être relue »: read again
                "compter", "comptez");   // what is counted is read first ("count" is as often the noun: "stock count")
        add("find", "look", "lookup", "chercher", "rechercher", "search", "find", "trouver", "query", "filter", "filtrer",
                "retrouver", "retrouve", "retrouves", "retrouvez", "cherche", "cherches", "cherchez");
        add("update", "update", "updates", "updated", "repercuter", "repercute", "repercutez", "modifier", "modifie", "modifiee", "modify", "change", "changed",
                "edit", "edited", "maj", "actualiser", "set",
                "modif", "modifs", "correct", "corrects", "corrected", "corrige", "corriger", "corrigee", "corrigez");   // nouns of the event and "correct" ("modification" is also a right: « partager en modification »)
        add("delete", "delete", "deleted", "supprimer", "supprime", "supprimee", "remove", "removed", "effacer", "erase",
                "deletion", "deletions", "removal", "suppression", "suppressions");   // the nouns of the event
        add("push", "push", "pushed", "pushes", "pousser", "pousse", "poussee", "pousses", "poussez", "poussons", "dispatch", "assign", "assigner", "affecter");
        add("call", "call", "appeler", "appelle", "appelez", "appel", "request", "requete", "invoke", "invoquer", "hit", "webservice");
        add("share", "share", "partager");
        add("reply", "reply", "repondre", "reponds", "repondez", "reponde", "repondent", "replies", "answer", "respond", "responds", "acknowledge", "acquitter");
        add("comment", "comment", "commentaire", "commenter");
        add("move", "move", "deplacer", "transition", "passer");
        add("transitions", "transitions");   // "get the possible transitions": a list of them, not a move
        add("execute", "execute", "executer", "run", "lancer", "declencher");
        add("flow", "flow", "flows", "flux", "workflow", "workflows");
        add("approval", "approval", "approbation", "approve", "approuver", "validation", "sign-off", "accord", "valider");
        add("signature", "signature", "signatures", "signing", "esignature", "e-signature", "signer", "faire signer");
        add("mark", "mark", "marquer", "flag", "flagger", "tag");
        add("format", "format", "formater", "formatter", "reformat", "reformater", "convert", "convertir", "convertissez");
        add("transform", "transform", "transformer", "reshape", "compute", "calculer");
        add("parse", "parse", "parser", "decode", "decoder");
        add("wait", "wait", "attendre", "attends", "attendez", "patienter", "patientez", "delay", "pause", "later", "plus tard");
        // nouns of office tools
        add("message", "message", "messages", "msg", "msgs", "note", "dm", "dms", "notif", "notifs");
        add("status", "status", "statut", "statuts");
        add("leader", "leader", "leaders", "responsable", "responsables", "manager", "managers", "chef", "chefs");
        add("pdf", "pdf");
        add("word", "word", "docx");   // a file format: "the Word export"
        add("account", "account", "accounts", "compte", "comptes");   // « chaque nouveau compte »: a noun, not « compter »
        add("service", "service", "services", "prestation", "prestations");   // what a home-care agency delivers
        add("excel", "excel", "xlsx", "xls");
        add("report", "report", "rapport", "compte-rendu", "summary", "resume", "synthese");
        add("file", "file", "files", "fichier", "fichiers", "document", "doc", "attachment", "piece", "jointe", "version");
        add("folder", "folder", "dossier", "repertoire", "directory");
        add("row", "row", "rows", "ligne", "lignes", "line", "lines");
        add("link", "link", "links", "lien", "liens", "url", "hyperlink");
        add("sheet", "sheet", "sheets", "tableur", "feuille", "spreadsheet");
        add("card", "card", "carte", "cards", "cartes");
        add("issue", "issue", "ticket", "tickets", "bug");
        add("lead", "lead", "leads", "prospect", "prospects", "piste");
        add("opportunity", "opportunity", "opportunities", "opportunite", "opportunites", "opp", "opps", "oppty", "oppties", "deal",
                "affaire");
        add("quote", "quote", "devis", "quotation");
        add("campaign", "campaign", "campaigns", "campagne", "campagnes", "newsletter", "newsletters", "infolettre", "infolettres");
        add("record", "record", "enregistrement");
        add("customer", "customer", "client", "clients", "customers");
        add("event", "event", "evenement", "rendez-vous", "rdv", "creneau", "slot", "meeting", "reunion", "appointment",
                "reservation", "reservations");
        add("calendar", "calendar", "agenda", "calendrier");
        add("member", "member", "membre", "subscriber", "abonne", "respondent", "repondant");
        add("item", "item", "items", "element", "elements");
        add("list", "list", "liste", "listes", "lists");
        // "a meter reading form", "the readings": what was read off a meter, a noun, no order to read
        add("reading", "reading", "readings");
        add("data", "data", "donnee", "donnees", "submission", "soumission", "saisie",
                "entry", "entries", "entree", "entrees");   // what one fills in a form: its entries are its data
        add("form", "form", "forms", "formulaire", "formulaires");
        add("channel", "channel", "canal", "chaine");
        add("key", "key", "keys", "cle", "cles");
        add("chat", "chat", "chats", "tchat", "messaging", "messagerie");
        add("prefill", "prefill", "prefilled", "pre-filled", "prerempli", "preremplie", "preremplis", "preremplies", "pre-rempli",
                "pre-remplie", "preremplir");   // « le formulaire prérempli envoyé au technicien »: a push of prefilled data
        add("statistic", "statistic", "statistics", "statistique", "statistiques", "stats");
        add("user", "user", "users", "utilisateur", "utilisateurs");
        add("employee", "employee", "employees", "employe", "employes", "salarie", "salaries", "staff",
                "intervenant", "intervenante", "intervenants", "intervenantes", "caregiver", "caregivers", "carer", "carers");
        add("custom", "custom", "personnalise", "personnalisee", "personnalises", "personnalisees", "sur-mesure", "perso", "bespoke");
        add("response", "response", "reponse", "reponses", "answers");
        // what happened, for triggers
        add("new", "new", "nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles");
        add("finish", "finished", "finish", "termine", "terminee", "termines", "terminees", "fini", "finie", "completed",
                "complete", "completee", "done", "acheve", "achevee", "cloture", "cloturee", "submitted", "soumis",
                "soumise", "closed", "close", "closes", "clore", "cloturer", "fin", "end", "ended", "validated", "validate", "validates", "valide", "validee", "finalized", "finalised", "finalise", "finalisee", "rempli", "remplie", "filled", "signed", "signe", "submit", "submits",
                "soumettre", "soumet",
                // filling a form in is what finishing it is: "remplit le formulaire", "fill in", "saisi dans Kizeo"
                "remplir", "remplit", "remplissent", "fill", "fills", "saisi", "saisis",
                "finit", "finissent", "finishes", "finalizes", "completes");
        add("receive", "received", "receive", "recoit", "recu", "recue", "recus", "recues", "arrive", "arrives", "arrivee",
                "incoming", "entrant", "entrante", "reception", "receipt", "receptionner", "receptionne", "receptionnee",
                "receptionnes", "receptionnees");
        add("devic", "device", "devices", "terminal", "terminaux", "appareil", "appareils", "tablet", "tablets", "tablette",
                "tablettes", "smartphone", "smartphones");   // the catalog's stem of "device"
        add("date", "date", "dates", "yyyy", "aaaa", "timestamp", "datetime", "iso");   // "dd/mm/yyyy": a date's pattern
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

    /** Lower case, accents removed, apostrophes and "e-mail" made plain (see {@link Plain}). */
    static String plain(String text) {
        return Plain.of(text);
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
        int dash = word.indexOf('-');
        if (dash > 0 && STOP.contains(word.substring(0, dash))) {
            return null;   // "on-call", "in-house", "on-site": a compound opened by a preposition qualifies a noun, it orders nothing
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
        if (n > 5 && (word.endsWith("ied") || word.endsWith("ies")) && LEXICON.containsKey(word.substring(0, n - 3) + "y")) {
            return LEXICON.get(word.substring(0, n - 3) + "y");   // "copied", "replies": the "-y" word
        }
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
