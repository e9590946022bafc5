package dev.switchboard.server.triggers;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.schedule.Cron;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowVersion;
import dev.switchboard.server.flows.StoredFlow;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Starts the published and enabled flows whose trigger is {@code schedule.cron} at their due
 * times. The last due time fired is stored per flow, and a due time is claimed with a
 * compare-and-set update before its run is queued, so a restart never fires a due time twice and
 * two servers on one database never both fire it. After downtime, only the latest missed due
 * time fires (at most one catch-up); due times before the flow was last published or enabled do
 * not fire at all.
 *
 * <pre>{@code
 * Scheduler scheduler = new Scheduler(library, runtime, state, clock);
 * int started = scheduler.runDue();   // the server calls it every few seconds; tests move the clock first
 * }</pre>
 */
public final class Scheduler {

    static final String KIND = "schedule";
    /** More missed due times than this (a minutely cron after weeks of downtime): count from a day ago instead. */
    private static final int MAX_SKIPPED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final FlowLibrary library;
    private final FlowRuntime runtime;
    private final TriggerState state;
    private final Clock clock;

    Scheduler(FlowLibrary library, FlowRuntime runtime, TriggerState state, Clock clock) {
        this.library = library;
        this.runtime = runtime;
        this.state = state;
        this.clock = clock;
    }

    /** Queues a run for every schedule that is due now; returns how many this call started. */
    public int runDue() {
        Instant now = clock.instant();
        int started = 0;
        for (StoredFlow flow : library.allLive()) {
            try {
                Optional<FlowVersion> live = library.liveVersion(flow);
                JsonNode trigger = live.map(v -> v.definition().path("trigger")).orElse(null);
                if (trigger != null && "schedule".equals(trigger.path("app").asString("")) && "cron".equals(trigger.path("event").asString(""))
                        && fire(flow, live.get(), trigger.path("params"), now)) {
                    started++;
                }
            } catch (RuntimeException e) {
                // one broken flow must not stop the others' schedules
                LOG.warn("schedule of flow {} failed: {}", flow.id(), e.getMessage());
            }
        }
        return started;
    }

    private boolean fire(StoredFlow flow, FlowVersion version, JsonNode params, Instant now) {
        Cron cron = Cron.parse(params.path("cron").asString(""), zone(params.path("timezone").asString("UTC")));
        state.insertIfAbsent(flow.id(), KIND, cron.key(), flow.updatedAt());
        TriggerState.Row row = state.read(flow.id(), KIND).orElseThrow();
        if (!row.config().equals(cron.key())) {
            // a new version with another schedule: its due times count from its publication
            if (!state.claim(flow.id(), KIND, row, cron.key(), row.mark())) {
                return false;
            }
            row = new TriggerState.Row(cron.key(), TriggerState.millis(row.mark()));
        }
        Instant from = row.mark().isAfter(flow.updatedAt()) ? row.mark() : flow.updatedAt();
        Optional<Instant> due = latestDue(cron, from, now);
        if (due.isEmpty() || !state.claim(flow.id(), KIND, row, cron.key(), due.get())) {
            return false;
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode()
                .put("fired_at", due.get().toString())
                .put("local_time", due.get().atZone(cron.zone()).toLocalDateTime().toString())
                .put("timezone", cron.zone().getId());
        // the event id makes a second start of the same due time (e.g. a lost claim race) return the first run
        runtime.start(flow.owner(), flow.id(), version.version(), version.definition(), event,
                JsonNodeFactory.instance.objectNode(), "schedule:" + due.get());
        return true;
    }

    /** The latest due time in (from, now], if any. */
    static Optional<Instant> latestDue(Cron cron, Instant from, Instant now) {
        Optional<Instant> next = cron.nextAfter(from);
        if (next.isEmpty() || next.get().isAfter(now)) {
            return Optional.empty();
        }
        Instant due = next.get();
        for (int i = 0; i < MAX_SKIPPED; i++) {
            Optional<Instant> after = cron.nextAfter(due);
            if (after.isEmpty() || after.get().isAfter(now)) {
                return Optional.of(due);
            }
            due = after.get();
        }
        Instant skipped = due;
        Instant dayAgo = now.minusSeconds(86_400);
        return latestDue(cron, dayAgo.isAfter(skipped) ? dayAgo : skipped, now).or(() -> Optional.of(skipped));
    }

    private static ZoneId zone(String id) {
        try {
            return id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time zone '" + id + "' is not an IANA zone");
        }
    }
}
