package dev.switchboard.prompts.builder;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds the placeholders left in a flow, so that questions can point at them even when an
 * engine named a question but not where its answer goes, and so that a stored draft can be
 * answered later without keeping the questions anywhere else.
 *
 * <pre>{@code
 * Map<String, String> open = PlaceholderScan.pointers(flow);   // {"form_id" -> "/trigger/params/form_id"}
 * }</pre>
 */
public final class PlaceholderScan {

    private PlaceholderScan() {
    }

    /** Every placeholder pointer in document order, keyed by pointer; the value is the placeholder's name. */
    public static Map<String, String> pointers(JsonNode flow) {
        Map<String, String> found = new LinkedHashMap<>();
        walk(flow, "", found);
        return found;
    }

    private static void walk(JsonNode node, String pointer, Map<String, String> found) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            Placeholders.name(node.asString()).ifPresent(name -> found.put(pointer, name));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
