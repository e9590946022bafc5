package dev.switchboard.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes HTTP errors as JSON-RPC error objects, the shape MCP clients can read, with a message
 * that says what to fix and never a Java class name or stack trace.
 *
 * <pre>{@code
 * JsonErrors.write(response, 403, JsonErrors.INVALID_REQUEST, "Origin https://evil.example is not allowed");
 * }</pre>
 */
public final class JsonErrors {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int SERVER_ERROR = -32000;
    public static final int UNAUTHORIZED = -32001;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE = 400;

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, int httpStatus, int code, String message) throws IOException {
        byte[] body = body(code, message);
        response.resetBuffer();
        response.setStatus(httpStatus);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** {@code {"jsonrpc":"2.0","id":null,"error":{"code":…,"message":…}}}. */
    public static byte[] body(int code, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("jsonrpc", "2.0");
        root.putNull("id");
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", clean(message));
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    /** One line, bounded, so nothing internal rides along. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "request failed";
        }
        String oneLine = message.lines().findFirst().orElse("").strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }

    /** The JSON-RPC code that goes with an HTTP status. */
    static int codeFor(int httpStatus) {
        return switch (httpStatus) {
            case 400, 413, 415, 406 -> INVALID_REQUEST;
            case 401, 403 -> UNAUTHORIZED;
            default -> SERVER_ERROR;
        };
    }

    static String reason(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> "bad request";
            case 404 -> "not found: unknown path or MCP session; start a new session with initialize";
            case 405 -> "method not allowed on this path";
            case 406 -> "not acceptable: send Accept: application/json, text/event-stream";
            case 413 -> "request body too large";
            case 415 -> "unsupported media type: send Content-Type: application/json";
            case 503 -> "the server is shutting down";
            default -> "request failed with HTTP " + httpStatus;
        };
    }
}
