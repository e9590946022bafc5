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
            result = compiled.evaluate(JSON.convertValue(input, Object.class), frame);
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
