package dev.switchboard.prompts.grounding;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.search.LiveToolIndex;
import dev.switchboard.catalog.search.ToolIndex;
import dev.switchboard.catalog.search.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of the catalog a description needs, as prompt text: the actions the catalog search
 * finds for it (best first), the triggers of their apps and of the core starters (schedule,
 * manual, webhook) ranked by the words they share with the description, each with its input schema, cut to a size budget so that a catalog of
 * thousands of actions still fits a small model's context.
 *
 * <pre>{@code
 * String text = new CatalogExcerpt(catalog).describe("upload the Kizeo PDF to Drive", List.of("google_drive"));
 * }</pre>
 */
public final class CatalogExcerpt {

    /** Characters of catalog text in one prompt; about 3,000 tokens. */
    public static final int DEFAULT_BUDGET = 12_000;
    private static final int ACTION_HITS = 12;
    private static final int HINTED_HITS = 6;
    /** Triggers come from this many apps of the best actions (plus hinted apps and the starters). */
    private static final int TRIGGER_APPS = 4;
    private static final int MAX_SCHEMA = 900;
    private static final int MAX_DESCRIPTION = 160;
    private static final List<String> STARTERS = List.of("manual", "schedule", "webhook");

    private final Catalog catalog;
    private final int budget;
    private final LiveToolIndex index;

    public CatalogExcerpt(Catalog catalog) {
        this(new LiveToolIndex(catalog), DEFAULT_BUDGET);
    }

    public CatalogExcerpt(Catalog catalog, int budget) {
        this(new LiveToolIndex(catalog), budget);
    }

    /** Searches through {@code index}, shared with the other searches of the same catalog. */
    public CatalogExcerpt(LiveToolIndex index, int budget) {
        this.catalog = index.catalog();
        this.budget = budget;
        this.index = index;
    }

    /** Catalog text for this description, at most the budget in characters. */
    public String describe(String description, List<String> appHints) {
        Map<String, ToolIndex.Entry> actions = new LinkedHashMap<>();
        List<String> hinted = appHints.stream().filter(a -> catalog.connector(a).isPresent()).toList();
        if (!hinted.isEmpty()) {
            index.current().search(description, hinted, HINTED_HITS).forEach(h -> actions.putIfAbsent(h.entry().tool(), h.entry()));
        }
        index.current().search(description, List.of(), ACTION_HITS).forEach(h -> actions.putIfAbsent(h.entry().tool(), h.entry()));
        Set<String> apps = new LinkedHashSet<>(hinted);
        actions.values().stream().map(ToolIndex.Entry::app).distinct().limit(TRIGGER_APPS).forEach(apps::add);
        apps.removeAll(STARTERS);

        Set<String> words = new HashSet<>(Vocabulary.terms(description));
        List<ScoredLine> candidates = new ArrayList<>();
        for (String app : apps) {
            catalog.connector(app).ifPresent(c -> c.triggers().forEach(t -> candidates.add(new ScoredLine(
                    overlap(words, c.app() + " " + c.name() + " " + t.id() + " " + t.title() + " " + t.description()),
                    trigger(c, t)))));
        }
        // the starters are short and always useful; equally matching others keep the app order
        List<String> triggers = new ArrayList<>();
        STARTERS.forEach(app -> catalog.connector(app).ifPresent(c -> c.triggers().forEach(t -> triggers.add(trigger(c, t)))));
        candidates.stream().sorted(Comparator.comparingInt(ScoredLine::score).reversed()).map(ScoredLine::line).forEach(triggers::add);
        List<String> actionLines = new ArrayList<>();
        for (ToolIndex.Entry entry : actions.values()) {
            catalog.connector(entry.app()).ifPresent(c -> actionLines.add(action(c, entry.spec())));
        }
        // triggers may take a third of the budget, so that the best actions always make it in
        StringBuilder out = new StringBuilder("Triggers (trigger.app, trigger.event, trigger.params):\n");
        append(out, triggers, budget / 3);
        out.append("\nActions (step.action = \"app.action\", step.input), best matches first:\n");
        append(out, actionLines, budget);
        return out.toString().strip();
    }

    /** Adds whole lines while the text stays within {@code limit} characters. */
    private static void append(StringBuilder out, List<String> lines, int limit) {
        for (String line : lines) {
            if (out.length() + line.length() + 1 > limit) {
                return;
            }
            out.append(line).append('\n');
        }
    }

    private record ScoredLine(int score, String line) {
    }

    private static int overlap(Set<String> words, String text) {
        return (int) Vocabulary.terms(text).stream().distinct().filter(words::contains).count();
    }

    private static String trigger(Connector connector, TriggerSpec trigger) {
        return "- " + connector.app() + "." + trigger.id() + " (" + trigger.type() + "): " + shorten(trigger.description())
                + " params schema: " + schema(trigger.input());
    }

    private static String action(Connector connector, ActionSpec action) {
        boolean needsConnection = connector.auth().stream().anyMatch(a -> !"none".equals(a.type()));
        return "- " + connector.app() + "." + action.id() + " — " + action.title() + ": " + shorten(action.description())
                + (needsConnection ? " [needs a connection]" : "") + " input schema: " + schema(action.input());
    }

    private static String shorten(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return plain.length() <= MAX_DESCRIPTION ? plain : plain.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    /** The schema as compact JSON; a big one keeps only property names, types, enums and required. */
    static String schema(JsonNode schema) {
        if (schema == null || schema.isNull()) {
            return "{}";
        }
        String full = schema.toString();
        if (full.length() <= MAX_SCHEMA) {
            return full;
        }
        ObjectNode small = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = small.putObject("properties");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            ObjectNode kept = properties.putObject(property.getKey());
            JsonNode type = property.getValue().get("type");
            if (type != null) {
                kept.set("type", type);
            }
            JsonNode values = property.getValue().get("enum");
            if (values != null) {
                kept.set("enum", values);
            }
        }
        if (schema.has("required")) {
            small.set("required", schema.get("required"));
        }
        return small.toString();
    }
}
