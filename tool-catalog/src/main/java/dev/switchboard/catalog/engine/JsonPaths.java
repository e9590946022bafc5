package dev.switchboard.catalog.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a value by a simple path: {@code body.files}, {@code items[0].id},
 * {@code body["@odata.nextLink"]}. No expressions, no I/O; a missing step gives a missing node.
 *
 * <pre>{@code
 * JsonNode next = JsonPaths.read(context, "body.nextPageToken");
 * if (!next.isMissingNode()) { ... }
 * }</pre>
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static JsonNode read(JsonNode root, String path) {
        JsonNode current = root;
        for (Object step : parse(path)) {
            if (current == null || current.isMissingNode() || current.isNull()) {
                return MissingNode.getInstance();
            }
            current = step instanceof Integer index ? current.path(index) : current.path((String) step);
        }
        return current == null || current.isNull() ? MissingNode.getInstance() : current;
    }

    /** The steps of a path: property names (String) and array indexes (Integer). */
    static List<Object> parse(String path) {
        List<Object> steps = new ArrayList<>();
        int i = 0;
        StringBuilder name = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(name, steps);
                i++;
            } else if (c == '[') {
                flush(name, steps);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in path '" + path + "'");
                }
                String inside = path.substring(i + 1, close).strip();
                if (inside.startsWith("\"") && inside.endsWith("\"") && inside.length() >= 2) {
                    steps.add(inside.substring(1, inside.length() - 1));
                } else {
                    try {
                        steps.add(Integer.parseInt(inside));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad index [" + inside + "] in path '" + path + "'");
                    }
                }
                i = close + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        flush(name, steps);
        return steps;
    }

    private static void flush(StringBuilder name, List<Object> steps) {
        if (!name.isEmpty()) {
            steps.add(name.toString().strip());
            name.setLength(0);
        }
    }
}
