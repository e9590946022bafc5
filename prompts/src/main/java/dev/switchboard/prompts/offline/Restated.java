package dev.switchboard.prompts.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a request says twice: a lead-in before a colon that the sentence after it says in full ("Please alert the
 * warehouse: every deletion must be reported by a Slack message"), "once approved" after the step that asks for
 * the approval (the approval step already stops a refused run), and an order the app has no action for that a later
 * API call does ("create their Kizeo user; there is no dedicated action, so call the Kizeo API directly").
 *
 * <pre>{@code
 * Restated.apply(parts, plain);   // [ACTION "alert the team", TRIGGER …, ACTION "report by a message"] → the lead-in is context
 * }</pre>
 */
final class Restated {

    private static final String WHO = "(?:(?:it|he|she|they|i|we|the manager|il|elle|ils|elles|je|j|nous|on|c|ce|ca)\\s+)?";

    /** "once approved", « une fois validé », "if she approves", « si je dis oui »: the approval's yes, said after it. */
    private static final Pattern YES = Pattern.compile("^(?:(?:and|et)\\s+)?(?:(?:once|if|when|after|une fois|si|s|des que|apres)\\s+)?"
            + WHO + "(?:(?:is|has been|was|est|a ete)\\s+)?"
            + "(?:approved|approves|approve|validated|validates|accepted|accepts|approuve|approuvee|approuves|approuvees|valide|validee|"
            + "valides|validees|accepte|acceptee|(?:says?|dis|dit)\\s+(?:yes|oui|ok))$");

    /** "if I reject", « s'il refuse », « si je dis non »: the approval's no. */
    private static final Pattern NO = Pattern.compile("^(?:(?:and|et)\\s+)?(?:(?:if|when|si|s|quand)\\s+)?" + WHO
            + "(?:(?:is|was|est)\\s+)?(?:rejected|rejects|reject|refused|refuses|refuse|declined|declines|decline|refusee?s?|rejetee?s?|rejette|"
            + "not approved|pas approuvee?s?|pas validee?s?|(?:says?|dis|dit)\\s+(?:no|non))");

    /** "do nothing", « on ne fait rien »: what a no that ends the run says. */
    private static final String NOTHING_WORDS = "(?:do nothing|nothing happens|nothing|on ne fait rien|rien|ne rien faire|il ne se passe rien)";
    /** "…, do nothing" after an answer, or nothing more. */
    private static final Pattern NOTHING = Pattern.compile("(?:[,\\s]+" + NOTHING_WORDS + ")?$");
    /** A part that only says nothing is done. */
    private static final Pattern NOTHING_ONLY = Pattern.compile(NOTHING_WORDS + "$");

    /** The condition on the approval's yes; {@link Assembly} makes it an if on the approval's value. */
    static final String APPROVED = "approved";
    /** The condition on the approval's no, when no yes branch was said before it. */
    static final String REJECTED = "not approved";

    /** "there's no dedicated action for user creation", « il n'y a pas d'action dédiée »: the app lacks the order. */
    private static final Pattern NO_ACTION = Pattern.compile("\\b(?:no|not any|pas d|pas de|aucune)\\s+(?:dedicated\\s+|specific\\s+|"
            + "built-in\\s+)?(?:action|step|operation|endpoint)s?\\b|\\b(?:action|etape)s?\\s+(?:dediee|specifique)s?\\b");
    private static final Pattern CALL = Pattern.compile("\\b(?:api|http|endpoint|request|requete)\\b");

    private Restated() {
    }

    /** "once approved" after the sentence that asks for the approval: its yes, so no event and no step. */
    static boolean approvedAfter(List<Clauses.Part> before, String text) {
        boolean answered = said(text, YES) && !Clauses.IF_START.matcher(text).find()
                || said(text, NO) && NOTHING_ONLY.matcher(text.strip()).find();
        // the approval may be asked in an order or in the event's sentence ("when … it has to be approved by the manager first")
        return answered && before.stream().anyMatch(p -> Words.concepts(p.text()).contains("approval"));
    }

    private static boolean said(String text, Pattern answer) {
        java.util.regex.Matcher m = answer.matcher(text.strip());
        return m.lookingAt() && NOTHING.matcher(text.strip().substring(m.end())).matches();
    }

    /** Whether an order follows part {@code i} before the next condition, else or event. */
    private static boolean orderFollows(List<Clauses.Part> parts, int i) {
        for (int j = i + 1; j < parts.size(); j++) {
            Clauses.Role role = parts.get(j).role();
            if (role == Clauses.Role.ACTION) {
                return !NOTHING_ONLY.matcher(parts.get(j).text().strip()).lookingAt();   // "if rejected, do nothing"
            }
            if (role != Clauses.Role.CONTEXT) {
                return false;
            }
        }
        return false;
    }

    static List<Clauses.Part> apply(List<Clauses.Part> parts, String plain) {
        List<Clauses.Part> out = new ArrayList<>(parts.size());
        boolean approvalAsked = false;
        boolean yesSaid = false;
        // "if approved, A; if rejected, B": with orders on the no, both answers are branches (the approval then goes on
        // when refused); without them a refusal just ends the run, and "if approved" adds nothing
        boolean noBranch = false;
        for (int i = 0; i < parts.size(); i++) {
            Clauses.Part p = parts.get(i);
            noBranch |= approvalAsked && p.role() == Clauses.Role.CONDITION && said(p.text(), NO) && orderFollows(parts, i);
            approvalAsked |= p.role() == Clauses.Role.ACTION && Words.concepts(p.text()).contains("approval");
        }
        approvalAsked = false;
        for (int i = 0; i < parts.size(); i++) {
            Clauses.Part p = parts.get(i);
            if (approvalAsked && p.role() != Clauses.Role.TRIGGER && said(p.text(), YES)) {
                if (noBranch && p.role() == Clauses.Role.CONDITION) {
                    out.add(new Clauses.Part(Clauses.Role.CONDITION, APPROVED));
                    yesSaid = true;
                }
                continue;
            }
            if (approvalAsked && p.role() != Clauses.Role.TRIGGER && said(p.text(), NO)) {
                if (noBranch && p.role() == Clauses.Role.CONDITION && orderFollows(parts, i)) {
                    out.add(yesSaid ? new Clauses.Part(Clauses.Role.ELSE, "") : new Clauses.Part(Clauses.Role.CONDITION, REJECTED));
                }
                continue;
            }
            approvalAsked |= p.role() == Clauses.Role.ACTION && Words.concepts(p.text()).contains("approval");
            if (doneByTheCall(parts, i) || doneByTheCall(parts, i + 1)) {
                continue;   // the order the call does, and the sentence saying so: no step, and no app of their own for the event
            }
            out.add(leadIn(parts, i, plain) ? new Clauses.Part(Clauses.Role.CONTEXT, p.text()) : p);
        }
        return out;
    }

    /**
     * "create their Kizeo user. There's no dedicated action for that, so call the Kizeo API directly": part {@code i} says
     * the app has no action for the order before it, and a later order calls the API, which does that order.
     */
    private static boolean doneByTheCall(List<Clauses.Part> parts, int i) {
        return i >= 1 && i + 1 < parts.size() && NO_ACTION.matcher(parts.get(i).text()).find()
                && parts.get(i - 1).role() == Clauses.Role.ACTION
                && parts.stream().skip(i + 1).anyMatch(p -> p.role() == Clauses.Role.ACTION && CALL.matcher(p.text()).find());
    }

    /**
     * Part {@code i} is the first order, said before a colon, and a later order does a like verb: "just put it in Slack:
     * whenever someone submits the form, ping #new-clients", « chaque trimestre, on veut rappeler aux clients leurs
     * déclarations : lis la liste…, envoie-lui un courriel de rappel ». Only context or the event may come before it.
     */
    private static boolean leadIn(List<Clauses.Part> parts, int i, String plain) {
        boolean eventNext = i + 1 < parts.size() && parts.get(i + 1).role() == Clauses.Role.TRIGGER;
        if (i + 2 >= parts.size() || parts.get(i).role() != Clauses.Role.ACTION || !eventNext && !WISH.matcher(parts.get(i).text()).lookingAt()
                || parts.stream().limit(i).anyMatch(p -> p.role() != Clauses.Role.CONTEXT && p.role() != Clauses.Role.TRIGGER)
                || !Pattern.compile(Pattern.quote(parts.get(i).text().strip()) + "\\s*:").matcher(plain).find()) {
            return false;
        }
        String verb = verb(parts.get(i).text());
        return verb != null && parts.stream().skip(i + 1)
                .anyMatch(p -> p.role() == Clauses.Role.ACTION && verb(p.text()) != null && Matcher.agrees(verb, verb(p.text())));
    }

    /** « on veut rappeler aux clients… : », "we want to remind clients:": the aim, before the orders that reach it. */
    private static final Pattern WISH = Pattern.compile("\\s*(?:on veut|on voudrait|nous voulons|nous voudrions|je veux|je voudrais|"
            + "we want to|we d like to|we would like to|i want to|i d like to|the goal is to|the idea is to|l objectif est de|l idee est de|"
            + "le but est de)\\s");

    private static String verb(String text) {
        return Words.concepts(text).stream().filter(Words.VERBS::contains).findFirst().orElse(null);
    }
}
