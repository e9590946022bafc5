package dev.switchboard.prompts.offline;

import dev.switchboard.prompts.builder.Placeholders;
import dev.switchboard.prompts.builder.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The questions of one draft: each gets a unique name and a placeholder; the pointers are found
 * once the flow is assembled (a step may still move into a branch after its inputs are filled).
 *
 * <pre>{@code
 * String value = asks.ask("form_id", "Which form?", List.of());   // "<ask:form_id>"
 * List<Question> questions = asks.questions(flow);
 * }</pre>
 */
final class Asks {

    private record Pending(String text, List<String> choices) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    String ask(String base, String text, List<String> choices) {
        String clean = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        clean = clean.substring(0, Math.min(clean.length(), 56));
        String name = clean;
        for (int i = 2; pending.containsKey(name); i++) {
            name = clean + "_" + i;
        }
        pending.put(name, new Pending(text, choices));
        return Placeholders.of(name);
    }

    int size() {
        return pending.size();
    }

    /** The questions whose placeholder is in the flow, with its pointer, in asking order. */
    List<Question> questions(JsonNode flow) {
        Map<String, String> pointers = new LinkedHashMap<>();
        walk(flow, "", pointers);
        List<Question> out = new ArrayList<>();
        pending.forEach((name, p) -> {
            String pointer = pointers.get(name);
            if (pointer != null) {
                out.add(new Question(name, pointer, p.text(), p.choices()));
            }
        });
        return out;
    }

    private static void walk(JsonNode node, String at, Map<String, String> pointers) {
        if (node.isString()) {
            Placeholders.name(node.asString()).ifPresent(n -> pointers.putIfAbsent(n, at));
        } else if (node.isObject()) {
            for (String field : node.propertyNames()) {
                walk(node.get(field), at + "/" + escape(field), pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
