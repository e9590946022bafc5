package dev.switchboard.catalog.trigger;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Annotations;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.Expressions;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.engine.JsonPaths;
import dev.switchboard.catalog.engine.Template;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers and removes webhook subscriptions with an app, and maps incoming payloads to a
 * trigger's output.
 *
 * <pre>{@code
 * String id = webhooks.subscribe(kizeo, trigger, params, "https://hub.example/hooks/abc", connection, "alice");
 * JsonNode event = webhooks.event(trigger, payload);
 * webhooks.unsubscribe(kizeo, trigger, params, id, connection, "alice");
 * }</pre>
 */
public final class Webhooks {

    private final HttpEngine engine;

    public Webhooks(HttpEngine engine) {
        this.engine = engine;
    }

    /** Registers the URL with the app; returns the app's subscription id (may be null if it gives none). */
    public String subscribe(Connector connector, TriggerSpec trigger, JsonNode params, String webhookUrl,
            Connection connection, String owner) {
        if (trigger.subscribe() == null) {
            return null; // the user pastes the URL into the app by hand
        }
        ObjectNode webhook = JsonNodeFactory.instance.objectNode().put("url", webhookUrl);
        JsonNode response = run(connector, trigger, trigger.subscribe(), params, connection, owner, Map.of("webhook", webhook));
        if (trigger.subscriptionId() == null) {
            return null;
        }
        JsonNode id = JsonPaths.read(response, trigger.subscriptionId());
        if (id.isMissingNode()) {
            throw new ActionException(0, connector.name() + " did not return a subscription id at " + trigger.subscriptionId());
        }
        return Template.asText(id);
    }

    public void unsubscribe(Connector connector, TriggerSpec trigger, JsonNode params, String subscriptionId,
            Connection connection, String owner) {
        if (trigger.unsubscribe() == null) {
            return;
        }
        ObjectNode subscription = JsonNodeFactory.instance.objectNode().put("id", subscriptionId);
        run(connector, trigger, trigger.unsubscribe(), params, connection, owner, Map.of("subscription", subscription));
    }

    /** The trigger output for an incoming request ({@code {body, headers, query}}). */
    public JsonNode event(TriggerSpec trigger, JsonNode request) {
        if (trigger.event() == null) {
            return request.path("body");
        }
        JsonNode mapped = Expressions.evaluate(trigger.event(), request);
        return mapped.isMissingNode() ? JsonNodeFactory.instance.nullNode() : mapped;
    }

    private JsonNode run(Connector connector, TriggerSpec trigger, RequestSpec request, JsonNode params,
            Connection connection, String owner, Map<String, JsonNode> extra) {
        ActionSpec asAction = new ActionSpec(trigger.id(), trigger.title(), trigger.description(), Annotations.DEFAULT,
                trigger.input(), trigger.output(), null, List.of(request),
                "{'status': status, 'headers': headers, 'body': body}", null);
        return engine.execute(connector, asAction, params, connection, owner, extra);
    }
}
