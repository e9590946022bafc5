package dev.switchboard.prompts.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request written as a user story: "As the support lead, I want each e-mail arriving in Outlook to open an incident
 * in ServiceNow". Who asks adds no step, and "I want every X to do Y" says the event (every X) before the order (do Y),
 * so it is read as "on every X, do Y".
 *
 * <pre>{@code
 * Stories.plain("as a pm, i want every new row in google sheets to become a card in trello", apps::named);
 * // "on every new row in google sheets, become a card in trello"
 * }</pre>
 */
final class Stories {

    /** "as an account manager,", "as a pm who lives in outlook", « en tant que chargée de compte, »: the asker's role. */
    private static final Pattern ROLE = Pattern.compile("(?:^|(?<=[.;:!?]\\s?))\\s*(?:as (?:(?:a|an|the|our|my)\\s)?[a-z0-9 -]{1,40}?"
            + "(?:\\s(?:who|that)\\s[^,.;]{1,40}?)?|en tant que [^,.;]{1,50}?)\\s*,?\\s+(?=(?:i|we) (?:want|need|would|d|wish)\\b"
            + "|(?:je|j|nous|on) (?:veux|voudrais|souhaite|aimerais|voulons|voudrions|souhaitons|veut|voudrait|aimerions)\\b)"
            // « En tant que responsable, je veux que : … » once « je veux que » is gone: the role and its comma are left
            + "|(?:^|(?<=[.;:!?]\\s?))\\s*en tant que [^,.;]{1,50}?\\s*,\\s*:?");
    /** "i want every X to …", "we need the pdf of each X to be …": the wish, an optional thing of the event, the event. */
    private static final Pattern WISH = Pattern.compile("\\b(?:i|we) (?:want|need|would like|d like|wish)\\s+(?:that\\s+)?"
            + "(?:((?:the|a|an|our|their)\\s[a-z0-9 _-]{1,40}?)\\s(?:of|from|for)\\s)?((?:every|each|any|all)\\s(?!one\\b|of\\b|them\\b|those\\b)[^,.;:]{3,160})");
    private static final Pattern TO = Pattern.compile("\\sto(?:\\s+(be\\s+)?([a-z]+)|\\s*(?=[:,]))");

    private static final Pattern PARTICIPLE = Pattern.compile("\\s([a-z]+(?:ed|en)|sent|put|made|set)\\s");

    private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("\\b(?:the|a|an|our|my|their|its|your)$");

    /**
     * A scenario: what is given is the event, unless its "when" names an app of its own. A "when" that names none
     * ("when the flow runs", « quand le fichier apparaît ») restates it and goes; "then" opens the orders.
     */
    private static String scenario(String plain, java.util.function.Predicate<String> namesApp) {
        Matcher given = GIVEN.matcher(plain);
        if (!given.find()) {
            return plain;
        }
        Matcher when = WHEN.matcher(plain);
        String out = plain;
        if (when.find(given.end()) && !namesApp.test(when.group(1))) {
            out = plain.substring(0, when.start()) + plain.substring(when.end());
            out = out.substring(0, given.start()) + (given.group().contains("etant") ? " quand " : " when ") + out.substring(given.end());
        }
        return THEN.matcher(out).replaceAll(" ");
    }

    private static final Pattern NEW = Pattern.compile("(?:every|each|any|all)\\s(?:new|nouvel|nouvelle|nouveau)\\b");

    /** Given / When / Then, « Étant donné / Quand / Alors », each opening a sentence. */
    private static final Pattern GIVEN = Pattern.compile("(?:^|(?<=[.;]\\s))\\s*(?:given|etant donne|etant donnee|etant donnes)\\s+");
    private static final Pattern WHEN = Pattern.compile("(?:^|(?<=[.;]\\s))\\s*(?:when|quand|lorsque|lorsqu)\\s+([^.;]*)[.;]\\s*");
    private static final Pattern THEN = Pattern.compile("(?:^|(?<=[.;]\\s))\\s*(?:then|alors)\\s+");

    private Stories() {
    }

    static String plain(String plain, java.util.function.Predicate<String> namesApp) {
        String out = scenario(ROLE.matcher(plain).replaceAll(" "), namesApp);
        Matcher wish = WISH.matcher(out);
        if (!wish.find()) {
            return out;
        }
        String event = wish.group(2);
        Matcher to = TO.matcher(event);
        while (to.find()) {
            String verb = to.group(2);
            if (verb == null || to.group(1) != null || verb.equals("become") || Words.VERBS.contains(String.valueOf(Words.concept(verb))) && Verbs.isInfinitive(verb)) {
                String thing = wish.group(1) == null ? "" : wish.group(1) + " ";
                // "the pdf to be saved in Drive", "to be created as a lead": said as what should be done to it
                String order = to.group(1) != null ? (thing.isEmpty() ? "it " : thing) + "should be " + verb : verb == null ? "" : thing + verb;
                return onEvent(out, wish, event.substring(0, to.start()), order + event.substring(to.end()));
            }
        }
        // "i want every event added to the calendar copied into Outlook": the second participle is what is done to it
        Matcher participle = PARTICIPLE.matcher(event);
        int seen = NEW.matcher(event).lookingAt() ? 1 : 0;   // "every new lead copied into X": "new" already says the event
        while (participle.find()) {
            boolean adjective = ADJECTIVE_BEFORE.matcher(event.substring(0, participle.start())).find();   // "the shared calendar"
            if (adjective || !Words.VERBS.contains(String.valueOf(Words.concept(participle.group(1)))) || seen++ == 0) {
                continue;
            }
            String thing = wish.group(1) == null ? "it " : wish.group(1) + " ";
            return onEvent(out, wish, event.substring(0, participle.start()), thing + "should be " + event.substring(participle.start(1)));
        }
        return out;
    }

    /** The text with its wish said as "on EVENT, ORDER". */
    private static String onEvent(String text, Matcher wish, String event, String order) {
        return text.substring(0, wish.start()) + "on " + event + ", " + order + text.substring(wish.end());
    }
}
