package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.builder.Placeholders;
import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.offline.InputFiller.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Steps the words leave implicit or vague, chosen from the catalog and what the flow holds: the
 * item the event gave ("fetch the full record"), what a "check" reads, the things a loop goes
 * over, and a guessed step when apps are named but no order is recognised.
 *
 * <pre>{@code
 * Implicit.loopRead(matcher, said, context);   // "for each Jira issue of the week" on a schedule: jira.search_issues
 * }</pre>
 */
final class Implicit {

    private Implicit() {
    }

    /** Whether the action's id or title says one of the clause's objects (not only its verb). */
    static boolean says(ActionEntry a, List<String> concepts, String verb) {
        return concepts.stream().anyMatch(c -> !c.equals(verb) && a.strong().contains(c));
    }

    /**
     * "fetch the full record", « récupère son détail »: a read that names no app is of what the flow holds, the item
     * the event gave, unless the pick is of an app already in the flow and says what is read (an app never named, or
     * an action whose title says nothing of it, is a guess).
     */
    static Optional<ActionEntry> ofEvent(Matcher matcher, Optional<ActionEntry> found, List<String> concepts, String verb,
                                         List<Source> sources, Collection<String> context) {
        if (found.isPresent() && context.contains(found.get().connector().app()) && says(found.get(), concepts, verb)) {
            return found;
        }
        Optional<ActionEntry> ofEvent = matcher.reads().ofEvent(sources);
        return ofEvent.isPresent() ? ofEvent : found;
    }

    /**
     * "check the document's status: if it is signed": a read when what is checked belongs to an app a step brought
     * or the clause names (the document made earlier); a field of the event's own item ("check its priority") is in
     * hand, so the check is only the lead-in of the condition.
     */
    static Optional<ActionEntry> looked(Matcher matcher, Said said, Collection<String> context, String triggerApp) {
        List<String> objects = said.objects("get", false);
        // « cherche s'il existe déjà un ticket Jira »: whether one exists is asked of a search, not of a read by id
        boolean searched = said.concepts().contains("find") || said.concepts().contains("exist");
        Optional<ActionEntry> read = searched && !said.apps().isEmpty() && !said.apps().contains(triggerApp) ? Optional.empty()
                : matcher.action(objects, "get", said.apps(), context, false, false)
                .filter(a -> !a.connector().app().equals(triggerApp) && Matcher.agrees("get", a.verb())
                        && (context.contains(a.connector().app()) || said.apps().contains(a.connector().app()))
                        && says(a, objects, "get"));
        if (read.isPresent() || said.apps().isEmpty() || said.apps().contains(triggerApp)) {
            return read;
        }
        // "check in Salesforce whether the email is already known": whether the app has it is a search in that app; in an
        // app with no search ("check our storage whether we have seen it"), its read
        for (String verb : List.of("find", "get")) {
            Optional<ActionEntry> found = matcher.index().actions().stream()
                    .filter(a -> said.apps().contains(a.connector().app()) && verb.equals(a.verb()))
                    .max(java.util.Comparator.comparingLong(a -> objects.stream().filter(a.strong()::contains).count()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "for each open issue" with nothing in hand: the action that lists what the loop names. */
    static Optional<ActionEntry> loopRead(Matcher matcher, Said said, Collection<String> context) {
        List<String> read = new ArrayList<>(said.objects("get", false));
        read.add(0, "get");
        List<String> heads = said.objects("get", true).stream().filter(c -> !Words.VERBS.contains(c)).toList();
        return matcher.action(read, "get", said.apps(), context, false, false, heads, null).filter(Reads::readsMany);
    }

    /**
     * No order was recognised but apps were named ("Trello and Slack?"): rather than nothing, the main action of a
     * named app that does not start the flow, else a notification by e-mail; its inputs are asked.
     */
    static Optional<ActionEntry> guess(Matcher matcher, Set<String> named, String triggerApp) {
        return named.stream().filter(a -> !a.equals(triggerApp)).findFirst().flatMap(matcher::main)
                .or(() -> matcher.action(List.of("send", "email"), "send", Set.of(), Set.of(), false, false));
    }

    /**
     * "post on Slack the stats of last week's reports", « combien de fiches ont été remplies »: a message that carries
     * statistics nothing in hand gives first reads them from the app that computes them (a read whose own words say
     * statistics; with several, the one sharing most of the clause's words).
     */
    static Optional<ActionEntry> statistics(Matcher matcher, ActionEntry entry, List<String> concepts, List<Source> sources) {
        if (!"send".equals(entry.verb()) || !concepts.contains("statistic") || entry.strong().contains("statistic")
                || sources.stream().anyMatch(s -> !s.ref().equals("trigger"))) {
            return Optional.empty();
        }
        return matcher.index().actions().stream()
                .filter(a -> "get".equals(a.verb()) && a.strong().contains("statistic"))
                .max(java.util.Comparator.comparingLong(a -> concepts.stream()
                        .filter(c -> a.strong().contains(c) || a.weak().contains(c)).count()));
    }

    /** "a private message", "DM me", « en direct »: the message goes to one person, not a channel. */
    private static final java.util.regex.Pattern PRIVATE = java.util.regex.Pattern.compile(
            "\\b(?:dm|dms|private|privately|prive|privee|direct|directly|en direct)\\b");

    /** "(his email is in the answer)", « email du CSM dans le payload »: the address comes with the event. */
    private static final java.util.regex.Pattern EMAIL_GIVEN = java.util.regex.Pattern.compile("\\b(?:email|mail|courriel)\\s+"
            + "(?:\\S+\\s+){0,3}?(?:in|dans|from|de|du)\\s+(?:the\\s+|la\\s+|le\\s+|l\\s+)?(?:payload|reponse|answer|response|form|"
            + "formulaire|event|row|ligne|record|fiche|call|appel)\\b");

    /**
     * "send me a Slack DM; my email is …": a private message to someone the description gives by e-mail address
     * ({@code whole}, the plain description, may say the address comes with the event; and no channel) first finds
     * that person with the app's own find-by-email action, if it has one.
     */
    static Optional<ActionEntry> byEmail(Matcher matcher, ActionEntry entry, String plain, String whole, Said said, Literals literals) {
        boolean address = literals.values().stream().anyMatch(l -> l.kind() == Literals.Kind.EMAIL) || EMAIL_GIVEN.matcher(whole).find();
        boolean channel = said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.CHANNEL);
        if (!"send".equals(entry.verb()) || !address || channel || !PRIVATE.matcher(plain).find()) {
            return Optional.empty();
        }
        return matcher.index().actions().stream()
                .filter(a -> a.connector().app().equals(entry.connector().app()) && a.spec().id().endsWith("by_email"))
                .findFirst();
    }

    /** The latest array output of the trigger or a step, as a template ("{{ steps.search.issues }}"), or null. */
    static String lastArray(List<Source> sources) {
        Source list = listOf(sources);
        return list == null ? null : "{{ " + list.ref() + "." + arrayOf(list) + " }}";
    }

    /** The latest source with an array output (what a loop goes through), or null. */
    static Source listOf(List<Source> sources) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            if (arrayOf(sources.get(i)) != null) {
                return sources.get(i);
            }
        }
        return null;
    }

    /**
     * The list a loop on {@code concepts} goes through: the latest source whose array it names ("get the services, the
     * users; for each service…"), else the latest list made by a step; the event's own list only when named ("for each
     * photo" goes through its media, "for each row of the table" does not), or null.
     */
    static Source loopedThrough(List<Source> sources, List<String> concepts) {
        Source list = sources.stream().filter(s -> arrayOf(s) != null && goesThrough(s, concepts)).reduce((a, b) -> b)
                .orElse(listOf(sources));
        return list != null && list.ref().equals("trigger") && !goesThrough(list, concepts) ? null : list;
    }

    /** What a list of media holds, in the words people use ("for each photo", « pour chaque image »). */
    private static final Set<String> MEDIA = Set.copyOf(Words.concepts("media photos pictures images attachments files signatures "
            + "medias images pieces jointes fichiers"));

    /** Whether a loop on {@code concepts} goes through the source's array ("each photo" through the event's media). */
    static boolean goesThrough(Source source, List<String> concepts) {
        List<String> named = Words.concepts(arrayOf(source));
        return named.stream().anyMatch(concepts::contains)
                || named.contains("media") && concepts.stream().anyMatch(MEDIA::contains);
    }

    /** The name of a source's first array output, or null. */
    static String arrayOf(Source source) {
        JsonNode props = source.output() == null ? null : source.output().path("properties");
        for (String p : props == null ? Set.<String>of() : props.propertyNames()) {
            if ("array".equals(props.get(p).path("type").asString(""))) {
                return p;
            }
        }
        return null;
    }

    /** A loop whose body found no action is left out rather than left empty. */
    static void dropEmptyLoops(ArrayNode steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).has("for_each") && steps.get(i).path("do").isEmpty()) {
                steps.remove(i);
            }
        }
    }

    /**
     * "download each one" in a loop over a Dropbox folder's entries: an input still asked for that also takes the
     * thing's id ("Path of the file, …, or its id") is the loop item's id.
     */
    static void itemIds(ObjectNode input, JsonNode schema) {
        for (String name : List.copyOf(input.propertyNames())) {
            String said = schema.path("properties").path(name).path("description").asString("");
            if (Placeholders.name(input.path(name).asString("")).isPresent() && said.matches("(?s).*\\bor its id\\b.*")) {
                input.put(name, "{{ loop.item.id }}");
            }
        }
    }
}
