package dev.switchboard.catalog.engine;

import com.dashjoin.jsonata.Jsonata;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSONata, sandboxed and bounded: no I/O functions exist in it, and each evaluation stops after
 * a time and depth limit. Compiled expressions are cached.
 *
 * <pre>{@code
 * JsonNode ids = Expressions.evaluate("body.forms.id", context);
 * }</pre>
 */
public final class Expressions {

    private static final long TIMEOUT_MS = 2_000;
    private static final int MAX_DEPTH = 200;
    private static final int MAX_CACHED = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Jsonata> COMPILED = new ConcurrentHashMap<>();

    private Expressions() {
    }

    /** The value, or a missing node when the expression yields nothing. */
    public static JsonNode evaluate(String expression, JsonNode input) {
        return evaluate(expression, input, null);
    }

    /**
     * The value, with {@code $base64(file)} and {@code $base64url(file)} reading the bytes of a
     * file reference from {@code files} (the owner's blobs only); without {@code files} the
     * expression has no way to read anything.
     */
    public static JsonNode evaluate(String expression, JsonNode input, FileFunctions files) {
        Jsonata compiled = compile(expression);
        Jsonata.Frame frame = compiled.createFrame();
        frame.setRuntimeBounds(TIMEOUT_MS, MAX_DEPTH);
        if (files != null) {
            frame.bind("base64", (Jsonata.Fn1<Object, String>) files::base64);
            frame.bind("base64url", (Jsonata.Fn1<Object, String>) v -> v instanceof String text ? base64url(text) : files.base64url(v));
        } else {
            frame.bind("base64url", (Jsonata.Fn1<String, String>) Expressions::base64url);
        }
        Object result;
        try {
            result = compiled.evaluate(plain(input), frame);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ActionException fileProblem) {
                    throw fileProblem; // from FileFunctions: says what to fix, without the expression's text
                }
            }
            throw new ExpressionException("expression '" + expression + "' failed: " + e.getMessage());
        }
        return result == null ? MissingNode.getInstance() : JSON.valueToTree(result);
    }

    /**
     * The tree as the maps, lists and values JSONata reads, built by walking it: what
     * {@code convertValue(input, Object.class)} gives, without writing the tree to tokens and reading
     * them back (the largest cost of mapping an HTTP response in a profile of the flow runtime).
     */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            java.util.List<Object> out = new java.util.ArrayList<>(node.size());
            for (JsonNode e : node) {
                out.add(plain(e));
            }
            return out;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isDouble()) {
            return node.doubleValue();
        }
        return JSON.convertValue(node, Object.class); // big numbers, binary and POJO nodes: as Jackson maps them
    }

    /** {@code $base64url(text)}: UTF-8 text in URL-safe base64 without padding (Gmail's {@code raw}). */
    static String base64url(String text) {
        return text == null ? null : java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** True when the expression yields a truthy value. */
    public static boolean test(String expression, JsonNode input) {
        JsonNode value = evaluate(expression, input);
        return !value.isMissingNode() && Jsonata.boolize(JSON.convertValue(value, Object.class));
    }

    public static Jsonata compile(String expression) {
        if (COMPILED.size() > MAX_CACHED) {
            COMPILED.clear();
        }
        try {
            return COMPILED.computeIfAbsent(expression, Jsonata::jsonata);
        } catch (RuntimeException e) {
            throw new ExpressionException("expression '" + expression + "' is not valid JSONata: " + e.getMessage());
        }
    }

    /** A JSONata expression that could not be compiled or evaluated. */
    public static final class ExpressionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ExpressionException(String message) {
            super(message);
        }
    }
}
