package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.runtime.schedule.Cron;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowTriggerInfo;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code trigger} part of {@code get_flow}: for a webhook its hook URL (never the secret:
 * {@code get_flow_webhook} gives that), for a schedule its cron, time zone and next fire time,
 * for a polling trigger its interval and last poll. Describes the live version's trigger, or the
 * draft's while nothing is published.
 *
 * <pre>{@code
 * ObjectNode trigger = triggers.info().describe(flow);   // {"type": "schedule", "cron": "0 8 * * *", ...}
 * }</pre>
 */
public final class TriggerInfo implements FlowTriggerInfo {

    private final FlowLibrary library;
    private final Catalog catalog;
    private final Triggers triggers;
    private final TriggerState state;
    private final Clock clock;
    private final Duration pollInterval;
    private final Supplier<URI> publicUrl;

    TriggerInfo(FlowLibrary library, Catalog catalog, Triggers triggers, TriggerState state, Clock clock, Duration pollInterval,
            Supplier<URI> publicUrl) {
        this.library = library;
        this.catalog = catalog;
        this.triggers = triggers;
        this.state = state;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.publicUrl = publicUrl;
    }

    @Override
    public ObjectNode describe(StoredFlow flow) {
        Optional<FlowVersion> live = library.liveVersion(flow);
        JsonNode trigger = live.map(v -> v.definition().path("trigger")).orElse(flow.draft().path("trigger"));
        boolean starts = flow.live() && live.isPresent();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("from", live.map(v -> "live version " + v.version()).orElse("draft"));
        out.put("starts_runs", starts);
        if (!trigger.isObject() || "manual".equals(trigger.path("app").asString(""))) {
            out.put("type", "manual");
            out.put("note", "Started only by calling its tool " + flow.toolName() + ".");
            return out;
        }
        String app = trigger.path("app").asString("");
        String event = trigger.path("event").asString("");
        out.put("app", app).put("event", event);
        if (triggers.isWebhook(trigger)) {
            webhook(flow, out, "webhook".equals(app));
        } else if ("schedule".equals(app) && "cron".equals(event)) {
            schedule(trigger.path("params"), starts, out);
        } else {
            Optional<TriggerSpec> spec = catalog.connector(app).flatMap(c -> c.trigger(event));
            if (spec.isPresent() && spec.get().poll() != null) {
                polling(flow, starts, out);
            } else {
                out.put("type", "unknown");
                out.put("note", "No trigger '" + app + "." + event + "' in the catalog: validate_flow says what to fix.");
            }
        }
        if (!trigger.path("connection").isMissingNode()) {
            out.set("connection", trigger.path("connection"));
        }
        if (!starts) {
            out.put("starts_runs_note", "Nothing starts it until it is published and enabled.");
        }
        return out;
    }

    private void webhook(StoredFlow flow, ObjectNode out, boolean catchHook) {
        out.put("type", catchHook ? "webhook" : "app_webhook");
        out.put("hook_url", publicUrl.get().toString().replaceFirst("/+$", "") + "/hooks/" + flow.id());
        out.put("secret", "not shown here: get_flow_webhook {id} gives the secret and the URL with it");
        if (!catchHook) {
            state.read(flow.id(), AppWebhooks.KIND).ifPresent(row -> out.put("registered_with_app_at", row.mark().toString()));
        }
    }

    private void schedule(JsonNode params, boolean starts, ObjectNode out) {
        out.put("type", "schedule");
        String expression = params.path("cron").asString("");
        String zone = params.path("timezone").asString("UTC");
        out.put("cron", expression).put("timezone", zone);
        try {
            Cron cron = Cron.parse(expression, ZoneId.of(zone.isBlank() ? "UTC" : zone));
            Optional<Instant> next = starts ? cron.nextAfter(clock.instant()) : Optional.empty();
            next.ifPresent(at -> out.put("next_fire_at", at.toString())
                    .put("next_fire_local", at.atZone(cron.zone()).toLocalDateTime().toString()));
        } catch (IllegalArgumentException | DateTimeException e) {
            out.put("note", "The schedule does not parse: validate_flow says what to fix.");
        }
    }

    private void polling(StoredFlow flow, boolean starts, ObjectNode out) {
        out.put("type", "polling");
        out.put("poll_interval_seconds", pollInterval.toSeconds());
        Optional<Instant> last = state.read(flow.id(), PollingTriggers.KIND).map(TriggerState.Row::mark)
                .filter(mark -> !Instant.EPOCH.equals(mark));
        out.put("last_poll_at", last.map(Instant::toString).orElse(null));
        if (starts) {
            // the first poll only records what exists; it comes at the next tick
            out.put("next_poll_at", last.map(t -> t.plus(pollInterval).toString()).orElse("at the next check (within 15 s)"));
        }
    }
}
