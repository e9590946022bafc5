package dev.switchboard.runtime.expr;

import dev.switchboard.catalog.engine.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code {{ … }}} templates inside any JSON value. Each template holds JSONata, evaluated with
 * the catalog's sandboxed, time- and depth-bounded {@link Expressions}. A string that is one
 * whole template keeps the value's type ({@code "{{ steps.pdf.file }}"} gives the object); a
 * template inside text is converted to text. Results larger than {@code maxOutputBytes} are
 * refused so that one expression cannot blow up a run.
 *
 * <pre>{@code
 * Templates templates = new Templates(1_000_000);
 * JsonNode input = templates.resolve(step.input(), context, "upload", "/steps/1/input");
 * }</pre>
 */
public final class Templates {

    /** One template; the expression is group 1. Non-greedy so that two templates in one string stay apart. */
    public static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final long maxOutputBytes;

    public Templates(long maxOutputBytes) {
        this.maxOutputBytes = maxOutputBytes;
    }

    /** Every expression in the value, with the pointer of the string holding it (relative to {@code pointer}). */
    public static List<Map.Entry<String, String>> expressions(JsonNode value, String pointer) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        collect(value, pointer, found);
        return found;
    }

    private static void collect(JsonNode value, String pointer, List<Map.Entry<String, String>> found) {
        if (value == null) {
            return;
        }
        if (value.isString()) {
            Matcher m = TEMPLATE.matcher(value.asString());
            while (m.find()) {
                found.add(Map.entry(pointer, m.group(1).strip()));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(value.get(i), pointer + "/" + i, found);
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                collect(e.getValue(), pointer + "/" + escape(e.getKey()), found);
            }
        }
    }

    /** True when the string is exactly one template (so its value keeps its type). */
    public static boolean isWholeTemplate(String text) {
        Matcher m = TEMPLATE.matcher(text.strip());
        return m.matches() && !m.group(1).contains("{{");
    }

    /** True when the value holds no template at all (a literal). */
    public static boolean isLiteral(JsonNode value) {
        return expressions(value, "").isEmpty();
    }

    /** The value with every template replaced by its result against {@code context}. */
    public JsonNode resolve(JsonNode value, JsonNode context, String stepId, String pointer) {
        JsonNode out = walk(value, context, stepId, pointer);
        return out;
    }

    private JsonNode walk(JsonNode value, JsonNode context, String stepId, String pointer) {
        if (value == null || value.isMissingNode()) {
            return NullNode.getInstance();
        }
        if (value.isString()) {
            return string(value.asString(), context, stepId, pointer);
        }
        if (value.isArray()) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                a.add(walk(value.get(i), context, stepId, pointer + "/" + i));
            }
            return a;
        }
        if (value.isObject()) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                o.set(e.getKey(), walk(e.getValue(), context, stepId, pointer + "/" + escape(e.getKey())));
            }
            return o;
        }
        return value;
    }

    private JsonNode string(String text, JsonNode context, String stepId, String pointer) {
        if (!text.contains("{{")) {
            return StringNode.valueOf(text);
        }
        if (isWholeTemplate(text)) {
            Matcher m = TEMPLATE.matcher(text.strip());
            m.matches();
            JsonNode v = evaluate(m.group(1).strip(), context, stepId, pointer);
            return v.isMissingNode() ? NullNode.getInstance() : v;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TEMPLATE.matcher(text);
        while (m.find()) {
            JsonNode v = evaluate(m.group(1).strip(), context, stepId, pointer);
            m.appendReplacement(out, Matcher.quoteReplacement(asText(v)));
            if (out.length() > maxOutputBytes) {
                throw new TemplateException(stepId, pointer, m.group(1).strip(), "gives more than " + maxOutputBytes
                        + " bytes; reduce the data it selects");
            }
        }
        m.appendTail(out);
        return StringNode.valueOf(out.toString());
    }

    /** One expression's value (missing when it yields nothing), bounded in size. */
    public JsonNode evaluate(String expression, JsonNode context, String stepId, String pointer) {
        JsonNode v;
        try {
            v = Expressions.evaluate(expression, context);
        } catch (Expressions.ExpressionException e) {
            throw new TemplateException(stepId, pointer, expression, "failed: " + stripPrefix(e.getMessage(), expression));
        } catch (RuntimeException e) {
            throw new TemplateException(stepId, pointer, expression, "failed: " + e.getMessage());
        }
        if (!v.isMissingNode() && !v.isValueNode() && v.toString().length() > maxOutputBytes) {
            throw new TemplateException(stepId, pointer, expression, "gives more than " + maxOutputBytes
                    + " bytes; reduce the data it selects");
        }
        if (v.isString() && v.asString().length() > maxOutputBytes) {
            throw new TemplateException(stepId, pointer, expression, "gives more than " + maxOutputBytes
                    + " bytes; reduce the data it selects");
        }
        return v;
    }

    /** True when the expression's value is truthy in JSONata's sense. */
    public boolean test(String expression, JsonNode context, String stepId, String pointer) {
        try {
            return Expressions.test(expression, context);
        } catch (RuntimeException e) {
            throw new TemplateException(stepId, pointer, expression, "failed: " + stripPrefix(e.getMessage(), expression));
        }
    }

    static String asText(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asString() : v.toString();
    }

    private static String stripPrefix(String message, String expression) {
        String prefix = "expression '" + expression + "' ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : String.valueOf(message);
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
