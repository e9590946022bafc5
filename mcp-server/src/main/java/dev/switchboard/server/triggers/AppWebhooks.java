package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.trigger.Webhooks;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the apps' webhook subscriptions (e.g. Kizeo {@code data_finished}) in step with the
 * flows: a published and enabled flow whose trigger is an app webhook gets its hook URL (with
 * its secret) registered with the app, with the owner's connection; when the flow is disabled,
 * deleted, re-published with other params, or its secret is rotated, the old subscription is
 * removed (and a new one made when still needed). The subscription is remembered per flow in
 * {@code flow_trigger_state}, so this works across restarts.
 *
 * <pre>{@code
 * AppWebhooks apps = new AppWebhooks(library, catalog, new Webhooks(engine), connections, hooks, state, clock, app::publicUrl);
 * apps.reconcile();   // on each trigger tick
 * }</pre>
 */
public final class AppWebhooks {

    static final String KIND = "app_hook";
    /** A registration that has not finished after this long was cut short (e.g. by a crash) and is made again. */
    private static final java.time.Duration PENDING_FOR = java.time.Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(AppWebhooks.class);

    private final FlowLibrary library;
    private final Catalog catalog;
    private final Webhooks webhooks;
    private final ConnectionSource connections;
    private final HookSecrets hooks;
    private final TriggerState state;
    private final Clock clock;
    private final Supplier<URI> publicUrl;

    AppWebhooks(FlowLibrary library, Catalog catalog, Webhooks webhooks, ConnectionSource connections, HookSecrets hooks,
            TriggerState state, Clock clock, Supplier<URI> publicUrl) {
        this.library = library;
        this.catalog = catalog;
        this.webhooks = webhooks;
        this.connections = connections;
        this.hooks = hooks;
        this.state = state;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Subscribes what should be and unsubscribes what should not; returns how many subscriptions changed. */
    public int reconcile() {
        Map<String, TriggerState.Row> current = state.all(KIND);
        Set<String> wanted = new HashSet<>();
        int changed = 0;
        for (StoredFlow flow : library.allLive()) {
            try {
                Optional<ObjectNode> want = wanted(flow);
                if (want.isEmpty()) {
                    continue;
                }
                wanted.add(flow.id());
                TriggerState.Row row = current.get(flow.id());
                JsonNode had = row == null ? null : JSON.readTree(row.config());
                if (had != null && had.path("pending").asBoolean(false)) {
                    if (row.mark().plus(PENDING_FOR).isAfter(clock.instant())) {
                        continue; // another server is registering it right now
                    }
                    state.delete(flow.id(), KIND, row); // a server died while registering it: start again
                    row = null;
                    had = null;
                }
                if (had != null && had.path("key").equals(want.get().path("key"))) {
                    continue;
                }
                if (row != null) {
                    unsubscribe(flow.id(), row);
                }
                changed += subscribe(flow, want.get()) ? 1 : 0;
            } catch (RuntimeException e) {
                // the app is down or refuses: the next tick tries again
                LOG.warn("webhook subscription of flow {} failed: {}", flow.id(), e.getMessage());
            }
        }
        for (Map.Entry<String, TriggerState.Row> stale : current.entrySet()) {
            if (!wanted.contains(stale.getKey())) {
                try {
                    changed += unsubscribe(stale.getKey(), stale.getValue()) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warn("removing the webhook subscription of flow {} failed: {}", stale.getKey(), e.getMessage());
                }
            }
        }
        return changed;
    }

    /** What the flow's live version needs registered, or empty when it needs no app subscription. */
    private Optional<ObjectNode> wanted(StoredFlow flow) {
        Optional<FlowVersion> live = library.liveVersion(flow);
        JsonNode trigger = live.map(v -> v.definition().path("trigger")).orElse(JsonNodeFactory.instance.objectNode());
        Optional<TriggerSpec> spec = catalog.connector(trigger.path("app").asString(""))
                .flatMap(c -> c.trigger(trigger.path("event").asString("")))
                .filter(t -> "webhook".equals(t.type()) && t.subscribe() != null);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode want = JsonNodeFactory.instance.objectNode();
        want.put("app", trigger.path("app").asString());
        want.put("event", trigger.path("event").asString());
        want.set("params", trigger.path("params").isObject() ? trigger.path("params") : JsonNodeFactory.instance.objectNode());
        if (trigger.path("connection").isString()) {
            want.put("connection", trigger.path("connection").asString());
        }
        // the key changes with anything that needs a new subscription, the secret (in the URL) included
        want.put("key", want.toString() + "|" + fingerprint(hooks.reveal(flow.id())) + "|" + publicUrl.get());
        return Optional.of(want);
    }

    private boolean subscribe(StoredFlow flow, ObjectNode want) {
        ObjectNode pending = want.deepCopy().put("pending", true);
        // a row first, so that of two servers only one registers the flow
        if (!state.insertIfAbsent(flow.id(), KIND, pending.toString(), clock.instant())) {
            return false;
        }
        TriggerState.Row claimed = state.read(flow.id(), KIND).orElseThrow();
        Connector connector = catalog.connector(want.path("app").asString()).orElseThrow();
        TriggerSpec spec = connector.trigger(want.path("event").asString()).orElseThrow();
        String url = publicUrl.get().toString().replaceFirst("/+$", "") + "/hooks/" + flow.id() + "/" + hooks.reveal(flow.id());
        String id;
        try {
            id = webhooks.subscribe(connector, spec, want.path("params"), url,
                    connection(flow.owner(), connector, want.path("connection").asString(null)), flow.owner());
        } catch (RuntimeException e) {
            state.delete(flow.id(), KIND, claimed);
            throw e;
        }
        ObjectNode done = want.deepCopy().put("owner", flow.owner());
        if (id != null) {
            done.put("id", id);
        }
        state.claim(flow.id(), KIND, claimed, done.toString(), clock.instant());
        return true;
    }

    private boolean unsubscribe(String flowId, TriggerState.Row row) {
        JsonNode had = JSON.readTree(row.config());
        if (had.path("pending").asBoolean(false)) {
            // another server is registering it right now, or died doing so (then no id to remove)
            return row.mark().plus(PENDING_FOR).isBefore(clock.instant()) && state.delete(flowId, KIND, row);
        }
        if (!state.delete(flowId, KIND, row)) {
            return false;
        }
        Optional<Connector> connector = catalog.connector(had.path("app").asString(""));
        Optional<TriggerSpec> spec = connector.flatMap(c -> c.trigger(had.path("event").asString("")));
        if (spec.isPresent() && had.path("id").isString()) {
            webhooks.unsubscribe(connector.get(), spec.get(), had.path("params"), had.path("id").asString(),
                    connection(had.path("owner").asString(), connector.get(), had.path("connection").asString(null)),
                    had.path("owner").asString());
        }
        return true;
    }

    private Connection connection(String owner, Connector connector, String name) {
        return OwnerConnections.pick(connections, owner, connector, name);
    }

    /** A short digest of the secret: tells that it changed without storing it. */
    private static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
