package dev.switchboard.prompts.offline;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What comes before the first colon of a description, when it orders nothing. Followed by an order, a noun group that
 * names where things happen (an app, a #channel) or something new is the event, as if an arrow followed it: "messages
 * posted in #help: add a reaction" is "when messages posted in #help, add a reaction". Followed by an event, a time or a
 * condition, it is only a label ("Churn watch: every Monday…") and adds nothing. Works on plain text, literals masked.
 *
 * <pre>{@code
 * Opening.event("replies to the google form zlit0: open an incident", apps::named);   // "when replies to the google form zlit0, open an incident"
 * Opening.event("churn watch: every monday at 9, post the list", apps::named);         // "every monday at 9, post the list"
 * }</pre>
 */
final class Opening {

    /** The opening words and the rest: a colon that is no clock ("at 9:30") and no address ("https://"). */
    private static final Pattern OPENING = Pattern.compile("^\\s*([^:.;!?()]{3,120}?)\\s*:(?![\\d/])\\s*(\\S.*)$", Pattern.DOTALL);
    /** Opening words that say how the flow starts or what it is ("Trigger:", "Manual flow:", "Webhook:"), never its event. */
    private static final Pattern NOT_EVENT = Pattern.compile("\\b(?:webhook|hook|manual|manuel|manuelle|trigger|declencheur|action|"
            + "actions|step|steps|etape|etapes|flow|flux|need|needs|besoin|input|inputs|entree|goal|but|objectif)\\b");
    private static final Pattern NEW = Pattern.compile("^(?:a |an |any |un |une |le |la |les )?(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles)\\s");

    private Opening() {
    }

    /**
     * The plain text with a verbless opening read as the event ("when …, …") or, before an event, a time or a condition,
     * without its label; otherwise unchanged. {@code place} tells whether words name where something happens (an app).
     */
    static String event(String plain, Predicate<String> place) {
        Matcher m = OPENING.matcher(plain);
        if (!m.find()) {
            return plain;
        }
        String words = m.group(1).strip();
        String rest = m.group(2);
        if (NOT_EVENT.matcher(words).find() || Verbs.verbAfter(words, 0) == 0
                || Clauses.isEventPhrase(words) || Timing.isRecurring(words) || Clauses.IF_START.matcher(words).find()
                || Asides.ABOUT_US.matcher(words).find() || Asides.OUR_PEOPLE.matcher(words).find()) {
            return plain;
        }
        boolean labelled = Clauses.TRIGGER_AT_START.matcher(rest).find() || Timing.isRecurring(rest.split("[,.;]")[0])
                || Clauses.IF_START.matcher(rest).find();
        if (labelled) {
            // "onboarding dispatch: every weekday at 6am read the sheet": the label is a name, the time says the start (a
            // label that names an app stays: it may be where the event happens)
            return place.test(words) || Heading.of(plain).isPresent() ? plain : rest;
        }
        boolean named = place.test(words) || words.contains(Literals.MARK) || NEW.matcher(words).find();
        if (!named || Verbs.verbAfter(words, 0) >= 0 || Verbs.startsWithVerb(rest) != 0 || Heading.of(plain).isPresent() && !NEW.matcher(words).find()) {
            return plain;   // "gmail: forward every invoice…" is where the rest happens (a heading), not an event
        }
        // "nouveau lead salesforce : l'ajouter à l'audience": the noun group is what happens, the order follows
        return "when " + words + ", " + rest;
    }
}
