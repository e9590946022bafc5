package dev.switchboard.server.triggers;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a webhook call gives its run as {@code trigger}: {@code {method, path, headers, query,
 * body}}. Header names are lower case; credentials (authorization, cookies, the signature) and
 * the {@code secret} query parameter are left out, so they never reach the run log. The body is
 * parsed when it is JSON or a form, and text otherwise.
 *
 * <pre>{@code
 * ObjectNode event = WebhookEvent.of(request, body);   // {"method": "POST", "path": "/hooks/f1", ...}
 * }</pre>
 */
final class WebhookEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HIDDEN = Set.of("authorization", "proxy-authorization", "cookie",
            HookSecrets.SIGNATURE_HEADER.toLowerCase(Locale.ROOT));

    private WebhookEvent() {
    }

    static ObjectNode of(HttpServletRequest request, byte[] body) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("method", request.getMethod());
        String[] parts = request.getPathInfo().replaceFirst("^/", "").split("/");
        event.put("path", "/hooks/" + parts[0]); // without a secret segment
        ObjectNode headers = event.putObject("headers");
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HIDDEN.contains(lower)) {
                headers.put(lower, String.join(", ", Collections.list(request.getHeaders(name))));
            }
        }
        event.set("query", asObject(query(request.getQueryString())));
        event.set("body", body(request.getContentType(), body));
        return event;
    }

    /** The query string's parameters in order, decoded, without {@code secret}. */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        return out;
    }

    private static ObjectNode asObject(Map<String, List<String>> parameters) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        parameters.forEach((name, values) -> {
            if (name.equals("secret")) {
                return;
            }
            if (values.size() == 1) {
                out.put(name, values.get(0));
            } else {
                ArrayNode all = out.putArray(name);
                values.forEach(all::add);
            }
        });
        return out;
    }

    private static JsonNode body(String contentType, byte[] body) {
        if (body.length == 0) {
            return JsonNodeFactory.instance.nullNode();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.contains("json")) {
            try {
                return JSON.readTree(body);
            } catch (JacksonException e) {
                return JsonNodeFactory.instance.stringNode(text); // the flow still sees what came
            }
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode form = JsonNodeFactory.instance.objectNode();
            query(text).forEach((name, values) -> form.put(name, values.get(values.size() - 1)));
            return form;
        }
        return JsonNodeFactory.instance.stringNode(text);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
