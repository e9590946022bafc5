package dev.switchboard.catalog.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills {@code {{path}}} placeholders (or {@code {{= jsonata}}} expressions, for the rare value that a
 * path cannot give, such as Gmail's base64url-encoded message) in a JSON template from a context such as
 * {@code {"input": …, "connection": …}}. A string that is one whole placeholder keeps the value's
 * type; a string mixing text and placeholders becomes text. Anything whose placeholder has no
 * value is left out (a missing object member or array element, a missing query parameter), and
 * so is an object or array all of whose members were left out.
 *
 * <pre>{@code
 * JsonNode body = Template.render(json("{\"name\": \"{{input.name}}\", \"size\": \"{{input.size}}\"}"), context);
 * }</pre>
 */
public final class Template {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Template() {
    }

    /** The rendered value, or a missing node when it depends on a value that is absent. */
    public static JsonNode render(JsonNode template, JsonNode context) {
        return render(template, context, null);
    }

    /**
     * Renders with file functions: {@code {{= $base64(input.file)}}} is the base64 of a file
     * reference's bytes (see {@link FileFunctions}).
     */
    public static JsonNode render(JsonNode template, JsonNode context, FileFunctions files) {
        if (template == null || template.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (template.isString()) {
            return renderText(template.asString(), context, files);
        }
        if (template.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                JsonNode value = render(field.getValue(), context, files);
                if (!value.isMissingNode()) {
                    out.set(field.getKey(), value);
                }
            }
            // an object whose every member is absent is absent too: {"priority": {"name": "{{input.p}}"}}
            return out.isEmpty() && !template.isEmpty() ? MissingNode.getInstance() : out;
        }
        if (template.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : template) {
                JsonNode value = render(element, context, files);
                if (!value.isMissingNode()) {
                    out.add(value);
                }
            }
            return out.isEmpty() && !template.isEmpty() ? MissingNode.getInstance() : out;
        }
        return template;
    }

    /** Renders a string template to text; missing when a placeholder has no value. */
    public static JsonNode renderText(String text, JsonNode context) {
        return renderText(text, context, null);
    }

    static JsonNode renderText(String text, JsonNode context, FileFunctions files) {
        List<int[]> spans = placeholders(text);
        if (spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == text.length()) {
            return value(context, inner(text, spans.get(0)), files);
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int[] span : spans) {
            JsonNode value = value(context, inner(text, span), files);
            if (value.isMissingNode()) {
                return MissingNode.getInstance();
            }
            out.append(text, last, span[0]).append(asText(value));
            last = span[1];
        }
        out.append(text.substring(last));
        return NODES.stringNode(out.toString());
    }

    /**
     * Start and end of each {@code {{…}}}. Inside a {@code {{= …}}} expression, braces and quoted
     * strings are balanced, so JSONata object constructors such as {@code {'a': {'b': 1}}} work.
     */
    static List<int[]> placeholders(String text) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("{{", from);
            if (start < 0) {
                return spans;
            }
            int end = closing(text, start + 2);
            if (end < 0) {
                return spans;
            }
            spans.add(new int[] {start, end});
            from = end;
        }
    }

    private static int closing(String text, int from) {
        boolean expression = text.substring(from).stripLeading().startsWith("=");
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (expression && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '{' && expression) {
                depth++;
            } else if (c == '}') {
                if (depth > 0) {
                    depth--;
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
                    return i + 2;
                }
            }
        }
        return -1;
    }

    private static String inner(String text, int[] span) {
        return text.substring(span[0] + 2, span[1] - 2).strip();
    }

    /** A path, or with a leading {@code =} a JSONata expression over the whole context. */
    private static JsonNode value(JsonNode context, String reference, FileFunctions files) {
        if (reference.startsWith("=")) {
            return Expressions.evaluate(reference.substring(1).strip(), context, files);
        }
        return JsonPaths.read(context, reference);
    }

    /** Scalars as their text, containers as JSON. */
    public static String asText(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
