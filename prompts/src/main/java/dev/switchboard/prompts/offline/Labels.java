package dev.switchboard.prompts.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description laid out as labelled parts, "Trigger: a new row in Airtable. Then: create a HubSpot deal", says the
 * same as "when a new row in Airtable, create a HubSpot deal": the label names the event, so the words after it are
 * read as an event rather than as a step.
 *
 * <pre>{@code
 * Labels.rewrite("trigger: new card in trello. then: post in slack");   // "when new card in trello, post in slack"
 * Labels.rewrite("post in slack");                                      // unchanged
 * }</pre>
 */
final class Labels {

    /** "trigger: X. then: Y" (« déclencheur : X. puis : Y »), on one line or two; "then:" may already be gone from plain text. */
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(?:[-*•]\\s*)?(?:(?:when|quand)\\s+)?(?:trigger|declencheur)\\s*:\\s*([^.;\\n]+?)\\s*[.;\\n]\\s*(?:(?:then|puis|ensuite)\\s*:?\\s*)?(.+)$",
            Pattern.DOTALL);

    private Labels() {
    }

    /** The {@code plain} text with its "trigger: … then: …" labels read as "when …, …"; otherwise unchanged. */
    static String rewrite(String plain) {
        Matcher labelled = LABELLED.matcher(plain);
        if (!labelled.find()) {
            return plain;
        }
        return "when " + labelled.group(1).strip() + ", " + labelled.group(2).strip();
    }
}
