package dev.switchboard.catalog.trigger;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Annotations;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.engine.JsonPaths;
import dev.switchboard.catalog.engine.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Runs one poll of a polling trigger and returns only the items never emitted before for that
 * subscription. The first poll of a subscription records what already exists and emits nothing,
 * so that turning a flow on does not replay history.
 *
 * <pre>{@code
 * Poller poller = new Poller(engine, seen);
 * List<JsonNode> fresh = poller.poll(trello, trello.trigger("new_card").orElseThrow(), params, connection, "alice", "flow-7");
 * }</pre>
 */
public final class Poller {

    private final HttpEngine engine;
    private final SeenItems seen;

    public Poller(HttpEngine engine, SeenItems seen) {
        this.engine = engine;
        this.seen = seen;
    }

    /** @param subscription who listens (e.g. a flow id); state is kept per subscription and trigger */
    public List<JsonNode> poll(Connector connector, TriggerSpec trigger, JsonNode params, Connection connection,
            String owner, String subscription) {
        return poll(connector, trigger, params, connection, owner, subscription, item -> { });
    }

    /**
     * Like {@link #poll(Connector, TriggerSpec, JsonNode, Connection, String, String)}, handing each
     * new item to {@code handle} before any is remembered: if handling fails (or the process dies),
     * the next poll emits the items again, so a handler that deduplicates by item key loses none.
     */
    public List<JsonNode> poll(Connector connector, TriggerSpec trigger, JsonNode params, Connection connection,
            String owner, String subscription, java.util.function.Consumer<JsonNode> handle) {
        if (trigger.poll() == null) {
            throw new ActionException(0, connector.app() + "." + trigger.id() + " is not a polling trigger");
        }
        TriggerSpec.PollSpec poll = trigger.poll();
        ActionSpec asAction = new ActionSpec(trigger.id(), trigger.title(), trigger.description(), Annotations.DEFAULT,
                trigger.input(), trigger.output(), null, List.of(poll.request()),
                "{'status': status, 'headers': headers, 'body': body, 'items': items}", null);
        JsonNode response = engine.execute(connector, asAction, params, connection, owner);
        JsonNode items;
        if (poll.map() != null) {
            tools.jackson.databind.node.ObjectNode scope = ((tools.jackson.databind.node.ObjectNode) response).deepCopy();
            scope.set("input", params);
            items = dev.switchboard.catalog.engine.Expressions.evaluate(poll.map(), scope);
            if (items.isObject()) {
                items = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(items);
            }
        } else {
            items = poll.request().pagination() != null ? response.path("items") : JsonPaths.read(response, poll.items());
        }
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        if (items.isArray()) {
            for (JsonNode item : items) {
                JsonNode key = JsonPaths.read(item, poll.key());
                if (key.isMissingNode()) {
                    continue;
                }
                String id = Template.asText(key);
                if (poll.version() != null) {
                    id = id + "@" + Template.asText(JsonPaths.read(item, poll.version()));
                }
                byKey.putIfAbsent(id, item);
            }
        }
        String state = connector.app() + "." + trigger.id() + "/" + subscription;
        if (!seen.started(state)) {
            seen.remember(state, byKey.keySet());
            seen.markStarted(state);
            return List.of();
        }
        Set<String> known = seen.known(state, byKey.keySet());
        List<JsonNode> fresh = new ArrayList<>();
        List<String> freshKeys = new ArrayList<>();
        byKey.forEach((key, item) -> {
            if (!known.contains(key)) {
                fresh.add(item);
                freshKeys.add(key);
            }
        });
        fresh.forEach(handle);
        seen.remember(state, freshKeys);
        return fresh;
    }
}
