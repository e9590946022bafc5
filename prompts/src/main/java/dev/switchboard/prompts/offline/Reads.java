package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.offline.CatalogIndex.ActionEntry;
import dev.switchboard.prompts.offline.InputFiller.Source;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The reading steps a sentence leaves implicit, found from the catalog's schemas: what a step
 * needs (a list of ids, the id of "the latest" thing, a field the trigger does not carry) and
 * which action of the same app gives it. Also tells when a clause reads many things at once
 * ("the open tickets", "toutes les données de la semaine"), so a search or list action fits
 * better than a single get.
 *
 * <pre>{@code
 * Reads reads = new Reads(index);
 * reads.feeder(exportCsv, sources, "export this week s data to csv");   // kizeo_forms.get_filtered_data first
 * }</pre>
 */
final class Reads {

    /** Words that restrict what is read to a time or a state: a search, not one get nor the whole export. */
    private static final Pattern RESTRICTED = Pattern.compile("\\b(?:yesterday|today|since|still|the day s|of the day|hier|veille|"
            + "aujourd hui|de la semaine|du mois|du jour|de la journee|dans la journee|depuis|encore)\\b|" + Reads.WINDOW);
    /**
     * A period said with a deictic word ("last week", "that day", "during the week", « du mois précédent », « la semaine
     * écoulée »): the things read are those of a time window, so they are searched, not all listed.
     */
    static final String WINDOW = "\\b(?:(?:this|last|previous|past|that|the same|during the|over the|in the)\\s+(?:day|week|month|quarter|year)"
            + "|(?:jour|journee|semaine|mois|trimestre|annee)\\s+(?:derniere?|precedente?|ecoulee?|passee?|en cours|d avant)"
            + "|(?:cette|ce)\\s+(?:semaine|mois|trimestre|annee|journee))\\b";
    /** Words that ask for several things. */
    private static final Pattern ALL = Pattern.compile("\\b(?:all|tous|toutes)\\b(?!\\s+les\\s+(?:jours|matins|soirs|nuits|semaines|"
            + "mois|heures|minutes|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)\\b)");   // "tous les matins" is a time
    /** Ids of actions that return several things; "list" is the verb only first ("list_files", not "get_list_item"). */
    private static final Pattern MANY_ID = Pattern.compile("^list_|(?:^|_)(?:all|search|find|filtered)(?:_|$)");

    private final CatalogIndex index;

    Reads(CatalogIndex index) {
        this.index = index;
    }

    /** Whether the clause reads several things: a quantifier, a time restriction or a plural object. */
    static boolean many(String plain, Said said) {
        if (ALL.matcher(plain).find() || RESTRICTED.matcher(plain).find()) {
            return true;
        }
        for (int i = 0; i < said.concepts().size(); i++) {
            String w = said.words().get(i);
            String c = said.concepts().get(i);
            String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
            if (!Words.VERBS.contains(c) && w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")
                    && c.equals(Words.concept(singular))) {
                return true;   // "tickets", "lignes", "entries": the singular has the same concept
            }
        }
        return false;
    }

    /** An action that returns several of the things the clause names (its id says all/list/search, or an array output). */
    static boolean readsMany(ActionEntry e, java.util.Collection<String> objects) {
        return readsMany(e) && (e.strong().stream().anyMatch(objects::contains) || hasArrayOf(e, objects));
    }

    /** Whether {@code e} reads many of {@code noun}: its output's array is of that noun ("List campaigns" for a campaign). */
    static boolean listsOf(ActionEntry e, String noun) {
        return readsMany(e) && noun != null && noun.equals(Words.concept(String.valueOf(
                Implicit.arrayOf(new Source("list", e.connector().app(), e.spec().output())))));
    }

    /** An action that returns several things: its id says all/list/search, or its output is an array of what it is about. */
    static boolean readsMany(ActionEntry e) {
        if (!"get".equals(e.verb()) && !"find".equals(e.verb())) {
            return false;
        }
        if (MANY_ID.matcher(e.spec().id()).find() || pluralTitle(e.spec().title())) {
            return true;
        }
        JsonNode props = e.spec().output() == null ? null : e.spec().output().path("properties");
        if (props != null) {
            for (String p : props.propertyNames()) {
                if ("array".equals(props.get(p).path("type").asString("")) && e.strong().contains(Words.concept(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Get group users", "Get rows": a title that ends on a plural noun reads several things. */
    private static boolean pluralTitle(String title) {
        List<String> words = Words.words(Words.plain(title == null ? "" : title));
        String w = words.isEmpty() ? "" : words.get(words.size() - 1);
        String c = Words.concept(w);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && c != null && !Words.VERBS.contains(c)
                && c.equals(Words.concept(w.substring(0, w.length() - 1)));
    }

    /** A time the things read were made in ("today", "since Monday", "last week"); a state ("still open") is not one. */
    private static final Pattern TIMED = Pattern.compile("\\b(?:yesterday|today|since|the day s|of the day|hier|veille|aujourd hui|"
            + "de la semaine|du mois|du jour|de la journee|dans la journee|depuis)\\b|" + WINDOW);

    /** Ids and titles of reads that search or filter ("get_filtered_data", "Find records", "Search issues"). */
    private static final Pattern SEARCHES = Pattern.compile("(?:^|_|\\s)(?:search|filter|filtered|find)(?:_|\\s|$)");

    /**
     * "the reports completed last week", « les comptes-rendus du mois précédent »: a read of a time window is a search,
     * so the app's read whose id or title says it searches or filters replaces a pick that does not list what the clause
     * names (the forms rather than their data); an app with no such read keeps its pick.
     */
    Optional<ActionEntry> windowed(ActionEntry found, String plain, java.util.Collection<String> heads) {
        if (!TIMED.matcher(plain).find() || !"get".equals(found.verb()) && !"find".equals(found.verb())
                || readsMany(found) && SEARCHES.matcher(found.spec().id()).find()) {   // already a search of many
            return Optional.empty();
        }
        if (readsMany(found, heads.stream().filter(h -> !h.equals("all")).toList())) {
            return Optional.empty();   // "the campaigns sent last month": the list of what is named is the read
        }
        return index.actions().stream()
                .filter(a -> a.connector().app().equals(found.connector().app()) && readsMany(a)
                        && (SEARCHES.matcher(a.spec().id()).find() || SEARCHES.matcher(Words.plain(a.spec().title())).find()))
                .min(Comparator.comparingInt(ActionEntry::required));
    }

    /**
     * A read of the same app that gives what {@code entry} needs and nothing in hand gives, when the clause
     * restricts it ("the CSV export of this week's submissions"): the list its {@code X_ids} input takes (an
     * export of "data_ids" after a search of data).
     */
    Optional<ActionEntry> feeder(ActionEntry entry, List<Source> sources, String plain) {
        String app = entry.connector().app();
        JsonNode required = entry.spec().input() == null ? null : entry.spec().input().path("required");
        if (required == null) {
            return Optional.empty();
        }
        for (JsonNode r : required) {
            String name = r.asString("");
            if (!name.endsWith("_ids") || !RESTRICTED.matcher(plain).find()) {
                continue;   // "export the data" exports it all; "this week's data" is searched first
            }
            String stem = name.substring(0, name.lastIndexOf('_'));
            if (sources.stream().anyMatch(s -> s.app().equals(app) && (s.has(name) || s.has(stem) || s.has(stem + "_id")))) {
                continue;   // an earlier step or the trigger already gives them
            }
            String noun = Words.concept(stem);
            Optional<ActionEntry> read = index.actionsOf(app)
                    .filter(a -> a != entry && readsMany(a) && hasArrayOf(a, noun))
                    .min(Comparator.comparingInt(ActionEntry::required));
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** "to all the users of the group X", "each person in the group", « à chaque membre du groupe Kizeo X »: everyone in a group. */
    private static final Pattern GROUP_MEMBERS = Pattern.compile("\\b(?:all|every|each|tous|toutes|chaque|chacun)\\b"
            + "(?:\\s+(?:the|les|des|de|of|d))*\\s+(?:users?|members?|utilisateurs?|membres?|persons?|people|personnes?|techs?|technicians?|"
            + "techniciens?|employees?|salaries?)\\s+(?:of|in|from|du|de|des|dans)\\s+"
            // "the 'Leads' group", "the Kizeo group 'Foremen'"
            + "(?:the|this|our|that|le|la|l|notre|ce)?\\s*(?:" + Literals.MARK + "\\d+\\s+)?(?:[a-z_]+\\s+)?(?:group|groupe)\\b");

    /**
     * An order for one user ("push the form to a user") said of everyone in a group: the users come from the app's
     * read of a group's users (its id says group and user or member), unless an earlier step gave them.
     */
    Optional<ActionEntry> groupMembers(ActionEntry entry, List<Source> sources, String plain) {
        String app = entry.connector().app();
        JsonNode required = entry.spec().input() == null ? null : entry.spec().input().path("required");
        boolean forAUser = required != null && java.util.stream.StreamSupport.stream(required.spliterator(), false)
                .anyMatch(r -> r.asString("").matches("(?:.*_)?user_ids?"));
        if (!forAUser || !GROUP_MEMBERS.matcher(plain).find() || sources.stream().anyMatch(s -> s.app().equals(app) && s.has("users"))) {
            return Optional.empty();
        }
        return index.actionsOf(app)
                .filter(a -> a.spec().id().matches(".*group.*(?:user|member).*"))
                .min(Comparator.comparingInt(ActionEntry::required));
    }

    /**
     * "post the subject of each new Gmail e-mail": the trigger's output lacks a field the clause speaks of, and
     * a get action of the trigger's app, fed by the trigger's id, returns it.
     */
    Optional<ActionEntry> detail(List<String> objects, List<Source> sources, ActionEntry entry) {
        Source trigger = sources.isEmpty() || !sources.get(0).ref().equals("trigger") ? null : sources.get(0);
        if (trigger == null || trigger.output() == null || !trigger.has("id")
                || sources.stream().anyMatch(s -> !s.ref().equals("trigger") && s.app().equals(trigger.app()))) {
            return Optional.empty();   // no event, or a step of its app already read it
        }
        if (entry.connector().app().equals(trigger.app()) && onlyIds(entry)) {
            return Optional.empty();   // "grab the PDF report": an action of the event's app fed the event's ids reads it itself
        }
        Set<String> carried = concepts(trigger.output());
        Set<String> missing = new HashSet<>(objects);
        missing.removeAll(carried);
        missing.removeIf(c -> Words.VERBS.contains(c) || c.equals("file"));   // an attachment is saved as the trigger gives it
        if (!entry.connector().app().equals("data")) {
            missing.removeAll(own(entry));   // "format the e-mail's date": a transform's own words are what it is given
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return index.actions().stream()
                .filter(a -> a.connector().app().equals(trigger.app()) && "get".equals(a.verb()) && !readsMany(a)
                        && onlyIds(a) && concepts(a.spec().output()).stream().anyMatch(missing::contains)
                        && concepts(a.spec().output()).containsAll(carried.stream().filter(objects::contains).toList()))
                .filter(a -> !a.qualified().equals(entry.qualified()))
                .min(Comparator.comparingInt(ActionEntry::required));
    }

    /**
     * "for each campaign, post its open rate": a field the loop's items lack is read per item by the list's app's single
     * get, fed by ids only, whose output has it (the campaign's report).
     */
    Optional<ActionEntry> ofItem(List<String> objects, Source list, ActionEntry entry, List<Source> sources) {
        String array = list == null ? null : Implicit.arrayOf(list);
        if (array == null || entry.connector().app().equals(list.app())
                || sources.subList(sources.indexOf(list) + 1, sources.size()).stream().anyMatch(s -> s.app().equals(list.app()))) {
            return Optional.empty();   // no loop, an order of the list's own app (its inputs), or the item was read already
        }
        Set<String> missing = new HashSet<>(objects);
        missing.removeAll(concepts(list.output().path("properties").path(array).path("items")));
        missing.removeIf(c -> Words.VERBS.contains(c) || c.equals("file"));
        if (!entry.connector().app().equals("data")) {
            missing.removeAll(own(entry));   // "format the e-mail's date": a transform's own words are what it is given
        }
        return index.actions().stream()
                .filter(a -> a.connector().app().equals(list.app()) && "get".equals(a.verb()) && !readsMany(a) && onlyIds(a)
                        && concepts(a.spec().output()).stream().anyMatch(missing::contains))
                .min(Comparator.comparingInt(ActionEntry::required));
    }

    /**
     * "fetch the full record", « récupère son détail », with no app named: what is read is the item the event gave,
     * so the trigger app's single get whose required inputs the trigger's output all gives (the most of them: the
     * data, not its form).
     */
    Optional<ActionEntry> ofEvent(List<Source> sources) {
        Source trigger = sources.isEmpty() || !sources.get(0).ref().equals("trigger") ? null : sources.get(0);
        if (trigger == null || trigger.output() == null) {
            return Optional.empty();
        }
        return index.actions().stream()
                // "get the file" after a new Dropbox file: its download, whose inputs (a path) the event gives
                .filter(a -> a.connector().app().equals(trigger.app()) && !readsMany(a)
                        && ("get".equals(a.verb()) && onlyIds(a) || "download".equals(a.verb()) && a.required() > 0))
                .filter(a -> java.util.stream.StreamSupport.stream(a.spec().input().path("required").spliterator(), false)
                        .allMatch(r -> trigger.giving(r.asString("")).isPresent()))
                .max(Comparator.comparingInt(ActionEntry::required));
    }

    private static boolean onlyIds(ActionEntry a) {
        return onlyIds(a, false);
    }

    /**
     * Whether the action needs nothing but ids: a read of one known thing. Ogust's "id_customer" form counts only when
     * the order itself says "ID" ({@link Matcher}); a field read later ("the client's name") does not reach for it.
     */
    static boolean onlyIds(ActionEntry a, boolean idFirstToo) {
        for (JsonNode r : a.spec().input().path("required")) {
            String name = r.asString("");
            if (!name.endsWith("_id") && !(idFirstToo && name.startsWith("id_"))) {
                return false;
            }
        }
        return a.required() > 0;
    }

    /**
     * What the order's action is given by id ("the list" of "create a card in the list 'To order'") and what it makes
     * (the message of "send a message saying…"): not a field to read.
     */
    private static Set<String> own(ActionEntry entry) {
        Set<String> own = new HashSet<>(Words.concepts(entry.spec().title()));
        entry.spec().input().path("properties").propertyNames().forEach(p -> {
            if (p.endsWith("_id")) {
                own.addAll(Words.concepts(p));
            }
        });
        return own;
    }

    /** The concepts of an output's property names ("attachments" is a file). */
    private static Set<String> concepts(JsonNode output) {
        Set<String> out = new HashSet<>();
        if (output != null) {
            for (String p : output.path("properties").propertyNames()) {
                if (p.endsWith("_at")) {
                    out.add("date");   // "received_at" is when it was received: a date, not the event said again
                } else if (!p.endsWith("id") && !p.endsWith("Id")) {
                    out.addAll(Words.concepts(p));   // "message_id" names what an id is of, not a field to show
                }
            }
        }
        return out;
    }

    private static boolean hasArrayOf(ActionEntry a, java.util.Collection<String> nouns) {
        return nouns.stream().anyMatch(n -> hasArrayOf(a, n));
    }

    private static boolean hasArrayOf(ActionEntry a, String noun) {
        JsonNode props = a.spec().output() == null ? null : a.spec().output().path("properties");
        if (props == null) {
            return false;
        }
        for (String p : props.propertyNames()) {
            if ("array".equals(props.get(p).path("type").asString("")) && noun != null && noun.equals(Words.concept(p))) {
                return true;
            }
        }
        return false;
    }
}
