package dev.switchboard.catalog.core;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.engine.ActionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code webhook.respond}: checks and records the answer a synchronous webhook call gets. The
 * action itself sends nothing; the webhook endpoint reads the step's output once the run has
 * finished or paused.
 *
 * <pre>{@code
 * WebhookActions.register(runner);
 * }</pre>
 */
public final class WebhookActions {

    /** Headers the server computes itself, or that would let a flow set cookies on the caller. */
    private static final Set<String> RESERVED = Set.of("content-length", "transfer-encoding", "connection", "set-cookie",
            "keep-alive", "upgrade", "trailer", "te");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");

    private WebhookActions() {
    }

    public static void register(ActionRunner runner) {
        runner.register("webhook", "respond", call -> answer(call.input()));
    }

    /** The checked answer: {@code {status, headers, body}}. */
    static ObjectNode answer(JsonNode input) {
        JsonNode statusNode = input.path("status");
        int status = statusNode.isMissingNode() || statusNode.isNull() ? 200 : statusNode.asInt(-1);
        if (!statusNode.isMissingNode() && !statusNode.isNull() && !statusNode.isIntegralNumber() || status < 200 || status > 599) {
            throw new ActionException(0, "status must be a whole number from 200 to 599, not " + statusNode);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("status", status);
        ObjectNode headers = out.putObject("headers");
        JsonNode given = input.path("headers");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            throw new ActionException(0, "headers must be an object of header name to text value");
        }
        for (Map.Entry<String, JsonNode> header : given.properties()) {
            String name = header.getKey();
            if (!TOKEN.matcher(name).matches()) {
                throw new ActionException(0, "'" + name + "' is not a valid header name");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new ActionException(0, "the " + name + " header is set by the server; leave it out");
            }
            String value = header.getValue().isString() ? header.getValue().asString() : header.getValue().toString();
            if (value.length() > 4096 || value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw new ActionException(0, "the value of the " + name + " header must be one line of at most 4096 characters");
            }
            headers.put(name, value);
        }
        out.set("body", input.has("body") ? input.get("body") : JsonNodeFactory.instance.nullNode());
        return out;
    }
}
