package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.connector.ResponseSpec;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads a provider's response into {@code {status, headers, body}} (and {@code file}), or fails with its message. */
final class ResponseReader {

    private static final int MESSAGE_LIMIT = 300;
    private static final List<String> MESSAGE_PATHS = List.of("error.message", "error_description", "message",
            "errorMessages[0]", "errors[0].message", "errors[0].detail", "detail", "error.errorMessage", "title",
            "error", "errors[0]", "[0].message", "fault.faultstring");

    private final BlobStore blobs;

    ResponseReader(BlobStore blobs) {
        this.blobs = blobs;
    }

    ObjectNode read(Connector connector, RequestSpec spec, JsonNode context, Reply response, String owner) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        int status = response.status();
        result.put("status", status);
        ObjectNode headers = result.putObject("headers");
        response.headers().forEach(headers::put);
        byte[] bytes = response.body();
        if (status >= 400) {
            throw new ActionException(status, connector.name() + " answered HTTP " + status + ": " + providerMessage(bytes));
        }
        ResponseSpec how = spec.response();
        switch (how.type()) {
            case "file" -> {
                ObjectNode scope = context.deepCopy() instanceof ObjectNode copy ? copy : JsonNodeFactory.instance.objectNode();
                scope.set("headers", headers);
                JsonNode rendered = how.fileName() == null ? null : Template.renderText(how.fileName(), scope);
                String name = rendered == null || rendered.isMissingNode() ? null : Template.asText(rendered);
                if (name == null || name.isEmpty()) {
                    name = fileNameFrom(headers.path("content-disposition").asString(""));
                }
                String mime = how.mime() != null ? how.mime() : headers.path("content-type").asString(null);
                FileRef ref = blobs.put(owner, name, mime, bytes);
                ObjectNode file = result.putObject("file");
                file.put("file_id", ref.fileId());
                file.put("name", ref.name());
                file.put("mime", ref.mime());
                file.put("size", ref.size());
                result.set("body", file);
            }
            case "text" -> result.put("body", new String(bytes, StandardCharsets.UTF_8));
            default -> result.set("body", parse(bytes));
        }
        checkErrorRule(connector, result);
        return result;
    }

    private static void checkErrorRule(Connector connector, ObjectNode result) {
        Connector.ErrorRule rule = connector.error();
        if (rule == null || rule.when() == null) {
            return;
        }
        if (Expressions.test(rule.when(), result)) {
            JsonNode message = rule.message() == null ? result.path("body") : Expressions.evaluate(rule.message(), result);
            throw new ActionException(result.path("status").asInt(), connector.name() + " reported an error: "
                    + limit(Template.asText(message.isMissingNode() ? result.path("body") : message)));
        }
    }

    static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return HttpEngine.JSON.readTree(bytes);
        } catch (JacksonException e) {
            return JsonNodeFactory.instance.stringNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    static String providerMessage(byte[] bytes) {
        JsonNode body = parse(bytes);
        if (body.isObject() || body.isArray()) {
            for (String path : MESSAGE_PATHS) {
                JsonNode value = JsonPaths.read(body, path);
                if (value.isString() && !value.asString().isBlank()) {
                    return limit(value.asString());
                }
            }
            return limit(body.toString());
        }
        String text = Template.asText(body).strip();
        return text.isEmpty() ? "(no message)" : limit(text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
    }

    private static String limit(String text) {
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT) + "…";
    }

    private static String fileNameFrom(String disposition) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
        return m.find() ? m.group(1) : "download";
    }
}
