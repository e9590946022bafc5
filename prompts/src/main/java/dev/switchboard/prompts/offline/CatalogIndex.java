package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The catalog's actions and triggers as concepts ({@link Words}): strong ones from the id and
 * title, weak ones from the start of the description, and the verb of each action. Built once per
 * planner.
 *
 * <pre>{@code
 * CatalogIndex index = new CatalogIndex(Catalog.bundled());
 * index.actions().get(0).verb();   // e.g. "send"
 * }</pre>
 */
final class CatalogIndex {

    /** An action with its concepts; {@code nameConcepts} are the app name's own, ignored in matching. */
    record ActionEntry(Connector connector, ActionSpec spec, String verb, Set<String> strong, Set<String> weak,
                       Set<String> nameConcepts) {
        String qualified() {
            return connector.app() + "." + spec.id();
        }

        int required() {
            return spec.input() == null ? 0 : spec.input().path("required").size();
        }

        /** A file is a required input (uploads). */
        boolean needsFile() {
            return spec.input() != null && spec.input().path("required").toString().contains("\"file\"");
        }

        /** An optional file input ("attachments"): it carries a file when the clause speaks of one. */
        boolean takesFile() {
            JsonNode properties = spec.input() == null ? null : spec.input().path("properties");
            return properties != null && (properties.has("attachments") || properties.has("file"));
        }
    }

    /** A trigger with its concepts. */
    record TriggerEntry(Connector connector, TriggerSpec spec, Set<String> strong, Set<String> weak) {
        int required() {
            return spec.input() == null ? 0 : spec.input().path("required").size();
        }
    }

    private final List<ActionEntry> actions = new ArrayList<>();
    private final List<TriggerEntry> triggers = new ArrayList<>();

    CatalogIndex(Catalog catalog) {
        for (Connector c : catalog.connectors()) {
            Set<String> name = new LinkedHashSet<>(Words.concepts(c.name() == null ? c.app() : c.name()));
            for (ActionSpec a : c.actions()) {
                Set<String> titled = new LinkedHashSet<>(Words.concepts(a.title()));
                titled.removeAll(name);
                Set<String> strong = new LinkedHashSet<>(Words.concepts(a.id()));
                strong.addAll(titled);
                actions.add(new ActionEntry(c, a, verb(a.id()), strong, weak(a.description()), name));
            }
            for (TriggerSpec t : c.triggers()) {
                Set<String> strong = new LinkedHashSet<>(Words.concepts(t.id()));
                strong.addAll(Words.concepts(t.title()));
                strong.removeAll(name);
                triggers.add(new TriggerEntry(c, t, strong, weak(t.description())));
            }
        }
    }

    List<ActionEntry> actions() {
        return actions;
    }

    /** The actions of one app, in catalog order. */
    java.util.stream.Stream<ActionEntry> actionsOf(String app) {
        return actions.stream().filter(a -> a.connector().app().equals(app));
    }

    List<TriggerEntry> triggers() {
        return triggers;
    }

    /** The first verb of an action id; "list_x" reads. */
    private static String verb(String id) {
        if (id.startsWith("list_") || id.equals("list")) {
            return "get";
        }
        for (String c : Words.concepts(id)) {
            if (Words.VERBS.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** Concepts of the first sentence of a description. */
    private static Set<String> weak(String description) {
        if (description == null) {
            return Set.of();
        }
        int end = description.indexOf(". ");
        return new LinkedHashSet<>(Words.concepts(end < 0 ? description : description.substring(0, end)));
    }
}
