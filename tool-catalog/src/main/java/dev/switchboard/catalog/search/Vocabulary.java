package dev.switchboard.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns English or French text into search terms: lower case, accents removed, stop words
 * dropped, simple plural and verb endings trimmed, and French (and English) synonyms mapped to
 * one English term, so that "envoyer un courriel" finds "send_email".
 *
 * <pre>{@code
 * Vocabulary.terms("Envoyer des fichiers");   // [send, file]
 * }</pre>
 */
public final class Vocabulary {

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with",
            "from", "by", "at", "is", "it", "this", "that", "be", "as", "use", "when", "which", "its", "into", "your",
            "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "et", "ou", "dans", "sur", "pour", "avec",
            "par", "en", "au", "aux", "ce", "cette", "ces", "mon", "ma", "mes", "qui", "que", "quand", "est", "je",
            "me", "moi", "nous", "vous", "il", "elle", "son", "sa", "ses", "leur", "y");

    /** Synonyms and translations, after normalisation, to a shared English term. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("envoyer", "send"), Map.entry("envoie", "send"), Map.entry("envoi", "send"),
            Map.entry("poster", "send"), Map.entry("post", "send"), Map.entry("publier", "send"),
            Map.entry("courriel", "email"), Map.entry("mail", "email"), Map.entry("mails", "email"),
            Map.entry("gmail", "email"), Map.entry("message", "message"), Map.entry("msg", "message"),
            Map.entry("fichier", "file"), Map.entry("document", "file"), Map.entry("doc", "file"),
            Map.entry("pdf", "file"), Map.entry("piece", "attachment"), Map.entry("jointe", "attachment"),
            Map.entry("dossier", "folder"), Map.entry("repertoire", "folder"), Map.entry("directory", "folder"),
            Map.entry("creer", "create"), Map.entry("cree", "create"), Map.entry("nouveau", "new"),
            Map.entry("nouvelle", "new"), Map.entry("ajouter", "add"), Map.entry("ajoute", "add"),
            Map.entry("insert", "add"), Map.entry("append", "add"), Map.entry("inserer", "add"),
            Map.entry("modifier", "update"), Map.entry("mettre", "update"), Map.entry("jour", "update"),
            Map.entry("edit", "update"), Map.entry("change", "update"), Map.entry("maj", "update"),
            Map.entry("supprimer", "delete"), Map.entry("effacer", "delete"), Map.entry("remove", "delete"),
            Map.entry("lire", "get"), Map.entry("obtenir", "get"), Map.entry("recuperer", "get"),
            Map.entry("fetch", "get"), Map.entry("read", "get"), Map.entry("retrieve", "get"),
            Map.entry("lister", "list"), Map.entry("liste", "list"), Map.entry("tous", "all"), Map.entry("toutes", "all"),
            Map.entry("chercher", "find"), Map.entry("rechercher", "find"), Map.entry("search", "find"),
            Map.entry("trouver", "find"), Map.entry("query", "find"),
            Map.entry("telecharger", "download"), Map.entry("televerser", "upload"), Map.entry("deposer", "upload"),
            Map.entry("exporter", "export"), Map.entry("tableur", "sheet"), Map.entry("feuille", "sheet"),
            Map.entry("spreadsheet", "sheet"), Map.entry("excel", "sheet"), Map.entry("ligne", "row"),
            Map.entry("lignes", "row"), Map.entry("colonne", "column"),
            Map.entry("rendez", "event"), Map.entry("evenement", "event"), Map.entry("agenda", "calendar"),
            Map.entry("calendrier", "calendar"), Map.entry("reunion", "event"), Map.entry("meeting", "event"),
            Map.entry("formulaire", "form"), Map.entry("reponse", "response"), Map.entry("donnee", "data"),
            Map.entry("donnees", "data"), Map.entry("saisie", "data"),
            Map.entry("ticket", "issue"), Map.entry("tache", "task"), Map.entry("todo", "task"),
            Map.entry("commentaire", "comment"), Map.entry("carte", "card"),
            Map.entry("client", "customer"), Map.entry("contact", "contact"), Map.entry("devis", "quote"),
            Map.entry("opportunite", "opportunity"), Map.entry("affaire", "opportunity"), Map.entry("deal", "opportunity"),
            Map.entry("prospect", "lead"), Map.entry("piste", "lead"), Map.entry("enregistrement", "record"),
            Map.entry("utilisateur", "user"), Map.entry("utilisateurs", "user"), Map.entry("groupe", "group"),
            Map.entry("equipe", "team"), Map.entry("canal", "channel"), Map.entry("chaine", "channel"),
            Map.entry("membre", "member"), Map.entry("abonne", "member"), Map.entry("subscriber", "member"),
            Map.entry("campagne", "campaign"), Map.entry("rapport", "report"), Map.entry("statistique", "statistic"),
            Map.entry("stats", "statistic"), Map.entry("partager", "share"), Map.entry("planning", "planning"),
            Map.entry("fonction", "function"), Map.entry("executer", "execute"), Map.entry("run", "execute"),
            Map.entry("appeler", "call"), Map.entry("requete", "request"), Map.entry("stocker", "put"),
            Map.entry("store", "put"), Map.entry("save", "put"), Map.entry("enregistrer", "put"),
            Map.entry("date", "date"), Map.entry("heure", "time"), Map.entry("texte", "text"),
            Map.entry("transformer", "transform"), Map.entry("convertir", "transform"), Map.entry("convert", "transform"));

    private Vocabulary() {
    }

    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^a-z0-9]+")) {
            if (word.length() < 2 || STOP.contains(word)) {
                continue;
            }
            String mapped = SAME.get(word);
            if (mapped == null) {
                mapped = SAME.getOrDefault(stem(word), word);
            }
            terms.add(stem(mapped));
        }
        return terms;
    }

    /** A light stemmer: plural s/x, -ing, -ed and a final e go, so that create, creates and created meet. */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return stem(word.substring(0, word.length() - 1));
        }
        if (word.length() > 4 && word.endsWith("e")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
