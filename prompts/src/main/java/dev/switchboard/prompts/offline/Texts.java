package dev.switchboard.prompts.offline;

import java.util.List;
import java.util.Set;

/**
 * What the planner says to the user, in English or French: the language of a description, the
 * questions it asks and the explanation of the draft.
 *
 * <pre>{@code
 * Texts fr = Texts.of("fr");
 * fr.connection("Slack");   // "Quelle connexion Slack le flux doit-il utiliser ?"
 * }</pre>
 */
record Texts(String lang) {

    private static final Set<String> FR = Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "puis", "quand",
            "lorsque", "lorsqu", "chaque", "dans", "sur", "pour", "avec", "est", "si", "sinon", "au", "aux", "qu", "tous",
            "envoyer", "creer", "ajouter", "mon", "ma", "mes", "nouvelle", "nouveau", "bonjour", "vous", "nous", "je",
            "merci", "comment", "ensuite", "toutes");
    private static final Set<String> EN = Set.of("the", "a", "an", "and", "then", "when", "every", "each", "in", "on", "to",
            "for", "with", "is", "if", "of", "my", "new", "send", "create", "add", "it", "whenever");

    static Texts of(String lang) {
        return new Texts("fr".equals(lang) ? "fr" : "en");
    }

    /** A greeting alone on its line: "Hello,", "Hi team!", « Bonjour à tous, », "Dear Sir or Madam,". */
    private static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile("(?iu)\\s*(?:hello|hi|hey|dear|good "
            + "(?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|madame|monsieur|cher|ch[eè]re|chers)\\b[^.!?\\n]{0,40}[,!.]?\\s*");

    /** The request's first line that is not a greeting ("Hello," above the text names no flow), or its first line. */
    static String firstLine(String request) {
        String[] lines = request.strip().split("\\R");
        for (String line : lines) {
            if (!line.isBlank() && !GREETING.matcher(line).matches()) {
                return line.strip();
            }
        }
        return lines[0];
    }

    /** "fr" when French words (or accents) outnumber English ones, else "en". */
    static String detect(String text) {
        int fr = text.matches("(?s).*[éèêàçùôîâû].*") ? 2 : 0;
        int en = 0;
        for (String w : Words.words(Words.plain(text))) {
            fr += FR.contains(w) ? 1 : 0;
            en += EN.contains(w) ? 1 : 0;
        }
        return fr > en ? "fr" : "en";
    }

    /** Words that mean something else in this language than in the shared lexicon (French "comment" is "how"). */
    boolean falseFriend(String plainWord) {
        return french() && FALSE_FRIENDS_FR.contains(plainWord);
    }

    private static final Set<String> FALSE_FRIENDS_FR = Set.of("comment", "pour", "car", "location", "sent", "file", "ping");

    boolean french() {
        return lang.equals("fr");
    }

    String value(String label, String where, String hint, String help) {
        String h = hint == null ? "" : french() ? " Vous avez indiqué « " + hint + " »." : " You mentioned \u201c" + hint + "\u201d.";
        String more = help == null || help.isBlank() ? "" : " (" + help + ")";
        return french() ? where + " : quelle valeur pour « " + label + " » ?" + h + more
                : where + ": what should \u201c" + label + "\u201d be?" + h + more;
    }

    String connection(String app) {
        return french() ? "Quelle connexion " + app + " le flux doit-il utiliser ?"
                : "Which " + app + " connection should the flow use?";
    }

    String condition(String said) {
        return french() ? "Quelle condition exacte (expression {{ … }}) pour « " + negated(said) + " » ?"
                : "What exact condition (a {{ … }} expression) for \u201c" + negated(said) + "\u201d?";
    }

    /** A condition said as "except when X" is written "!X" by {@link Unless}: the steps run when X does not hold. */
    private String negated(String said) {
        return !said.startsWith("!") ? said : (french() ? "non (" : "not (") + said.substring(1) + ")";
    }

    String loopItems(String said) {
        return french() ? "Sur quelle liste la boucle « pour chaque " + said + " » doit-elle tourner (expression {{ … }}) ?"
                : "Which list should the loop \u201cfor each " + said + "\u201d go through (a {{ … }} expression)?";
    }

    String approval(String said) {
        return french() ? "Approuver : " + said + " ?" : "Approve: " + said + "?";
    }

    String explanation(String start, List<String> steps, int questions) {
        String then = String.join(french() ? " ; " : "; ", steps);
        String open = questions == 0 ? "" : french() ? " " + questions + " question(s) à régler avant de publier."
                : " " + questions + " question(s) to answer before publishing.";
        return french() ? "Démarre " + start + ", puis : " + then + "." + open : "Starts " + start + ", then: " + then + "." + open;
    }

    String onSchedule(String cron, String zone) {
        return french() ? "selon le planning « " + cron + " » (" + zone + ")" : "on the schedule \u201c" + cron + "\u201d (" + zone + ")";
    }

    String onTrigger(String title, String app) {
        return french() ? "sur « " + title + " » (" + app + ")" : "on \u201c" + title + "\u201d (" + app + ")";
    }

    String byHand() {
        return french() ? "à la main" : "when run by hand";
    }

    String ifStep(String said) {
        return (french() ? "si " : "if ") + negated(said);
    }

    String elseStep() {
        return french() ? "sinon" : "otherwise";
    }

    String forEachStep(String said) {
        return french() ? "pour chaque " + said : "for each " + said;
    }

    String waitStep(String duration) {
        return french() ? "attendre " + duration : "wait " + duration;
    }

    /** The summary's words for a branch on the approval's answer. */
    String approvalAnswer(boolean yes) {
        return french() ? (yes ? "l'approbation est donnée" : "l'approbation est refusée") : (yes ? "it is approved" : "it is rejected");
    }

    String approvalStep() {
        return french() ? "demander une approbation" : "ask for approval";
    }

    String zone() {
        return french() ? "Europe/Paris" : "UTC";
    }
}
