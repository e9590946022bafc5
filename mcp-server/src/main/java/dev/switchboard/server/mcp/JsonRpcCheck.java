package dev.switchboard.server.mcp;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that raw bytes hold one JSON-RPC 2.0 message, before a transport parses them, so that
 * bad input gets an error that says what to fix instead of closing the session.
 *
 * <pre>{@code
 * String problem = JsonRpcCheck.problemWith(body);   // null when fine
 * }</pre>
 */
public final class JsonRpcCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRpcCheck() {
    }

    /** Null when the body is one well-formed JSON-RPC 2.0 message, else what to fix. */
    public static String problemWith(byte[] body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JacksonException e) {
            return "parse error: the body is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")";
        }
        if (message == null || message.isMissingNode()) {
            return "parse error: the body is empty; send one JSON-RPC 2.0 message";
        }
        if (message.isArray()) {
            return "invalid request: JSON-RPC batches are not supported; send one message per request";
        }
        if (!message.isObject()) {
            return "invalid request: the body must be a JSON-RPC 2.0 object";
        }
        JsonNode version = message.get("jsonrpc");
        if (version == null || !"2.0".equals(version.asString(null))) {
            return "invalid request: \"jsonrpc\" must be \"2.0\"";
        }
        JsonNode method = message.get("method");
        boolean isResponse = message.has("id") && (message.has("result") || message.has("error"));
        if (!isResponse && (method == null || !method.isString() || method.asString().isEmpty())) {
            return "invalid request: \"method\" must be a non-empty string";
        }
        JsonNode id = message.get("id");
        if (id != null && !(id.isString() || id.isIntegralNumber())) {
            return "invalid request: \"id\" must be a string or an integer";
        }
        JsonNode params = message.get("params");
        if (params != null && !params.isObject() && !params.isNull()) {
            return "invalid request: \"params\" must be an object";
        }
        return null;
    }

    /** The JSON-RPC error code for a problem from {@link #problemWith}: parse error or invalid request. */
    public static int codeFor(String problem) {
        return problem.startsWith("parse error") ? io.modelcontextprotocol.spec.McpSchema.ErrorCodes.PARSE_ERROR
                : io.modelcontextprotocol.spec.McpSchema.ErrorCodes.INVALID_REQUEST;
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("unreadable");
    }
}
