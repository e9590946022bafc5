package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.BodySpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@link RequestSpec} and a context ({@code input}, {@code connection}, {@code responses})
 * into the URL, headers and body of one HTTP request, with the connection's credentials placed
 * where the connector's auth spec says.
 */
final class RequestFactory {

    private static final Pattern PATH_PARAM = Pattern.compile("(?<!\\{)\\{([A-Za-z0-9_]+)}(?!})");

    private final BlobStore blobs;

    RequestFactory(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The request's URL with its query, before routing. */
    URI uri(Connector connector, RequestSpec spec, JsonNode context, Map<String, String> extraQuery) {
        String base;
        if (spec.url() != null) {
            base = text(spec.url(), context, "url");
        } else {
            String template = spec.base() != null ? connector.baseUrls().get(spec.base())
                    : connector.baseUrls().values().stream().findFirst().orElse(null);
            if (template == null) {
                throw new ActionException(0, "connector " + connector.app() + " has no base URL '" + spec.base() + "'");
            }
            base = stripSlash(text(template, context, "base URL")) + fillPath(spec.path() == null ? "" : spec.path(), context);
        }
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : spread(spec.query(), context).entrySet()) {
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(v -> pairs.add(encode(entry.getKey()) + "=" + encode(Template.asText(v))));
            } else if (!value.isMissingNode() && !value.isNull()) {
                pairs.add(encode(entry.getKey()) + "=" + encode(Template.asText(value)));
            }
        }
        extraQuery.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        String query = String.join("&", pairs);
        String full = query.isEmpty() ? base : base + (base.contains("?") ? "&" : "?") + query;
        try {
            URI uri = URI.create(full);
            if (!uri.isAbsolute()) {
                throw new ActionException(0, "the URL must be absolute (http:// or https://), got " + full);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ActionException(0, "not a valid URL: " + full);
        }
    }

    void headers(OutgoingRequest request, RequestSpec spec, JsonNode context) {
        for (Map.Entry<String, JsonNode> entry : spread(spec.headers(), context).entrySet()) {
            JsonNode value = entry.getValue();
            if (!value.isMissingNode() && !value.isNull()) {
                try {
                    request.header(entry.getKey(), value.isContainer() ? asciiJson(value) : Template.asText(value));
                } catch (IllegalArgumentException e) {
                    throw new ActionException(0, "header '" + entry.getKey() + "' cannot be set: " + e.getMessage());
                }
            }
        }
    }

    /**
     * JSON for a header value (Dropbox's {@code Dropbox-API-Arg}): HTTP headers carry ASCII only,
     * so every character from 0x7F up is written as a JSON escape {@code \\uXXXX} (a character
     * outside the BMP as its two surrogates), which JSON readers turn back into the same text.
     */
    static String asciiJson(JsonNode value) {
        String json = value.toString();
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c >= 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Renders a map of templates; the key {@code "*"} spreads an object (e.g. {@code "{{input.headers}}"})
     * into the map, so that callers can pass their own headers or query parameters.
     */
    static Map<String, JsonNode> spread(Map<String, JsonNode> templates, JsonNode context) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : templates.entrySet()) {
            JsonNode value = Template.render(entry.getValue(), context);
            if (entry.getKey().equals("*")) {
                if (value.isObject()) {
                    value.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
                }
            } else {
                out.put(entry.getKey(), value);
            }
        }
        return out;
    }

    /** The HTTP method, which may come from the input ({@code "{{input.method}}"}). */
    static String method(RequestSpec spec, JsonNode context) {
        if (spec.method() == null) {
            return "GET";
        }
        JsonNode value = Template.renderText(spec.method(), context);
        String method = value.isMissingNode() ? "" : Template.asText(value).toUpperCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
            throw new ActionException(0, "method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS; got '" + method + "'");
        }
        return method;
    }

    /** Places the credentials; returns extra query parameters for keys sent in the query. */
    Map<String, String> authenticate(OutgoingRequest request, Connector connector, Connection connection) {
        if (connection == null || connection.credentials() instanceof Credentials.None) {
            return Map.of();
        }
        Credentials credentials = connection.credentials();
        if (credentials instanceof Credentials.Basic basic) {
            if (connector.auth().stream().anyMatch(a -> a.login() != null)) {
                return Map.of(); // traded for a session token by SessionLogins; never sent as it is
            }
            String pair = basic.username() + ":" + basic.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            return Map.of();
        }
        if (credentials instanceof Credentials.Bearer bearer) {
            // OAuth2 specs may name another scheme, e.g. Zoho's "Zoho-oauthtoken "
            String prefix = connector.auth().stream()
                    .filter(a -> a.type().startsWith("oauth2") && !a.prefix().isEmpty())
                    .map(AuthSpec::prefix).findFirst().orElse("Bearer ");
            request.header("Authorization", prefix + bearer.token());
            return Map.of();
        }
        if (credentials instanceof Credentials.OAuth2 oauth) {
            if (oauth.accessToken() == null) {
                throw new ActionException(0, "the connection '" + connection.name() + "' is not authorized yet");
            }
            request.header("Authorization", "Bearer " + oauth.accessToken());
            return Map.of();
        }
        Credentials.ApiKey key = (Credentials.ApiKey) credentials;
        AuthSpec spec = connector.auth().stream().filter(a -> "api_key".equals(a.type())).findFirst()
                .orElse(new AuthSpec("api_key", "header", "Authorization", "Bearer ", null, null, null, null));
        if (key.name() != null) { // the connection names its own header or parameter: no prefix is guessed
            spec = new AuthSpec("api_key", key.in() == null ? "header" : key.in(), key.name(), "", null, null, null, null);
        }
        String value = spec.prefix() + key.key();
        if ("query".equals(spec.in())) {
            return Map.of(spec.name(), value);
        }
        request.header(spec.name() == null ? "Authorization" : spec.name(), value);
        return Map.of();
    }

    /** Renders the body into {@code request}, with its content type; leaves it empty when there is none. */
    void body(OutgoingRequest request, BodySpec body, JsonNode context, String owner) {
        if (body == null) {
            return;
        }
        FileFunctions files = new FileFunctions(blobs, owner);
        switch (body.type()) {
            case "auto" -> {
                JsonNode value = Template.render(body.value(), context, files);
                if (value.isMissingNode() || value.isNull()) {
                    return;
                }
                if (value.isString()) {
                    request.body(utf8(value.asString()), body.contentType() != null ? body.contentType() : "text/plain; charset=UTF-8");
                } else {
                    request.body(utf8(value.toString()), "application/json");
                }
            }
            case "json" -> {
                JsonNode value = Template.render(body.value(), context, files);
                request.body(utf8(value.isMissingNode() ? "{}" : value.toString()), body.contentType() != null ? body.contentType() : "application/json");
            }
            case "form" -> {
                JsonNode value = Template.render(body.value(), context, files);
                List<String> pairs = new ArrayList<>();
                value.properties().forEach(e -> pairs.add(encode(e.getKey()) + "=" + encode(Template.asText(e.getValue()))));
                request.body(utf8(String.join("&", pairs)), "application/x-www-form-urlencoded");
            }
            case "text" -> {
                JsonNode value = Template.render(body.value(), context, files);
                request.body(utf8(value.isMissingNode() ? "" : Template.asText(value)), body.contentType() != null ? body.contentType() : "text/plain; charset=UTF-8");
            }
            case "file" -> {
                JsonNode value = Template.render(body.value(), context);
                if (value.isMissingNode() || value.isNull()) {
                    return; // an optional file that was not given
                }
                FileRef ref = fileRef(value, owner);
                request.body(read(ref, owner), body.contentType() != null ? body.contentType() : ref.mime());
            }
            case "multipart_form", "multipart_related" -> {
                Multipart multipart = new Multipart(body.type().equals("multipart_form") ? "form-data" : "related");
                for (BodySpec.Part part : body.parts()) {
                    addPart(multipart, part, context, owner);
                }
                request.body(multipart.bytes(), multipart.contentType());
            }
            default -> throw new ActionException(0, "unknown body type '" + body.type() + "'");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void addPart(Multipart multipart, BodySpec.Part part, JsonNode context, String owner) {
        if (part.file() != null) {
            JsonNode value = Template.render(part.file(), context);
            if (value.isMissingNode()) {
                return;
            }
            FileRef ref = fileRef(value, owner);
            multipart.part(part.name(), ref.name(), part.contentType() != null ? part.contentType() : ref.mime(), read(ref, owner));
        } else if (part.json() != null) {
            JsonNode value = Template.render(part.json(), context);
            multipart.part(part.name(), null, part.contentType() != null ? part.contentType() : "application/json; charset=UTF-8",
                    value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (part.text() != null) {
            JsonNode value = Template.render(part.text(), context);
            if (!value.isMissingNode()) {
                multipart.part(part.name(), null, part.contentType(), Template.asText(value).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private FileRef fileRef(JsonNode value, String owner) {
        String id = value.path("file_id").asString(null);
        if (id == null) {
            throw new ActionException(0, "expected a file reference {\"file_id\", \"name\", \"mime\", \"size\"} from an earlier step");
        }
        return blobs.describe(owner, id)
                .orElseThrow(() -> new ActionException(0, "file " + id + " does not exist or is not yours"));
    }

    private byte[] read(FileRef ref, String owner) {
        return blobs.read(owner, ref.fileId())
                .orElseThrow(() -> new ActionException(0, "file " + ref.fileId() + " does not exist or is not yours"));
    }

    private static String fillPath(String path, JsonNode context) {
        Matcher matcher = PATH_PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            JsonNode value = context.path("input").path(matcher.group(1));
            if (value.isMissingNode() || value.isNull() || Template.asText(value).isEmpty()) {
                throw new ActionException(0, "missing input '" + matcher.group(1) + "', needed in the URL");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(encode(Template.asText(value))));
        }
        matcher.appendTail(out);
        return text(out.toString(), context, "path");
    }

    private static String text(String template, JsonNode context, String what) {
        JsonNode value = Template.renderText(template, context);
        if (value.isMissingNode()) {
            throw new ActionException(0, "the " + what + " '" + template + "' needs a value that is missing "
                    + "(an input, or a connection setting)");
        }
        return Template.asText(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
