package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.offline.CatalogIndex.TriggerEntry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Picks the catalog action of an action clause and the catalog trigger of a trigger clause by
 * their concepts: words of the id and title count most, the description's first sentence a
 * little, the verb must agree, and what the entry has that the clause does not say costs a
 * little. Named apps come first; with none, apps already in the flow and plain utilities (e-mail
 * by SMTP) are preferred. Ties go to the entry that needs fewer inputs, then to catalog order.
 *
 * <pre>{@code
 * matcher.action(List.of("send", "email"), "send", Set.of(), Set.of("kizeo_forms"), false, false);   // email.send_email
 * }</pre>
 */
final class Matcher {

    /** Below this, a clause says too little to pick anything. */
    private static final double MIN_SCORE = 1.0;

    private final CatalogIndex index;
    private final Apps apps;
    private final Reads reads;
    private final Producers producers;

    /** Per app, how many of its actions say each word (title, id or description). */
    private final java.util.Map<String, java.util.Map<String, Integer>> saying = new java.util.HashMap<>();

    Matcher(CatalogIndex index, Apps apps) {
        this.index = index;
        this.apps = apps;
        this.reads = new Reads(index);
        this.producers = new Producers(index);
        for (ActionEntry e : index.actions()) {
            java.util.Map<String, Integer> counts = saying.computeIfAbsent(e.connector().app(), a -> new java.util.HashMap<>());
            Set<String> words = new java.util.HashSet<>(e.strong());
            words.addAll(e.weak());
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
    }

    /**
     * "add them to the audience" after "we use Mailchimp": an app the context told of, not yet in the flow, whose action of
     * the verb speaks of a thing the clause says and no app of the flow speaks of.
     */
    Optional<ActionEntry> toldOwns(List<String> concepts, String verb, Collection<String> told, Collection<String> context) {
        if (verb == null) {
            return Optional.empty();
        }
        for (String app : told) {
            if (context.contains(app) || !saying.containsKey(app)) {
                continue;
            }
            boolean owns = concepts.stream().anyMatch(c -> !c.equals(verb) && saying.get(app).containsKey(c)
                    && context.stream().noneMatch(other -> saying.getOrDefault(other, java.util.Map.of()).containsKey(c)));
            Optional<ActionEntry> found = owns ? action(concepts, verb, Set.of(app), context, false, false).filter(a -> verb.equals(a.verb()))
                    : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "get today's home care visits from Ogust": a word only one read of the named app speaks of points to that read. */
    private double onlyOneSays(Set<String> objects, ActionEntry e) {
        java.util.Map<String, Integer> counts = saying.get(e.connector().app());
        return objects.stream().filter(o -> !e.strong().contains(o) && e.weak().contains(o) && counts.get(o) == 1).count() * 1.6;
    }

    CatalogIndex index() {
        return index;
    }

    Reads reads() {
        return reads;
    }

    /** The steps that make the file an action needs. */
    Producers producers() {
        return producers;
    }

    /**
     * @param concepts the clause's concepts, app names removed
     * @param verb what the clause does (may be null)
     * @param named apps the clause names
     * @param context apps of the trigger and earlier steps
     * @param url whether the clause holds a URL
     * @param method whether the clause names an HTTP method (GET, POST…)
     */
    Optional<ActionEntry> action(List<String> concepts, String verb, Collection<String> named, Collection<String> context,
                                 boolean url, boolean method) {
        return action(concepts, verb, named, context, url, method, List.of(), null);
    }

    /**
     * @param many when the clause reads several things ("the open tickets"), the heads of what it reads (not the
     *             complements: "the data of the form" reads data); a search or list of them fits better than one get
     * @param previous the app of the step a pronoun points back to ("export it"), or null
     */
    Optional<ActionEntry> action(List<String> concepts, String verb, Collection<String> named, Collection<String> context,
                                 boolean url, boolean method, Collection<String> many, String previous) {
        Set<String> objects = new LinkedHashSet<>(concepts);
        if (verb != null) {
            objects.remove(verb);
        }
        if (verb == null && objects.isEmpty() && !named.isEmpty()) {
            return main(named.iterator().next());   // "… -> Slack": nothing but the app is said
        }
        ActionEntry best = null;
        double bestScore = MIN_SCORE;
        boolean saysApi = !url && (method || concepts.contains("api") || concepts.contains("rest") || concepts.contains("endpoint"));
        boolean namedCanDoIt = verb == null || index.actions().stream()
                .anyMatch(e -> named.contains(e.connector().app()) && verb.equals(e.verb()));
        for (ActionEntry e : index.actions()) {
            String app = e.connector().app();
            boolean actsOnNamed = !namedCanDoIt && verb.equals(e.verb())
                    && index.actions().stream().filter(n -> named.contains(n.connector().app()))
                            .anyMatch(n -> n.nameConcepts().size() > 1 && n.nameConcepts().stream().anyMatch(e.strong()::contains));
            if (!named.isEmpty() && !named.contains(app) && !actsOnNamed) {
                continue;   // another app only when it does the verb on the named app's things ("export a Google Sheet")
            }
            // "send the file to the dock manager": a file is every app's; it does not bring in an app nobody named
            boolean saidObject = objects.stream().anyMatch(o -> !(o.equals("file") && "send".equals(verb)) && e.strong().contains(o));
            boolean plainChoice = apps.isGeneric(app) && verb != null && verb.equals(e.verb()) || (url || saysApi) && app.equals("http");
            // "push the form": one app alone does the verb, and its description says what the clause acts on
            boolean rareVerb = verb != null && verb.equals(e.verb()) && appsDoing(verb) == 1 && objects.stream().anyMatch(e.weak()::contains);
            if (!saidObject && !named.contains(app) && !context.contains(app) && !plainChoice && !actsOnNamed && !rareVerb) {
                continue;   // an app nobody named or used needs more than a verb to be chosen
            }
            if (e.spec().id().contains("api_call") && !named.contains(app) && !concepts.contains("api") && !concepts.contains("custom")) {
                continue;   // "call our TMS": another system, not the raw API of an app in the flow
            }
            double verbFit = verbScore(verb, e.verb());
            if (fills(verb, e, objects)) {
                verbFit = 1;   // "create the intervention in the technician's planning": what only that push names, it fills
            }
            if (app.equals("http") && (url || saysApi || method)) {
                verbFit = Math.max(verbFit, 0);   // "create the refund through their API": the request does any verb
            }
            boolean reads = "get".equals(e.verb()) || "find".equals(e.verb());
            boolean saysRead = "get".equals(verb) || "find".equals(verb);
            if (verb != null && e.strong().contains(verb) && (verbFit > 0 && (!reads || saysRead) || e.spec().id().contains("_or_" + verb))) {
                // "search the data" and "Search data (advanced filter)", "update the client" and "Create or update client":
                // the title says the verb; a read never does what it reads ("Get form exports" does not export)
                verbFit = verbScore(verb, verb);
            }
            double s = overlap(objects, e.strong(), e.weak()) + verbFit;
            if ("find".equals(verb) && verbFit > 0 && !e.strong().contains(verb) && e.weak().contains(verb)) {
                s += 0.6;   // "find the item in the list": a read whose description says it searches ("filtered by a search text")
            }
            if ("find".equals(verb) && concepts.contains("id") && "get".equals(e.verb()) && !Reads.readsMany(e) && Reads.onlyIds(e, true)) {
                s += 3;   // "look up the client using the client ID from the form": one read by its id, no search
            }
            if (!many.isEmpty() && Reads.readsMany(e, many)) {
                s += 2.5;
            }
            if (verb != null && ("add".equals(e.verb()) || "create".equals(e.verb())) && !verb.equals(e.verb())
                    && Words.concepts(e.spec().id()).indexOf(verb) > 0) {
                s += 4;   // "comment it" is add_comment: the said verb is the action's object
            }
            if (actsOnNamed) {
                s += 3.5;
                if (index.actions().stream().anyMatch(n -> named.contains(n.connector().app())
                        && n.nameConcepts().stream().anyMatch(e.nameConcepts()::contains))) {
                    s += 1;   // "export the Google Sheet": an app of the same family (Google Drive) acts on its documents
                }
            }
            if (e.spec().id().contains("api_call")) {
                // an app's raw API call is the last resort, unless the text asks for that app's API (REST, an endpoint, POST)
                // and gives no URL of its own (a URL is a plain HTTP request); an API said without its app ("our billing
                // system's API") is some other system's, reached by a plain HTTP request
                s += saysApi && named.contains(app) ? 3 : concepts.contains("call") ? 0 : -1;
            }
            for (String t : e.strong()) {
                if (!concepts.contains(t) && !t.equals(e.verb())) {
                    s -= 0.5;
                }
            }
            if (otherFormat(concepts, e)) {
                s -= 3;   // "our custom Word export": not the action whose title makes a CSV
            }
            if (named.contains(app)) {
                s += 3 + (saysRead && reads ? onlyOneSays(objects, e) : 0);
            } else if (app.equals(previous)) {
                s += 2.5;   // "export it": what the last step gave is what the verb acts on, in its own app
            } else if (context.contains(app)) {
                s += 1;
            } else if (apps.isGeneric(app)) {
                s += 0.8;
            }
            if (url && app.equals("http")) {
                s += named.isEmpty() ? 3 : 2;
            }
            if ((method || saysApi && named.isEmpty()) && app.equals("http")) {
                s += 3;   // "POST it to our billing API": some other system's API, reached by a plain request
            }
            s -= 0.05 * e.required();
            if (s > bestScore + 1e-9) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether creating or adding something is done by a push that names a said object no other action names ("create the
     * intervention in the technician's planning" pushes it to the planning).
     */
    boolean fills(String verb, ActionEntry e, Collection<String> objects) {
        return ("create".equals(verb) || "add".equals(verb)) && "push".equals(e.verb())
                && objects.stream().anyMatch(o -> e.strong().contains(o) && !o.equals(e.verb())
                        && index.actions().stream().filter(a -> a.strong().contains(o)).count() == 1);
    }

    /** An app's main action: the one its connector lists first. */
    Optional<ActionEntry> main(String app) {
        return index.actionsOf(app).findFirst();
    }

    /** "send me an email with the Kizeo statistics": the named app gives what the message carries; it does not send. */
    ActionEntry carried(ActionEntry entry, List<String> concepts, String verb, Collection<String> named, Collection<String> many) {
        String medium = concepts.contains("email") ? "email" : concepts.contains("message") ? "message" : null;
        if (!"send".equals(verb) || medium == null || named.isEmpty() || entry.strong().contains(medium) || verb.equals(entry.verb())
                || "export".equals(entry.verb()) || "download".equals(entry.verb())) {
            return entry;   // "mail me the Excel export of …": the named app makes the file the message carries
        }
        return reader(concepts.stream().filter(c -> !c.equals(verb) && !c.equals(medium)).toList(), named, many).orElse(entry);
    }

    /** Whether one of {@code apps} has an action of {@code verb}. */
    boolean canDo(Collection<String> apps, String verb) {
        return index.actions().stream().anyMatch(e -> apps.contains(e.connector().app()) && verb.equals(e.verb()));
    }

    /** A reading action (get or find) of the first of {@code apps} that has one whose id or title says one of {@code objects}. */
    Optional<ActionEntry> reader(List<String> objects, Collection<String> apps, Collection<String> many) {
        for (String app : apps) {
            // "the list of work orders still open in Jira": read with a filter, so searched
            Optional<ActionEntry> found = action(objects, objects.contains("find") ? "find" : "get", Set.of(app), Set.of(), false, false, many, null)
                    .filter(a -> ("get".equals(a.verb()) || "find".equals(a.verb())
                            || "download".equals(a.verb()) && objects.contains("pdf"))
                            // "the room checks from Kizeo": a noun that looks like a verb says no more than "get"
                            && objects.stream().filter(c -> !c.equals("get") && !c.equals("find")).anyMatch(a.strong()::contains));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The trigger a clause describes, among the named apps' triggers (all apps' when none is named). */
    Optional<TriggerEntry> trigger(List<String> concepts, Collection<String> named) {
        return trigger(concepts, named, named.isEmpty() ? 2.5 : Double.NEGATIVE_INFINITY, e -> true, true);
    }

    /**
     * Events other than a creation: what happens to something that exists ("finished", "updated", "deleted"…). Not an
     * arrival: anything arrives (a lead, an e-mail), so "when a lead arrives" names no app's event.
     */
    private static final Set<String> CHANGES = Set.of("finish", "update", "delete", "push");

    /**
     * "when the installation report is finished", with no app named anywhere: the trigger of any app whose own id or
     * title says that change. A change is specific enough to name the event (few apps have one), a creation is not; the
     * descriptions' words are left out, as they say more than the event ("subfolders are reported too").
     */
    Optional<TriggerEntry> change(List<String> concepts) {
        Set<String> changes = new LinkedHashSet<>(concepts);
        changes.retainAll(CHANGES);
        return changes.isEmpty() ? Optional.empty()
                : trigger(concepts, Set.of(), 0, e -> e.strong().stream().anyMatch(changes::contains), false);
    }

    /**
     * "saved or modified", « créée ou modifiée »: two events of the app said as either one. When each alone picks a different
     * trigger, the app's trigger whose description names both (Kizeo's "one of the chosen events") fires on either; none
     * when no such trigger exists, and the caller keeps what it found.
     */
    Optional<TriggerEntry> either(List<String> concepts, String first, String second, String app) {
        List<String> one = new java.util.ArrayList<>(concepts);
        one.remove(second);
        List<String> other = new java.util.ArrayList<>(concepts);
        other.remove(first);
        Optional<TriggerEntry> a = trigger(one, Set.of(app));
        Optional<TriggerEntry> b = trigger(other, Set.of(app));
        if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
            return Optional.empty();
        }
        return index.triggers().stream().filter(t -> t.connector().app().equals(app) && t != a.get() && t != b.get())
                .filter(t -> namesEvent(t, first) && namesEvent(t, second)).findFirst();
    }

    /** "creations, changes and deletions", "finished, updated or deleted": three words said as one list. */
    private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile(
            "\\b([a-z]+)\\s*,?\\s+([a-z]+)\\s*,?\\s*(?:and|or|et|ou|&)\\s+([a-z]+)\\b");

    /**
     * "one webhook for creations, changes and deletions": three kinds of the app's events said as one list are heard by
     * its trigger of many events, when it has one that names them all.
     */
    Optional<TriggerEntry> many(String text, String app) {
        java.util.regex.Matcher listed = LISTED.matcher(text);
        while (listed.find()) {
            Set<String> kinds = new LinkedHashSet<>();
            for (int g = 1; g <= 3; g++) {
                String c = Words.concepts(listed.group(g)).stream().findFirst().orElse("");
                kinds.add(Set.of("create", "creation", "new", "finish").contains(c) ? "finish" : c);
            }
            if (kinds.size() == 3 && Set.of("finish", "update", "delete").containsAll(kinds)) {
                return index.triggers().stream().filter(t -> t.connector().app().equals(app) && t.strong().contains("event")
                        && kinds.stream().allMatch(k -> names(t, k))).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The words of an event clause as triggers say them: a creation is something new, a form's answer is its response. */
    static Set<String> eventWords(Collection<String> concepts) {
        Set<String> said = new LinkedHashSet<>(concepts);
        if (said.contains("create") || said.contains("add")) {
            said.add("new");
        }
        if (said.contains("reply")) {
            said.add("response");   // "when an answer comes in"
        }
        boolean arrives = said.contains("come") || said.contains("arrive");   // "as soon as a new one comes in": it was handed in
        if ((said.contains("send") || said.contains("receive") || arrives) && !said.contains("push") && !said.contains("data")) {
            said.add("finish");   // "each report sent", "when an answer is received": what is handed in is finished
        }
        return said;
    }

    /** Filled as verbs are asked for; one planner serves concurrent builds. */
    private final java.util.Map<String, Long> doers = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many apps have an action of this verb. */
    private long appsDoing(String verb) {
        return doers.computeIfAbsent(verb, v -> index.actions().stream().filter(e -> v.equals(e.verb()))
                .map(e -> e.connector().app()).distinct().count());
    }

    private boolean hasWebhook(String app) {
        return index.triggers().stream().anyMatch(t -> t.connector().app().equals(app) && "webhook".equals(t.spec().type()));
    }

    /** "created or modified": a creation is what triggers call new. */
    private static boolean namesEvent(TriggerEntry t, String concept) {
        return names(t, concept) || concept.equals("create") && names(t, "new");
    }

    static boolean names(TriggerEntry t, String concept) {
        return t.strong().contains(concept) || t.weak().contains(concept);
    }

    private Optional<TriggerEntry> trigger(List<String> concepts, Collection<String> named, double floor,
                                           java.util.function.Predicate<TriggerEntry> eligible, boolean withDescriptions) {
        Set<String> said = eventWords(concepts);
        TriggerEntry best = null;
        double bestScore = floor;
        for (TriggerEntry e : index.triggers()) {
            String app = e.connector().app();
            if (!named.isEmpty() && !named.contains(app) || app.equals("manual") || app.equals("schedule") || !eligible.test(e)) {
                continue;
            }
            if (e.strong().contains("delete") && !said.contains("delete")) {
                continue;   // a deletion is never what a clause means unless it says so
            }
            // the app's own word ("a Kizeo data is sent") names its events as the catalog does; "a report is sent" is handed
            // in by its author, a push to someone is said as one (see Start)
            boolean ownWord = said.stream().anyMatch(e.strong()::contains) && said.contains("data");
            if (e.strong().contains("push") && !said.contains("push") && !ownWord) {
                continue;
            }
            if ("polling".equals(e.spec().type()) && !said.contains("get") && !ownWord && hasWebhook(app)) {
                continue;   // a polling trigger stands in for the app's webhooks when asked to look ("check every hour")
            }
            double s = overlap(said, e.strong(), withDescriptions ? e.weak() : Set.of());
            for (String t : e.strong()) {
                if (!said.contains(t)) {
                    s -= 0.3;
                }
            }
            s -= 0.05 * e.required();
            if (s > bestScore + 1e-9) {
                best = e;
                bestScore = s;
            }
        }
        if (best != null && best.strong().stream().noneMatch(said::contains)) {
            // "every new intervention from Kizeo", "when a report comes in": no event word of the app said, so the one that
            // brings a new item in (a form's data saved, a new row) is meant, not a change to an old one
            String app = best.connector().app();
            best = index.triggers().stream().filter(t -> t.connector().app().equals(app) && eligible.test(t)
                    && ("webhook".equals(t.spec().type()) || !hasWebhook(app)) && (t.strong().contains("finish") || t.strong().contains("new"))
                    && !t.strong().contains("push") && !t.strong().contains("delete")).findFirst().orElse(best);
        }
        return Optional.ofNullable(best);
    }

    /**
     * "mail the boss the Mailchimp report": the named app only gives the data, so a plain action does the verb; or
     * "save the Kizeo CSV export in Dropbox": the other named app does the verb on what the first gives.
     */
    Optional<ActionEntry> doer(Said said, List<String> concepts, String verb, ActionEntry entry, Collection<String> context,
                               boolean url, boolean method) {
        Optional<ActionEntry> then = action(said.concepts(), verb, Set.of(), context, url, method)
                .filter(a -> !said.apps().contains(a.connector().app()) && verb.equals(a.verb())
                        && concepts.stream().anyMatch(c -> !c.equals(verb) && a.strong().contains(c)));
        Set<String> others = new LinkedHashSet<>(said.apps());
        others.remove(entry.connector().app());
        if (then.isEmpty() && !others.isEmpty()) {
            then = action(concepts, verb, others, context, url, method).filter(a -> verb.equals(a.verb()));
        }
        return then;
    }

    /**
     * "send by Outlook the Mailchimp campaign report": a second app the clause names, not yet in the flow, gives
     * what the verb acts on, so its reading action whose words the clause says comes first.
     */
    Optional<ActionEntry> dataOfOtherApp(Said said, String plain, ActionEntry entry, String verb, Collection<String> context,
                                         Collection<String> many) {
        Set<String> others = new LinkedHashSet<>(said.apps());
        others.remove(entry.connector().app());
        others.removeAll(context);
        List<String> objects = said.concepts().stream().filter(c -> !c.equals(verb)).toList();
        return reader(objects, others, many).or(() -> Contents.reader(index, plain, objects, others))
                // "yesterday's room checks from Kizeo": many things of a time, read from the app they come from, are its data
                // (their number is its statistics, see Implicit.statistics); a read of a time window is the app's search
                .or(() -> FORM_NAMED.matcher(plain).find() || !many.isEmpty() && !objects.contains("statistic")
                        ? reader(plus(objects, "data"), others, many.isEmpty() ? many : plus(List.copyOf(many), "data"))
                                .map(a -> reads().windowed(a, plain, many).orElse(a)) : Optional.empty());
    }

    /** "the road reports of last week (Kizeo form 'Road issues')": what is told of a named form is its data. */
    private static final java.util.regex.Pattern FORM_NAMED = java.util.regex.Pattern.compile(
            "\\b(?:form|formulaire)\\s+(?:[a-z]+\\s+)?" + Literals.MARK + "\\d");

    private static List<String> plus(List<String> objects, String concept) {
        List<String> out = new java.util.ArrayList<>(objects);
        out.add(concept);
        return out;
    }

    /** File formats a title may name. */
    private static final Set<String> FORMATS = Set.of("pdf", "csv", "excel", "word");

    /** Whether the clause names a file format and the action's title names only another one. */
    private static boolean otherFormat(Collection<String> said, ActionEntry e) {
        return FORMATS.stream().anyMatch(said::contains)
                && e.strong().stream().anyMatch(t -> FORMATS.contains(t) && !said.contains(t));
    }

    private static double overlap(Set<String> said, Set<String> strong, Set<String> weak) {
        double s = 0;
        for (String c : said) {
            if (strong.contains(c)) {
                s += 2;
            } else if (weak.contains(c)) {
                s += 0.4;
            }
        }
        return s;
    }

    private static final List<Set<String>> COMPATIBLE = List.of(Set.of("create", "add"), Set.of("get", "download", "export"),
            Set.of("send", "upload", "push", "share"), Set.of("send", "reply"), Set.of("get", "find"), Set.of("upload", "add"), Set.of("call", "execute"), Set.of("call", "send"), Set.of("call", "get"), Set.of("update", "add"),
            Set.of("create", "export", "download"));   // "generate the export": a file made by the app

    /** Whether an action's verb fits what the clause asks (same verb, or a close one such as create/add). */
    static boolean agrees(String said, String action) {
        return said == null || action == null || verbScore(said, action) > 0;
    }

    private static double verbScore(String said, String action) {
        if (said == null || action == null) {
            return 0;
        }
        if (said.equals(action)) {
            return 2.5;
        }
        if (Set.of(said, action).equals(Set.of("create", "add"))) {
            return 1.5;   // "add a contact" makes one: closer than "add to" an existing thing
        }
        return COMPATIBLE.stream().anyMatch(g -> g.contains(said) && g.contains(action)) ? 1 : -3;
    }
}
