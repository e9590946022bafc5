package dev.switchboard.prompts.offline;

import java.util.Collection;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An event clause that speaks of a form handed in without its event word: "every submission of the form", « à chaque
 * demande envoyée » in a request about a form, "Kizeo form 'Incident': log every report", "Our visits are done in Kizeo.
 * Each report…". It is said again with "submitted", so that {@link Start} finds the form app's "finished" event.
 *
 * <pre>{@code
 * HandedIn.said("every report", "kizeo form zlit0 : log every report", masked, described, index, planner::said);
 * // "every report submitted"
 * }</pre>
 */
final class HandedIn {

    private static final Pattern SENT = Pattern.compile("\\b(?:sent|envoyee?s?|transmise?s?)\\b");
    /** A form named ("the form 'X'", « la fiche « X » ») or used ("report incidents with a Kizeo form"). */
    private static final Pattern FORM = Pattern.compile("\\b(?:form|formulaire|fiche)\\s+(?:\\S+\\s+)?" + Literals.MARK
            + "\\d+|\\b(?:form|formulaire|fiche)\\s+[«\"“']|\\b(?:with|by|through|using|via|in|on|avec|par|dans|sur)\\s+"
            + "(?:a|an|the|our|un|une|le|la|l|notre)\\s+(?:[a-z]+\\s+)?(?:form|formulaire)\\b");
    /** "each report", « chaque rapport »: every one of what a form's users hand in. */
    private static final Pattern RECORD = Pattern.compile("\\b(?:every|each|any|chaque|tout|toute)\\s+"
            + "(?:[a-z-]+\\s+){0,2}?(?:reports?|rapports?|fiches?|submissions?|responses?|reponses?|saisies?|inspections?|audits?|"
            + "checklists?|visites?|visits?)\\b");
    /** "after parent-teacher week", « à la fin du trimestre »: a stretch of time, nothing handed in. */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:week|month|year|quarter|term|semester|semaine|mois|annee|trimestre|"
            + "semestre)s?\\b");
    private static final Pattern SUBMISSION = Pattern.compile("\\b(?:submissions?|soumissions?)\\b");

    private HandedIn() {
    }

    /**
     * @param request the whole request, plain; {@code masked} the same with its literals masked
     * @param described the apps the description names
     * @return the event clause, with "submitted" when what it speaks of is a form handed in
     */
    static String said(String event, String request, String masked, Collection<String> described, CatalogIndex index,
                       Function<String, Said> said) {
        boolean formNamed = FORM.matcher(request).find() || FORM.matcher(masked).find();
        boolean formSent = SENT.matcher(event).find() && formNamed;
        boolean formApp = described.stream().anyMatch(app -> index.triggers().stream()
                .anyMatch(t -> t.connector().app().equals(app) && t.strong().contains("finish")));
        boolean record = (formNamed || formApp && RECORD.matcher(event).find()) && !Timing.isRecurring(event) && !PERIOD.matcher(event).find()
                && said.apply(event).concepts().stream().noneMatch(c -> Words.VERBS.contains(c) || c.equals("new"));
        return SUBMISSION.matcher(event).find() || formSent || record ? event + " submitted" : event;
    }
}
