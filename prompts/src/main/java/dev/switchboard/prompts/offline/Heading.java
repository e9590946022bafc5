package dev.switchboard.prompts.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few words and a colon heading a description name where the rest happens: "Gmail: when…",
 * « Slack : tous les lundis… ». Words that are themselves a start, a step or a time are not a place.
 *
 * <pre>{@code
 * Heading.of("gmail: when an invoice arrives, save it");   // Optional[gmail]
 * Heading.of("trigger: new file in dropbox");             // Optional.empty
 * }</pre>
 */
final class Heading {

    private static final Pattern HEADING = Pattern.compile("^\\s*([a-z0-9 -]{2,60}?)\\s*:(?![\\d/])\\s*");
    /** Heading words that are themselves a start or a step ("Webhook:", "Trigger:", "Action:"), not an app. */
    private static final Pattern NOT_AN_APP = Pattern.compile("\\b(?:webhook|hook|manual|manuel|trigger|declencheur|action|actions|"
            + "step|steps|etape|etapes|flow|flux|then|puis|ensuite|if|si)\\b");

    private Heading() {
    }

    /** The words of the heading ({@code plain} text), if it has one that says a place. */
    static Optional<String> of(String plain) {
        Matcher heading = HEADING.matcher(plain);
        if (!heading.find()) {
            return Optional.empty();
        }
        String words = heading.group(1).strip();
        // "Renewals shared mailbox (Outlook): on each new email…": before the event, a longer heading still says where it is
        // (there a participle such as "shared" is no order: only a verb that orders keeps it from being a place)
        int count = words.split("\\s+").length;
        // "Safety checklist on site (Kizeo form 'Safety walk'): when one is submitted…": up to eight words before the event
        boolean beforeEvent = count > 3 && count <= 8 && Clauses.isEventPhrase(plain.substring(heading.end()).split("[,.;]")[0]);
        boolean place = (count <= 3 || beforeEvent) && !NOT_AN_APP.matcher(words).find() && !Timing.isRecurring(words)
                && (beforeEvent ? Verbs.verbAfter(words, 0) < 0 : Words.concepts(words).stream().noneMatch(Words.VERBS::contains))
                && !Clauses.isEventPhrase(words) && !Clauses.NEW_AFTER_IF.matcher(words + " ").find();   // "New Jira issue: if …" says the event
        return place ? Optional.of(words) : Optional.empty();
    }

    /** The text after the heading: a heading's words hold no colon, so the first one ends it. */
    static String after(String plain) {
        return plain.substring(plain.indexOf(':') + 1);
    }
}
