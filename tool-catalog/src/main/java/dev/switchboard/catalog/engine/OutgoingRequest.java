package dev.switchboard.catalog.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headers and body of one request as the engine builds it, before it has a URL: the
 * credentials, the connector's headers and the rendered body are set on it one after the other,
 * and a redirect sends a copy.
 *
 * <pre>{@code
 * OutgoingRequest request = new OutgoingRequest();
 * request.header("Accept", "application/json");
 * request.body("{}".getBytes(UTF_8), "application/json");
 * }</pre>
 */
final class OutgoingRequest {

    /** Names the HTTP client sets itself from the connection and the body; a connector may not. */
    private static final Set<String> RESERVED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Lower-case name → the name as given and its value; setting a name again replaces it. */
    private final Map<String, String[]> headers = new LinkedHashMap<>();
    private byte[] body;

    OutgoingRequest() {
    }

    private OutgoingRequest(OutgoingRequest other) {
        other.headers.forEach((key, pair) -> headers.put(key, pair.clone()));
        body = other.body;
    }

    /**
     * Sets a header, replacing one of the same name.
     *
     * @throws IllegalArgumentException with the reason, for a name that is not an HTTP token, a
     *                                  reserved name, or a value with a line break
     */
    void header(String name, String value) {
        if (!TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid header name");
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(key)) {
            throw new IllegalArgumentException("the HTTP client sets it itself");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("the value holds a line break or a NUL character");
            }
        }
        headers.put(key, new String[] {name, value});
    }

    void removeHeader(String name) {
        headers.remove(name.toLowerCase(Locale.ROOT));
    }

    /** The headers as given, in the order they were first set. */
    Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        headers.values().forEach(pair -> out.put(pair[0], pair[1]));
        return out;
    }

    /** Sets the body and its {@code Content-Type} (kept when {@code contentType} is null). */
    void body(byte[] bytes, String contentType) {
        body = bytes;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    /** The body, or null for a request without one. */
    byte[] body() {
        return body;
    }

    OutgoingRequest copy() {
        return new OutgoingRequest(this);
    }
}
