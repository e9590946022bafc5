package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.offline.Clauses.Part;
import dev.switchboard.prompts.offline.InputFiller.Source;
import dev.switchboard.prompts.offline.Literals.Literal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run of the {@link OfflinePlanner}: walks the clauses in order and assembles the flow,
 * nesting steps under the if / for_each the words ask for. Holds the state of one draft only.
 */
final class Assembly {

    /** "reply with our brochure link https://…": an address given to someone, not one to call. */
    private static final java.util.regex.Pattern LINK_GIVEN = java.util.regex.Pattern.compile("\\b(?:link|lien)\\s+" + Literals.MARK + "\\d");

    /** Verbs done to a thing where it is. */
    private static final Set<String> IN_PLACE = Set.of("export", "download", "get", "share", "update", "delete", "move", "copy");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Apps apps;
    private final Matcher matcher;
    private final Map<String, String> connections;
    /** One question per app: two steps of one app use the same connection unless the user answers otherwise. */
    private final Map<String, String> connectionAsked = new java.util.HashMap<>();
    /** The clause being read: what a step's inputs may still take from ("answer with HTTP 200"). */
    private String clause = "";
    private final String request;
    private final Texts texts;
    private final Literals literals;
    /** The whole description in plain words, literals masked: what orders look back into ("the owner's email in the payload"). */
    private final String maskedPlain;
    private final String name;
    private final Asks asks = new Asks();
    private final InputFiller filler;
    private final List<Source> sources = new ArrayList<>();
    /** The trigger is a file event ("a new file in Dropbox"): "send it" sends that file. */
    private boolean triggerFile;
    private final StepIds ids = new StepIds();
    private final Set<String> context = new LinkedHashSet<>();
    private final List<String> summary = new ArrayList<>();

    private Layout layout;
    private String loopNoun;
    private Source loopList;   // what the current loop goes through
    private ObjectNode approval;   // the last approval step asked for
    private boolean answerAwaited;   // an approval's answer is tested ("once approved")
    private int sourcesAtGuard = -1;   // how many sources there were when the last if began
    private String lastVerb;
    private String start;
    private String triggerApp;
    private List<String> eventWords = List.of();
    private String lastAction;
    /** The lookups already in the flow: one said again ("…, use that to find me on Slack") is the same step. */
    private final Set<String> looked = new java.util.HashSet<>();
    /** The app of the last step (or event) before a wait, while nothing else has been done since. */
    private String waitedOn;
    /** A document is to stay a draft: a later sending that names no app or address is someone's, not a step. */
    private boolean draft;
    /** The flow starts on an app's event (not a schedule or by hand). */
    private boolean eventTrigger;

    /** Apps the request's hints or heading say the flow uses: where a clause that names no app happens first. */
    private final Set<String> hinted;
    /** The apps the context sentences name ("we use Mailchimp for the parents' newsletter"). */
    private Set<String> toldApps = Set.of();

    Assembly(Apps apps, Matcher matcher, Map<String, String> connections, Texts texts, Literals literals, BuildRequest request,
             Set<String> hinted) {
        this.hinted = Set.copyOf(hinted);
        this.apps = apps;
        this.matcher = matcher;
        this.connections = connections;
        this.texts = texts;
        this.literals = literals;
        this.maskedPlain = Words.plain(literals.masked());
        // the first line's first sentence: a title above a list ("Volunteer welcome:") names the flow, without its colon
        this.request = request.text();
        String first = Texts.firstLine(request.text()).split("(?<=[.!?])\\s")[0].replaceFirst("\\s*:\\s*$", "");
        this.name = first.length() > 80 ? first.substring(0, 77) + "…" : first;
        this.filler = new InputFiller(texts, asks);
        this.start = texts.byHand();
    }

    /** @param plain the plain text the parts were cut from */
    Draft build(List<Part> parts, String plain) {
        ObjectNode flow = NODES.objectNode();
        flow.put("format", "switchboard.flow/v1");
        flow.put("name", name);
        List<String> said = parts.stream().filter(p -> p.role() == Clauses.Role.TRIGGER).map(Part::text).toList();
        Start.Named named = Start.Named.of(parts, hinted, text -> said(text).apps());
        toldApps = named.told();
        if (!said.isEmpty()) {
            trigger(String.join(" ", said), flow, named);
        }
        if (!flow.has("trigger") && parts.stream().anyMatch(p -> p.role() == Clauses.Role.ACTION && Replies.answers(p.text()))) {
            trigger("webhook", flow, named);   // "… and answer the site with the id": the site called the flow
        }
        layout = new Layout(flow.putArray("steps"), ids, asks, texts, summary);
        answerAwaited = parts.stream().anyMatch(p -> p.role() == Clauses.Role.CONDITION
                && (p.text().equals(Restated.APPROVED) || p.text().equals(Restated.REJECTED)));
        int guardEnd = -1;
        int elseEnd = -1;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            switch (part.role()) {
                case TRIGGER, CONTEXT -> { }
                case CONDITION -> {
                    sourcesAtGuard = sources.size();
                    boolean untilElse = elseFollows(parts, i + 1);
                    guardEnd = untilElse ? -1 : GuardReach.last(parts, i, plain);
                    String answer = approvalAnswer(part.text());
                    if (answer == null) {
                        recheck(part.text(), false);
                    }
                    layout.guard(answer == null ? literals.restore(part.text()) : texts.approvalAnswer(part.text().equals(Restated.APPROVED)),
                            answer, untilElse || guardEnd >= 0);
                }
                case ELSE -> {
                    if (sourcesAtGuard >= 0 && sourcesAtGuard <= sources.size()) {
                        sources.subList(sourcesAtGuard, sources.size()).clear();   // the then branch's steps never ran on this path
                    }
                    elseEnd = i + 1 < parts.size() && parts.get(i + 1).role() == Clauses.Role.ACTION
                            ? GuardReach.lastInSentence(parts, i + 1, plain) : -1;
                    layout.otherwise(elseEnd > i + 1);   // "otherwise email her and post in #hr": both are the other branch
                    lastAction = null;   // "if approved, email her; if not, email her too": another step in the other branch
                }
                case FOR_EACH -> forEach(part.text());
                case ACTION -> {
                    if (Replies.answers(part.text())) {
                        layout.outOfLoop();   // "for each sample, add a row, then answer the call": answered once, after the loop
                    }
                    action(part.text());
                    if (i == guardEnd) {
                        layout.closeThen();   // "if it changed, post and save. Archive it.": the next sentence is not guarded
                    }
                    if (i == elseEnd) {
                        layout.closeElse();
                    }
                }
                case LOOK -> {
                    if (!recheck(part.text(), true)) {
                        look(part.text());
                    }
                }
            }
        }
        Implicit.dropEmptyLoops((ArrayNode) flow.get("steps"));
        Answer.waitedFor(flow);
        if (flow.get("steps").isEmpty() && !named.described().isEmpty()) {
            guess(named.described());
        }
        if (flow.get("steps").isEmpty()) {
            throw new EngineException(texts.french()
                    ? "aucune action reconnue : dites quoi faire et dans quelle application (ex. « partager le fichier sur Dropbox »)"
                    : "no action recognised: say what to do and in which app (e.g. \"share the file on Dropbox\")");
        }
        return new Draft(flow, asks.questions(flow), texts.explanation(start, summary, asks.questions(flow).size()));
    }

    /**
     * The if's expression on the last approval's answer ({@link Restated#APPROVED}, {@link Restated#REJECTED}), or null
     * for any other condition; a refusal then no longer ends the run, its branch runs.
     */
    private String approvalAnswer(String condition) {
        boolean yes = condition.equals(Restated.APPROVED);
        if (approval == null || !yes && !condition.equals(Restated.REJECTED)) {
            return null;
        }
        approval.put("on_error", "continue");
        String value = "steps." + approval.get("id").asString() + ".approved";
        return yes ? "{{ " + value + " }}" : "{{ $not(" + value + ") }}";
    }

    /** "if X, do A and B; otherwise C": the orders up to the else are all guarded by the condition. */
    private static boolean elseFollows(List<Part> parts, int from) {
        int i = from;
        while (i < parts.size() && (parts.get(i).role() == Clauses.Role.ACTION || parts.get(i).role() == Clauses.Role.CONTEXT)) {
            i++;
        }
        return i < parts.size() && parts.get(i).role() == Clauses.Role.ELSE;
    }

    /** No order was recognised but apps were named: a guessed step rather than nothing (see {@link Implicit#guess}). */
    private void guess(Set<String> named) {
        Implicit.guess(matcher, named, triggerApp).ifPresent(e -> {
            layout.place(List.of(step(e, literals.values())), null);
            summary.add(texts.french() ? "(étape devinée : aucun ordre reconnu, à vérifier)" : "(a guessed step: no order recognised, check it)");
        });
    }

    /** The trigger the clause says (see {@link Start}); the flow then holds the event's output. */
    private void trigger(String said, ObjectNode flow, Start.Named named) {
        String text = HandedIn.said(said, Words.plain(request), maskedPlain, named.described(), matcher.index(),
                this::said);
        eventWords = said(text).concepts();
        Start.write(text, said(text), flow, named, matcher, filler, texts, apps, name).ifPresent(st -> {
            start = st.start();
            if (st.source() != null) {
                sources.add(st.source());
                context.add(st.source().app());
                triggerApp = st.source().app();
                eventTrigger = true;
                triggerFile = st.file();
            }
        });
    }

    /** "send me", « envoie-lui », "email the boss": something goes to a person. */
    private static final java.util.regex.Pattern SEND_TO_PERSON = java.util.regex.Pattern.compile("\\b(?:send|envoie|envoyer|envoyez|"
            + "mail|email|e-mail)\\s+(?:me|us|him|her|them|moi|nous|lui|leur)\\b");
    private static final java.util.regex.Pattern EACH_ITEM = java.util.regex.Pattern.compile(
            "\\b(?:each|every|chaque)\\s+(?!one\\b|of\\b|time\\b|fois\\b|d\\b)[a-z]");
    private Said said(String text) {
        return Said.of(text, apps, literals, texts);
    }

    private void action(String part) {
        clause = part;
        String text = Said.withoutPurpose(part);
        draft |= Said.keepsDraft(text);
        if (text.isBlank()) {
            return;
        }
        Said said = said(text);
        String saidVerb = said.verb(text);
        // "send each of them an approval request through Gmail", with no answer awaited: an e-mail that asks, sent by that app
        boolean askedByMail = "send".equals(saidVerb) && matcher.canDo(said.apps(), "send") && !answerAwaited;
        if (said.concepts().contains("approval") && !askedByMail) {
            ObjectNode step = NODES.objectNode().put("id", ids.next("approval"));
            approval = step;
            step.putObject("approval").put("message", texts.approval(name));
            layout.place(List.of(step), texts.approvalStep());
            return;
        }
        if (said.concepts().contains("wait") && !said.ordersBefore(said.concepts().indexOf("wait"))) {
            String duration = Timing.duration(text).orElseGet(() -> asks.ask("delay",
                    texts.value("delay", texts.waitStep("?"), null, "ISO-8601, e.g. PT1H, P2D"), List.of()));
            layout.place(List.of(NODES.objectNode().put("id", ids.next("wait")).put("delay", duration)), texts.waitStep(duration));
            waitedOn = sources.isEmpty() ? null : sources.get(sources.size() - 1).app();
            lastAction = null;   // "wait 3 days, a follow-up e-mail": after a wait the same action is a new step
            return;
        }
        // "email the editor that the proofs are in", « le partage avec le chef, son mail il est dans la colonne E »: a clause
        // that opens on its order is one, whatever it then says of where a value is
        boolean opensOnOrder = saidVerb != null && Verbs.startsWithVerb(text) == 0;
        if (!said.saysAVerb() && !opensOnOrder && (Said.WHERE_IT_IS.matcher(text).find() || Said.GIVEN.matcher(text).find() || Said.INPUTS.matcher(text).find()
                || Said.PER.matcher(text).find() || said.apps().isEmpty() && Said.HANDED.matcher(text).find())) {
            return;   // "the issue key is in the 'Ticket' field": where a value is, not a step
        }
        boolean addressed = said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.URL)
                && said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.METHOD);
        // a clause without a verb goes on with the last one, unless it gives a method and an address: « la température doit
        // être relevée via l'API (GET https://…) » is a call
        String told = saidVerb != null ? saidVerb : addressed ? "call" : lastVerb;
        if (told == null && said.apps().isEmpty()) {
            return;
        }
        Source last = sources.isEmpty() ? null : sources.get(sources.size() - 1);
        boolean fileInHand = last != null && last.has("file") || triggerFile;
        if (told == null && eventTrigger && !fileInHand && Destination.makes(said, matcher, context)) {
            told = "create";   // "new mail → ServiceNow incident": on an event, an app and a thing it makes, said without a verb
        }
        String chosen = Destination.verb(told, fileInHand, said, text, matcher, context);
        String verb = Destination.moved(chosen, said, last == null ? null : last.app(), text, matcher);
        if (!java.util.Objects.equals(verb, chosen) && lastAction != null && last != null && lastAction.startsWith(last.app() + ".update")) {
            return;   // "update the incident with the notes and set it to resolved": one update says both
        }
        if (draft && "send".equals(verb) && said.apps().isEmpty() && said.literals().isEmpty()) {
            return;   // "leave it as a draft, the manager reviews it before sending": that sending is done by a person
        }
        lastVerb = verb;
        boolean url = said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.URL) && !LINK_GIVEN.matcher(text).find();
        boolean method = said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.METHOD);
        List<String> concepts = said.objects(verb, false);
        if ("send".equals(verb) && told != null && !told.equals(verb)) {
            concepts = new ArrayList<>(concepts);
            concepts.remove(told);   // "drop them in #ops": the putting is the sending
        }
        if ("create".equals(verb) && concepts.stream().allMatch(verb::equals) && !said.apps().isEmpty() && triggerApp != null
                && !said.apps().contains(triggerApp)) {
            // "each new account created in Salesforce must also be created in Zoho": what is made is what the event made
            concepts = new ArrayList<>(concepts);
            concepts.addAll(eventWords.stream().filter(c -> !Words.VERBS.contains(c) && !c.equals("new")).toList());
        }
        List<String> heads = "get".equals(verb) ? said.objects(verb, true) : List.of();
        if ("find".equals(verb) && concepts.contains("list") && !said.objects(verb, true).contains("list") && !concepts.contains("item")) {
            concepts.add("item");   // "look up that site in the external list 'Sites'": what is found in a list is an item of it
        }
        if ("find".equals(verb) && !concepts.contains("form") && !concepts.contains("data")
                && said.literals().stream().anyMatch(l -> "form".equals(l.noun()))) {
            concepts.add("form");   // « retrouve le formulaire Kizeo « Audit » »: the form itself is found, by its name
        }
        if (heads.size() > 1 && "pdf".equals(heads.get(1))) {
            // "get the PDF of the report", "grab the PDF report": the file is read, the report only says whose
            concepts = new ArrayList<>(heads.subList(0, 2));
        }
        if ("send".equals(verb) && !concepts.contains("email") && !concepts.contains("message")
                && said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.EMAIL)) {
            concepts.add("email");   // "send it to bob@acme.test": an address says it goes by e-mail
        }
        List<String> many = ("get".equals(verb) || "find".equals(verb)) && Reads.many(text, said)
                ? said.objects(verb, true).stream().filter(c -> !c.equals(verb)).toList() : List.of();
        // "get the data, export it": the pronoun is what the last step gave; the event's thing only for what is done to it
        // where it is ("export it to PDF" after a new Drive file), not for putting it elsewhere ("add them to that list")
        String previous = said.apps().isEmpty() && Said.pointsBack(text) && last != null
                && (!last.ref().equals("trigger") || IN_PLACE.contains(verb)) ? last.app() : null;
        java.util.Collection<String> where = Channels.sendTo(said, verb, hinted, context, matcher.index());   // "… in #ops"
        Optional<ActionEntry> found = said.apps().isEmpty() && !where.isEmpty() && verb != null
                ? matcher.action(concepts, verb, where, context, url, method, many, previous).filter(a -> verb.equals(a.verb()))
                : Optional.empty();
        if (found.isEmpty()) {
            found = Remembered.store(said, verb, text, fileInHand, matcher);   // "remember the data id": a value for the next run
        }
        if (found.isEmpty()) {
            found = matcher.action(concepts, verb, Channels.sentBy(text, said, verb, apps, matcher), context, url, method, many, previous);
        }
        if (found.isEmpty() && "send".equals(verb) && !said.apps().isEmpty() && !matcher.canDo(said.apps(), "send")) {
            // "send an email to the family contact from the Ogust record": the app named is where the address comes from
            found = matcher.action(concepts, verb, Set.of(), context, url, method).filter(a -> verb.equals(a.verb()));
        }
        Optional<ActionEntry> changed = found.isPresent() && !many.isEmpty() ? matcher.reads().windowed(found.get(), text, many)
                : AddedTo.update(matcher, text, verb, said, context, eventWords, triggerApp);
        found = changed.isPresent() ? changed : found;
        if (found.isPresent() && said.apps().isEmpty() && context.contains(found.get().connector().app())) {
            // « on utilise Mailchimp (audience X). … l'ajouter dans l'audience »: a thing only an app told of has is its
            Optional<ActionEntry> owner = matcher.toldOwns(concepts, verb, toldApps, context);
            found = owner.isPresent() ? owner : found;
        }
        if ("get".equals(verb) && eventTrigger && said.apps().isEmpty() && !url && many.isEmpty()) {
            found = Implicit.ofEvent(matcher, found, concepts, verb, sources, context);
        }
        if (found.isPresent() && saidVerb == null && !addressed && said.apps().isEmpty() && !Implicit.says(found.get(), concepts, verb)) {
            return;   // ", tomorrow from 8 to 12": a clause without a verb adds a step only when it names what the step acts on
        }
        if (found.isPresent() && "flows".equals(found.get().connector().app()) && !said.namesAnotherFlow(text)) {
            return;   // "the flow should…": the flow being described, not one to run, unless it is named or said published
        }
        if (found.isEmpty() || (!said.saysAVerb() || "update".equals(verb) && said.apps().isEmpty()) && found.get().qualified().equals(lastAction)
                || "find".equals(found.get().verb()) && said.literals().isEmpty() && looked.contains(found.get().qualified())) {
            // "…; the key is in the 'Ticket' field": a clause with no verb of its own says more about the last step, and
            // "update the matching incident; just set the state to resolved" says the same update again
            return;
        }
        if (fileInHand && !said.apps().isEmpty() && !found.get().needsFile()
                && concepts.stream().allMatch(c -> c.equals(verb) || c.equals("channel")) && !Said.TELLS.matcher(text).find()) {
            // "download it, then send it on Slack": what is sent is the file an earlier step made
            List<String> withFile = new ArrayList<>(concepts);
            withFile.add("file");
            Optional<ActionEntry> carrier = matcher.action(withFile, verb, said.apps(), context, url, method).filter(ActionEntry::needsFile);
            found = carrier.isPresent() ? carrier : found;
        }
        List<ObjectNode> steps = new ArrayList<>();
        ActionEntry entry = found.get();
        entry = matcher.carried(entry, concepts, verb, said.apps(), Reads.many(text, said) ? said.objects(verb, true) : List.of());
        Optional<ActionEntry> then = said.apps().isEmpty() || Matcher.agrees(verb, entry.verb()) || matcher.fills(verb, entry, concepts)
                ? Optional.empty()
                : matcher.doer(said, concepts, verb, entry, context, url, method);
        if (then.isEmpty() && !matcher.canDo(said.apps(), "send") && "send".equals(verb) && !Matcher.agrees(verb, entry.verb())
                && SEND_TO_PERSON.matcher(text).find()) {
            // "send me an Excel export of the checklists": the export is made, then sent; to a person, by e-mail
            List<String> mailed = new ArrayList<>(concepts);
            mailed.add(concepts.contains("message") ? "message" : "email");
            then = matcher.action(mailed, verb, Set.of(), context, false, false).filter(a -> verb.equals(a.verb()));
        }
        List<String> fields = concepts.stream().filter(c -> !c.equals(verb)).toList();
        (eventTrigger && loopList == null ? matcher.reads().detail(fields, sources, entry) : matcher.reads().ofItem(fields, loopList, entry, sources))
                .ifPresent(d -> steps.add(step(d, said.literals())));
        if ((entry.needsFile() || said.saysFile() && entry.takesFile() && !"export".equals(verb))
                && sources.stream().noneMatch(s -> s.has("file"))) {
            String listedBy = sources.stream().filter(s -> s.has("files")).map(Source::app).reduce((a, b) -> b).orElse(null);
            matcher.producers().fileOf(said, verb, context, entry, triggerApp, listedBy).ifPresent(p -> steps.add(step(p, said.literals())));
        }
        Optional<ActionEntry> other = Optional.empty();
        if (then.isEmpty() && !entry.needsFile() && !(said.saysFile() && entry.takesFile())) {   // a file is made by a producer
            other = matcher.dataOfOtherApp(said, text, entry, verb, context, Reads.many(text, said) ? said.objects(verb, true) : List.of());
            other.ifPresent(p -> {
                steps.add(step(p, said.literals()));
                reportOnLatest(p, text, said, steps);
            });
        }
        if (then.isEmpty() && steps.isEmpty()) {
            Implicit.statistics(matcher, entry, concepts, sources).ifPresent(p -> steps.add(step(p, said.literals())));
        }
        Optional<ActionEntry> fed = matcher.reads().feeder(entry, sources, text);
        Optional<ActionEntry> members = fed.isPresent() ? Optional.empty() : matcher.reads().groupMembers(entry, sources, text);
        fed.or(() -> members).ifPresent(f -> steps.add(step(f, said.literals())));
        Implicit.byEmail(matcher, entry, text, maskedPlain, said, literals).ifPresent(f -> steps.add(step(f, literals.values())));
        // "to each person in the group": the step is done for each member, when the members' read gives a list
        boolean each = members.isPresent() && Implicit.arrayOf(sources.get(sources.size() - 1)) != null;
        String noun = loopNoun;
        loopNoun = each ? "user" : loopNoun;
        // "anything submitted since the last check", "keep the count": what the runs before kept is read first
        Remembered.readFirst(entry, text, matcher).filter(g -> sources.stream().noneMatch(s -> s.app().equals(g.connector().app())))
                .ifPresent(g -> steps.add(step(g, said.literals())));
        SearchFirst.of(matcher.index(), entry, sources, triggerApp, text).ifPresent(search -> steps.add(step(search, said.literals())));
        Optional<ActionEntry> newest = Latest.listFor(matcher.index(), entry, text);
        if (newest.isPresent()) {
            if (!newest.get().qualified().equals(lastAction)) {
                steps.add(step(newest.get(), said.literals()));   // "the report of our latest newsletter": the newest one first
            }
            Source listed = sources.get(sources.size() - 1);
            ObjectNode read = step(entry, said.literals());
            Latest.ofFirst(read, listed);
            steps.add(read);
        } else {
            steps.add(step(entry, said.literals()));
        }
        loopNoun = noun;
        reportOnLatest(entry, text, said, steps);
        then.ifPresent(a -> steps.add(step(a, said.literals())));
        // "send each record to StockPilot", « ajouter chaque bon comme une ligne »: once per item of the list read before
        boolean eachRead = other.isEmpty() && !Set.of("get", "find").contains(entry.verb()) && EACH_ITEM.matcher(text).find()
                && !Timing.isRecurring(text) && !layout.inLoop() && eachOfList(text, sources.subList(0, sources.size() - 1));
        if (then.isEmpty() && (each || eachRead || other.filter(Reads::readsMany).isPresent()
                && Set.of("create", "add").contains(entry.verb()) && Reads.many(text, said))) {
            placeEach(steps);
            return;
        }
        layout.place(steps, null);
    }

    /**
     * Whether "each X" in the order goes through a list read before; the event's own list only when X names it ("every
     * attachment of the mail"): "log every report" on a report's event is that one report.
     */
    private static boolean eachOfList(String text, List<Source> before) {
        Source list = Implicit.listOf(before);
        if (list == null || !list.ref().equals("trigger")) {
            return list != null;
        }
        java.util.regex.Matcher each = EACH_ITEM.matcher(text);
        String noun = each.find() ? Words.concept(Words.words(text.substring(each.end() - 1)).get(0)) : null;
        return noun != null && noun.equals(Words.concept(Implicit.arrayOf(list)));
    }

    /** "the results of our last campaign": after listing, the report on the newest one (see {@link Latest}). */
    private void reportOnLatest(ActionEntry list, String text, Said said, List<ObjectNode> steps) {
        Latest.report(matcher.index(), list, text).ifPresent(r -> {
            Source listed = sources.get(sources.size() - 1);
            ObjectNode report = step(r, said.literals());
            Latest.ofFirst(report, listed);
            steps.add(report);
        });
    }

    /** "add all our Kizeo users to the sheet", "push it to each member of the group": the last step is done for each listed thing. */
    private void placeEach(List<ObjectNode> steps) {
        layout.place(steps.subList(0, steps.size() - 1), null);
        // the step done in the loop is no source for what follows: its results exist only inside the loop
        sources.remove(sources.size() - 1);
        ObjectNode loop = NODES.objectNode().put("id", ids.next("each")).put("for_each", Implicit.lastArray(sources));
        loop.putArray("do").add(steps.get(steps.size() - 1));
        String items = Implicit.arrayOf(Implicit.listOf(sources));
        summary.add(summary.size() - 1, texts.forEachStep((texts.french() ? "élément de " : "one of the ") + items));
        layout.place(List.of(loop), null);
    }

    private ObjectNode step(ActionEntry entry, List<Literal> lits) {
        String app = entry.connector().app();
        String[] parts = entry.spec().id().split("_");
        String id = ids.next(parts[parts.length - 1]);
        ObjectNode step = NODES.objectNode().put("id", id).put("action", entry.qualified());
        List<String> mine = connections.entrySet().stream().filter(e -> e.getValue().equals(app)).map(Map.Entry::getKey)
                .sorted().toList();
        // like the validator: an app that also works without auth (http) needs a connection only if the owner has one
        boolean optional = entry.connector().auth().stream().anyMatch(a -> "none".equals(a.type()));
        if (entry.connector().needsConnection() && !(optional && mine.isEmpty())) {
            step.put("connection", mine.size() == 1 ? mine.get(0)
                    : connectionAsked.computeIfAbsent(app, a -> asks.ask(a + "_connection", texts.connection(apps.display(a)), mine)));
        }
        String where = (texts.french() ? "Étape " : "Step ") + id + " (" + entry.spec().title() + ")";
        // the text of a message shows what the step before it found (or what started the flow)
        String body = sources.isEmpty() ? name : name + "\n{{ $string(" + sources.get(sources.size() - 1).ref() + ") }}";
        step.set("input", filler.fill(new InputFiller.Target(where, app, entry.spec().input(), loopNoun, name, body, lastVerb, clause),
                sources, lits));
        if (layout.inLoop() && loopList != null && loopList.app().equals(app)) {
            Implicit.itemIds((ObjectNode) step.get("input"), entry.spec().input());
        }
        if ("webhook.respond".equals(entry.qualified())) {
            Answer.fill((ObjectNode) step.get("input"), clause, lits, request);
        }
        sources.add(new Source("steps." + id, app, entry.spec().output()));
        lastAction = entry.qualified();
        if ("find".equals(entry.verb())) {
            looked.add(entry.qualified());
        }
        waitedOn = null;
        context.add(app);
        summary.add(entry.spec().title() + " (" + apps.display(app) + ")");
        return step;
    }

    /** Right after a wait, a look or a condition on the state now reads it again (see {@link Recheck}). */
    private boolean recheck(String text, boolean looks) {
        if (waitedOn == null || !looks && !Recheck.NOW.matcher(text).find()) {
            return false;
        }
        Said said = said(text);
        Optional<ActionEntry> read = Recheck.read(matcher.index(), said, waitedOn);
        read.ifPresent(a -> layout.place(List.of(step(a, said.literals())), null));
        return read.isPresent();
    }

    /** "check the X: if …": a read only when X is not the event's own (see {@link Implicit#looked}). */
    private void look(String text) {
        if (triggerApp != null || !summary.isEmpty()) {
            Said said = said(text);
            Implicit.looked(matcher, said, context, triggerApp).ifPresent(a -> {
                if (Matcher.agrees("find", a.verb())) {
                    clause = text;   // "check in Salesforce whether the email is known": the search itself
                    layout.place(List.of(step(a, said.literals())), null);
                } else {
                    action(text);
                }
            });
        }
    }

    private void forEach(String text) {
        Said said = said(text);
        List<String> concepts = said.concepts();
        loopNoun = concepts.isEmpty() ? null : concepts.get(0);
        if (!eventTrigger && sources.isEmpty() && !concepts.isEmpty()) {
            // "every evening, for each unread data of the form…": nothing is in hand, so the loop's things are read first
            Implicit.loopRead(matcher, said, context).ifPresent(a -> layout.place(List.of(step(a, said.literals())), null));
        }
        loopList = Implicit.loopedThrough(sources, concepts);
        String items = loopList == null ? null : Implicit.lastArray(List.of(loopList));
        if (items == null && eventTrigger && summary.isEmpty() && !Arrivals.MANY.matcher(text).find()) {
            return;   // "for each submission", right after the event: each event is already one item (not "each in the batch")
        }
        ObjectNode step = NODES.objectNode().put("id", ids.next("each"));
        step.put("for_each", items != null ? items : asks.ask("loop_items", texts.loopItems(literals.restore(text)), List.of()));
        ArrayNode body = step.putArray("do");
        layout.place(List.of(step), texts.forEachStep(literals.restore(text)));
        layout.into(body);
    }
}
