package dev.switchboard.catalog.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * value is left out (a missing object member or array element, a missing query parameter).
 *
 * <pre>{@code
 * JsonNode body = Template.render(json("{\"name\": \"{{input.name}}\", \"size\": \"{{input.size}}\"}"), context);
 * }</pre>
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Template() {
    }

    /** The rendered value, or a missing node when it depends on a value that is absent. */
    public static JsonNode render(JsonNode template, JsonNode context) {
        if (template == null || template.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (template.isString()) {
            return renderText(template.asString(), context);
        }
        if (template.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                JsonNode value = render(field.getValue(), context);
                if (!value.isMissingNode()) {
                    out.set(field.getKey(), value);
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : template) {
                JsonNode value = render(element, context);
                if (!value.isMissingNode()) {
                    out.add(value);
                }
            }
            return out;
        }
        return template;
    }

    /** Renders a string template to text; missing when a placeholder has no value. */
    public static JsonNode renderText(String text, JsonNode context) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return value(context, whole.group(1));
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            JsonNode value = value(context, matcher.group(1));
            if (value.isMissingNode()) {
                return MissingNode.getInstance();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(asText(value)));
        }
        matcher.appendTail(out);
        return NODES.stringNode(out.toString());
    }

    /** A path, or with a leading {@code =} a JSONata expression over the whole context. */
    private static JsonNode value(JsonNode context, String reference) {
        if (reference.startsWith("=")) {
            return Expressions.evaluate(reference.substring(1).strip(), context);
        }
        return JsonPaths.read(context, reference);
    }

    /** Scalars as their text, containers as JSON. */
    public static String asText(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
