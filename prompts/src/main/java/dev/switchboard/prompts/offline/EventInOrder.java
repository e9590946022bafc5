package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.Clauses.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event said inside an order or after it: "log every report in the sheet" (each report handed in is the event),
 * « envoie un message à chaque audit terminé », and a condition said after the event ("post in #ops when a report comes
 * in, but only when it is urgent") that guards the order said before it.
 *
 * <pre>{@code
 * EventInOrder.record("log every report in the sheet");   // ["every report", "log it in the sheet"]
 * EventInOrder.inside("envoie un message a chaque audit termine");   // where "a chaque…" starts
 * }</pre>
 */
final class EventInOrder {

    /** "every report", « chaque réponse »: what a form's user hands in, one at a time. */
    private static final Pattern EVERY_RECORD = Pattern.compile("\\s(?:every|each|chaque)\\s+(?:[a-z-]+\\s+){0,2}?(?:reports?|submissions?|"
            + "responses?|entries|entry|rapports?|reponses?|saisies?|soumissions?|fiches?)(?=\\s)");

    /** « à chaque audit terminé », "after each visit completed", "on every new lead": an event inside an order. */
    private static final Pattern EACH_EVENT = Pattern.compile("\\s(?:a chaque|apres chaque|after each|after every|on each|on every|upon each)"
            + "((?:\\s+(?!(?:to|in|on|into|from|a|au|dans|sur|de|du|des|vers|and|et|fois|time)\\b)[a-z0-9_-]+){1,4})");

    private static final java.util.Set<String> EVENT_WORDS = java.util.Set.of("finish", "send", "receive", "create", "add", "update",
            "delete", "upload", "new");

    private EventInOrder() {
    }

    /** "every work order the office pushes to technicians (in Kizeo)", « chaque mission que le bureau envoie aux agents ». */
    private static final Pattern EVERY_SENT = Pattern.compile("\\s(?:every|each|chaque)\\s+(?:[a-z-]+\\s+){1,3}?(?:that\\s+|which\\s+|que\\s+|"
            + "qu\\s+)?(?:the\\s+|le\\s+)?(?:office|bureau|dispatch|dispatcher|planner|planning|we|nous|on)\\s+(?:pushes|push|sends|send|"
            + "envoie|envoient|envoyons|pousse|poussons)\\s+(?:to|a|au|aux)\\s+\\S+(?:\\s+(?:in|on|from|via|through|dans|sur|depuis|avec)\\s+"
            + "[a-z]+(?:\\s+forms)?)?(?=\\s)");

    /** {@code [event, order]} for an order on "every report" ("log every report in the sheet"), or null. */
    static String[] record(String text) {
        String padded = " " + text + " ";
        Matcher m = EVERY_RECORD.matcher(padded);
        if (!m.find() || m.start() == 0) {
            m = EVERY_SENT.matcher(padded);   // "log every work order the office pushes to technicians…"
            if (!m.find() || m.start() == 0) {
                return null;
            }
        }
        if (Verbs.startsWithVerb(text) != 0) {
            return null;
        }
        return new String[] {m.group().strip(), (padded.substring(0, m.start()) + " it " + padded.substring(m.end())).strip()};
    }

    /** Where an event said inside an order starts ({@link #EACH_EVENT}), or -1. */
    static int inside(String text) {
        Matcher m = EACH_EVENT.matcher(" " + text);
        if (!m.find() || m.start() == 0) {
            return -1;
        }
        boolean event = Words.words(m.group(1)).stream().map(Words::concept).anyMatch(EVENT_WORDS::contains)
                || Clauses.NEW_WORD.matcher(m.group(1)).find();
        return event ? m.start() : -1;
    }

    /**
     * What follows "for each" when it is an event ("an incident created for each submitted form", « pour chaque fiche
     * terminée »): a thing handed in, said with its participle; empty when it is not one.
     */
    static java.util.Optional<String> handedIn(String afterEach) {
        List<String> words = Words.words(afterEach);
        boolean handedIn = !words.isEmpty() && words.size() <= 3 && words.stream().map(Words::concept).anyMatch("finish"::equals);
        return handedIn ? java.util.Optional.of("each " + afterEach.strip()) : java.util.Optional.empty();
    }

    /**
     * "Post in #incidents when a report comes in, but only when the severity is high": a condition said last, with no
     * order after it, guards the order said before the event.
     */
    static List<Part> guardsBefore(List<Part> parts) {
        int last = parts.size() - 1;
        while (last >= 0 && parts.get(last).role() == Role.CONTEXT) {
            last--;
        }
        if (last < 2 || parts.get(last).role() != Role.CONDITION || parts.get(last - 1).role() != Role.TRIGGER
                || parts.get(last - 2).role() != Role.ACTION) {
            return parts;
        }
        List<Part> moved = new ArrayList<>(parts);
        moved.add(last - 2, moved.remove(last));
        return moved;
    }
}
