package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.prompts.offline.InputFiller.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the flow's trigger from the trigger clause: a named app's trigger that matches the
 * event's words (or, with no app in the clause, one of an app the context sentences, a heading or
 * the app hints named, else the one trigger whose own words say the change: finished, updated…);
 * otherwise a schedule when the clause says a recurring time. Nothing written: started by hand.
 *
 * <pre>{@code
 * Start.write("when a trello card is created", said, flow, new Start.Named(Set.of(), Set.of()), matcher, filler, texts, apps, "name");
 * }</pre>
 */
final class Start {

    /** @param source the event's output (null on a schedule); {@code file}: the event is a file's */
    record Started(String start, Source source, boolean file) {
    }

    /**
     * The apps the description names besides the event's clause: {@code described} (the context's first, then all others)
     * and {@code told}, the context sentences' own.
     */
    record Named(Set<String> described, Set<String> told) {

        /** Hinted apps first, then the context sentences' apps, then any other part's; {@code appsOf} gives a text's apps. */
        static Named of(java.util.List<Clauses.Part> parts, Set<String> hinted, java.util.function.Function<String, Set<String>> appsOf) {
            Set<String> told = new java.util.LinkedHashSet<>(hinted);   // "Invoices arrive in our Gmail inbox."
            Set<String> others = new java.util.LinkedHashSet<>();
            for (Clauses.Part p : parts) {
                (p.role() == Clauses.Role.CONTEXT ? told : others).addAll(appsOf.apply(p.text()));
            }
            Set<String> described = new java.util.LinkedHashSet<>(told);
            described.addAll(others);
            return new Named(described, told);
        }
    }

    /** "via the form", « par le biais du formulaire »: the event is done by filling in a form. */
    private static final java.util.regex.Pattern VIA_FORM = java.util.regex.Pattern.compile("\\b(?:via|through|using|par|au moyen|"
            + "par le biais|a l aide)\\s+(?:(?:the|a|an|our|their|le|la|l|un|une|notre|leur|du|de|d)\\s+)*(?:[a-z]+\\s+)?(?:form|formulaire)s?\\b");   // "the Kizeo form"

    private static final java.util.regex.Pattern IN_FORM = java.util.regex.Pattern.compile("\\b(?:in|into|on|dans|sur)\\s+"
            + "(?:(?:the|a|our|their|le|la|l|un|notre|leur)\\s+)*(?:[a-z]+\\s+)?(?:form|formulaire)\\b");

    /** "reports a fault via the form", but not "a mission sent by Kizeo Forms": there the form app sends, nobody fills in. */
    private static boolean viaForm(String text) {
        java.util.regex.Matcher via = VIA_FORM.matcher(text);
        if (!via.find()) {
            // « quand un agriculteur enregistre un traitement dans le formulaire X »: what is saved in a form is handed in,
            // unless the clause says another event (a change, a deletion, a push)
            List<String> concepts = Words.concepts(text);
            return IN_FORM.matcher(text).find() && concepts.contains("upload")
                    && List.of("update", "delete", "push", "send", "receive", "new").stream().noneMatch(concepts::contains);
        }
        String[] before = text.substring(0, via.start()).strip().split("\\s+");
        String concept = Words.concept(before[before.length - 1]);
        return !"send".equals(concept) && !"push".equals(concept);
    }

    /** Something sent to someone, not handed in: "sent to a technician", « envoyé à l'agent », « qu'on lui a envoyé ». */
    private static final java.util.regex.Pattern SENT_TO = java.util.regex.Pattern.compile("\\b(?:(?:send|sends|sent|envoie|envoyons|envoyez|envoyee?s?)"
            + "\\s+(?:[a-z-]+\\s+){0,3}?(?:to|a|au|aux)\\s+(?:(?:a|an|the|his|her|their|one|un|une|le|la|l|les|son|sa|ses|leur|nos|our)\\s+)?"
            + "(?:[a-z]+\\s+)?(?:technicians?|techniciens?|agents?|users?|utilisateurs?|inspectors?|inspecteurs?|workers?|staff|employees?|"
            + "salaries?|guards?|teams?|intervenants?|operators?|operateurs?|equipes?|entreprises?|companies|company|contractors?|prestataires?|members?|membres?|"
            + "drivers?|chauffeurs?|livreurs?|couriers?|nurses?|infirmiers?|infirmieres?|volunteers?|benevoles?|cleaners?|experts?|"
            + "inspecteurs?|controleurs?|auditors?|auditeurs?)\\b"
            + "|(?:lui|leur)\\s+(?:a|ont|avons|avez|sont|est)\\s+(?:ete\\s+)?envoyee?s?\\b)");

    /**
     * "received on the technician's phone", « réceptionnée sur le terminal », "when a phone has received the job": what
     * arrives on a device was pushed there.
     */
    private static final java.util.regex.Pattern ON_DEVICE = java.util.regex.Pattern.compile("\\b(?:(?:on|sur)\\s+(?:(?:the|his|her|their|its|le|la|l|son|sa|leur)\\s+)?(?:[a-z]+\\s+){0,2}|"
            + "^(?:when|whenever|once|as soon as|quand|lorsqu\\w*|des qu\\w*)\\s+(?:a|an|the|his|her|their|its|le|la|l|un|une|son|sa|leur)\\s+"
            + "(?:[a-z]+\\s+s\\s+)?)(?:phones?|mobiles?|tablets?|devices?|terminals?|"
            + "tablettes?|appareils?|smartphones?|telephones?|terminaux)\\b");

    private Start() {
    }

    /**
     * Whether the trigger's words, its description's first sentence or its app's name say the concept ("email" for Gmail's
     * "New email", "deal" for a CRM's new record "in any module (leads, deals…)").
     */
    private static boolean owns(CatalogIndex.TriggerEntry t, String concept) {
        String app = t.connector().name() == null ? t.connector().app() : t.connector().name();
        return Matcher.names(t, concept) || Words.concepts(app).contains(concept);
    }

    /** "new forms or modified ones", « de nouvelles fiches ou des fiches modifiées »: new things, or changed ones. */
    private static final java.util.regex.Pattern NEW_OR_CHANGED = java.util.regex.Pattern.compile("\\b(?:new|nouvel|nouvelle|nouveau|"
            + "nouveaux|nouvelles)\\b.*\\s(?:or|ou)\\s");

    /** Two events said as either one ("is saved or modified", « est créée ou modifiée »). */
    private static final java.util.regex.Pattern EITHER = java.util.regex.Pattern.compile("\\b([a-z]+)\\s+(?:or|ou|and/or|et/ou)\\s+([a-z]+)\\b");

    private static String asVerb(String concept) {
        return "creation".equals(concept) ? "create" : concept;
    }

    static Optional<Started> write(String text, Said said, ObjectNode flow, Named named, Matcher matcher,
                                   InputFiller filler, Texts texts, Apps apps, String name) {
        Set<String> described = named.described();
        // « à chaque création ou mise à jour »: the noun of a creation says the event as its verb does
        List<String> event = said.concepts().stream().map(Start::asVerb).toList();
        if (viaForm(text)) {
            // "when a technician reports a fault via the form": what someone does through a form is filling it in (and what
            // is reported, a fault or an appointment, is what the form holds, not the app's event)
            event = List.of("finish");
        }
        if ((SENT_TO.matcher(text).find() || event.contains("receive") && ON_DEVICE.matcher(text).find()) && !event.contains("push")) {
            event = new java.util.ArrayList<>(event);
            event.add("push");   // "when a form sent to an agent…", « un formulaire qu'on lui a envoyé »: a push to someone
        }
        Set<String> events = Matcher.eventWords(event);
        // "Invoices arrive in our Gmail inbox. For every new email there, …": an event clause that names no app happens in
        // the app the sentences before it describe, when that app has such an event
        // « les webhooks ne passent pas, il faudrait surveiller… »: what is watched for is never a call to the flow's webhook
        Set<String> toldApps = Watched.WATCH.matcher(text).lookingAt()
                ? named.told().stream().filter(a -> !a.equals("webhook")).collect(java.util.stream.Collectors.toSet()) : named.told();
        Optional<CatalogIndex.TriggerEntry> found = said.apps().isEmpty() && !toldApps.isEmpty()
                ? matcher.trigger(event, toldApps).filter(t -> events.stream().anyMatch(c -> !c.equals("new") && owns(t, c)))
                : Optional.empty();
        if (found.isEmpty()) {
            found = matcher.trigger(event, said.apps());
        }
        java.util.regex.Matcher either = EITHER.matcher(text);
        boolean newOrChanged = NEW_OR_CHANGED.matcher(text).find() && event.contains("new") && event.contains("update");
        if (found.isPresent() && (either.find() || newOrChanged)) {
            // "new sheets or sheets modified": the two events, even with words between them
            String first = newOrChanged ? "new" : asVerb(Words.concept(either.group(1)));
            String second = newOrChanged ? "update" : asVerb(Words.concept(either.group(2)));
            if (first != null && second != null && !first.equals(second) && event.contains(first) && event.contains(second)) {
                Optional<CatalogIndex.TriggerEntry> both = matcher.either(event, first, second, found.get().connector().app());
                if (both.isPresent()) {
                    found = both;
                }
            }
        }
        if (found.isPresent()) {
            CatalogIndex.TriggerEntry one = found.get();
            found = matcher.many(text, one.connector().app()).or(() -> Optional.of(one));
        }
        if (found.isEmpty() && said.apps().isEmpty() && !described.isEmpty()) {
            // "our techs fill in forms in Kizeo. When they finish one, …": the app was named in the sentence before
            List<String> told = event;
            found = matcher.trigger(told, described)
                    .filter(t -> t.strong().stream().anyMatch(c -> !c.equals("new") && told.contains(c)));
        }
        if (found.isEmpty() && said.apps().isEmpty() && events.contains("new") && !Timing.isRecurring(text)) {
            // « Le bureau dépose les plans dans le dossier Dropbox. Quand un nouveau plan arrive… »: the one app told before
            // that has a "new" event is where the new thing arrives
            List<CatalogIndex.TriggerEntry> fresh = matcher.index().triggers().stream()
                    .filter(t -> named.told().contains(t.connector().app()) && t.strong().contains("new")).toList();
            if (fresh.size() == 1) {
                found = Optional.of(fresh.get(0));
            }
        }
        if (found.isEmpty() && said.apps().isEmpty() && Channels.said(said) && !Timing.isRecurring(text)) {
            found = matcher.trigger(event, Channels.apps(matcher.index()));   // "when messages are posted in #help"
        }
        if (found.isEmpty() && said.apps().isEmpty()) {
            found = matcher.change(event);
        }
        boolean recurring = Timing.schedules(text);
        if (found.isPresent() && (!recurring || Clauses.isEventPhrase(text) && said.apps().contains(found.get().connector().app()))) {
            TriggerSpec spec = found.get().spec();
            String app = found.get().connector().app();
            ObjectNode trigger = flow.putObject("trigger").put("app", app).put("event", spec.id());
            String where = (texts.french() ? "Déclencheur (" : "Trigger (") + spec.title() + ")";
            trigger.set("params", filler.fill(new InputFiller.Target(where, app, spec.input(), null, name, name, null, text), List.of(),
                    said.literals()));
            return Optional.of(new Started(texts.onTrigger(spec.title(), apps.display(app)), new Source("trigger", app, spec.output(), trigger.get("params")),
                    found.get().strong().contains("file")));
        }
        if (recurring) {
            String cron = Timing.cron(text).orElse("0 8 * * *");
            ObjectNode trigger = flow.putObject("trigger").put("app", "schedule").put("event", "cron");
            trigger.putObject("params").put("cron", cron).put("timezone", texts.zone());
            return Optional.of(new Started(texts.onSchedule(cron, texts.zone()), null, false));
        }
        return Optional.empty();
    }
}
