package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.engine.JsonPaths;
import dev.switchboard.catalog.engine.Template;
import dev.switchboard.catalog.trigger.Poller;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Polls the app triggers of type {@code polling} (e.g. {@code kizeo_forms.new_or_updated_data},
 * {@code trello.new_card}) of published and enabled flows, every {@code interval} per flow, with
 * the owner's connection: the trigger's {@code connection} (a name) or the owner's only
 * connection to that app. Each new item starts one run, the item being the trigger and its key
 * the event id. {@link Poller} keeps what was seen in the database, so an item starts one run
 * even across restarts; the first poll of a flow records what exists and starts nothing.
 *
 * <pre>{@code
 * PollingTriggers polling = new PollingTriggers(library, runtime, catalog, poller, connections, state, clock, Duration.ofMinutes(5));
 * int started = polling.pollDue();
 * }</pre>
 */
public final class PollingTriggers {

    static final String KIND = "poll";
    private static final Logger LOG = LoggerFactory.getLogger(PollingTriggers.class);

    private final FlowLibrary library;
    private final FlowRuntime runtime;
    private final Catalog catalog;
    private final Poller poller;
    private final ConnectionSource connections;
    private final TriggerState state;
    private final Clock clock;
    private final Duration interval;

    PollingTriggers(FlowLibrary library, FlowRuntime runtime, Catalog catalog, Poller poller, ConnectionSource connections,
            TriggerState state, Clock clock, Duration interval) {
        this.library = library;
        this.runtime = runtime;
        this.catalog = catalog;
        this.poller = poller;
        this.connections = connections;
        this.state = state;
        this.clock = clock;
        this.interval = interval;
    }

    /** Polls every polling flow whose interval has passed; returns how many runs this call started. */
    public int pollDue() {
        int started = 0;
        for (StoredFlow flow : library.allLive()) {
            try {
                started += poll(flow);
            } catch (RuntimeException e) {
                // a provider that is down, a connection that expired: the next poll tries again
                LOG.warn("polling trigger of flow {} failed: {}", flow.id(), e.getMessage());
            }
        }
        return started;
    }

    private int poll(StoredFlow flow) {
        Optional<FlowVersion> live = library.liveVersion(flow);
        if (live.isEmpty()) {
            return 0;
        }
        JsonNode trigger = live.get().definition().path("trigger");
        Optional<Connector> connector = catalog.connector(trigger.path("app").asString(""));
        Optional<TriggerSpec> spec = connector.flatMap(c -> c.trigger(trigger.path("event").asString("")));
        if (spec.isEmpty() || spec.get().poll() == null) {
            return 0;
        }
        String what = connector.get().app() + "." + spec.get().id();
        Instant now = clock.instant();
        state.insertIfAbsent(flow.id(), KIND, what, Instant.EPOCH);
        TriggerState.Row row = state.read(flow.id(), KIND).orElseThrow();
        boolean due = !row.config().equals(what) || !row.mark().plus(interval).isAfter(now);
        // the claim keeps two servers on one database from polling the same flow at once
        if (!due || !state.claim(flow.id(), KIND, row, what, now)) {
            return 0;
        }
        Connection connection = connection(flow.owner(), connector.get(), trigger.path("connection").asString(null));
        JsonNode params = trigger.path("params").isObject() ? trigger.path("params") : JsonNodeFactory.instance.objectNode();
        // runs are queued before the items are remembered; a repeat after a crash is absorbed by the event id
        List<JsonNode> items = poller.poll(connector.get(), spec.get(), params, connection, flow.owner(), flow.id(),
                item -> runtime.start(flow.owner(), flow.id(), live.get().version(), live.get().definition(), item,
                        JsonNodeFactory.instance.objectNode(), "poll:" + what + ":" + key(spec.get().poll(), item)));
        return items.size();
    }

    /** The item's key as the poller tells items apart (with its version when the trigger has one). */
    private static String key(TriggerSpec.PollSpec poll, JsonNode item) {
        String key = Template.asText(JsonPaths.read(item, poll.key()));
        return poll.version() == null ? key : key + "@" + Template.asText(JsonPaths.read(item, poll.version()));
    }

    private Connection connection(String owner, Connector connector, String name) {
        return OwnerConnections.pick(connections, owner, connector, name);
    }
}
