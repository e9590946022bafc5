package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.secret.SecretBox;
import dev.switchboard.catalog.trigger.JdbcSeenItems;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.trigger.Poller;
import dev.switchboard.catalog.trigger.Webhooks;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.server.flows.FlowLibrary;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * What starts stored flows besides a tool call: webhook secrets (for {@link WebhookServlet}),
 * the {@link Scheduler}, the {@link PollingTriggers} and the apps' webhook subscriptions
 * ({@link AppWebhooks}). {@link #start} runs those three every
 * {@value #TICK_SECONDS} seconds on one background thread; tests call {@link Scheduler#runDue}
 * {@link PollingTriggers#pollDue} and {@link AppWebhooks#reconcile} themselves after moving their clock.
 *
 * <pre>{@code
 * Triggers triggers = new Triggers(library, runtime, catalog, engine, connections, dataSource, box, clock,
 *         Duration.ofMinutes(5), app::publicUrl);
 * triggers.start(true);   // switchboard serve, with /hooks/* served
 * triggers.close();
 * }</pre>
 */
public final class Triggers implements AutoCloseable {

    /** Cron has minute precision: a tick every 15 s fires within a quarter of a minute of the due time. */
    static final int TICK_SECONDS = 15;

    private final HookSecrets hooks;
    private final Scheduler scheduler;
    private final PollingTriggers polling;
    private final AppWebhooks appWebhooks;
    private final TriggerInfo info;
    private final Catalog catalog;
    private final Webhooks webhooks;
    private ScheduledExecutorService background;
    private volatile boolean served;

    public Triggers(FlowLibrary library, FlowRuntime runtime, Catalog catalog, HttpEngine engine, ConnectionSource connections,
            DataSource dataSource, SecretBox box, Clock clock, Duration pollInterval, Supplier<URI> publicUrl) {
        TriggerState state = new TriggerState(dataSource);
        this.catalog = catalog;
        this.webhooks = new Webhooks(engine);
        this.hooks = new HookSecrets(state, box, clock);
        this.scheduler = new Scheduler(library, runtime, state, clock);
        this.polling = new PollingTriggers(library, runtime, catalog, new Poller(engine, new JdbcSeenItems(dataSource)),
                connections, state, clock, pollInterval);
        this.appWebhooks = new AppWebhooks(library, catalog, webhooks, connections, hooks, state, clock, publicUrl);
        this.info = new TriggerInfo(library, catalog, this, state, clock, pollInterval, publicUrl);
    }

    /**
     * The run's trigger for a call to a flow's hook URL, when its live trigger is a webhook:
     * the request itself for {@code webhook.catch_hook}, mapped by the app's trigger otherwise
     * (e.g. Kizeo's payload to {@code {event, data_id, form_id, fields, …}}); empty for other triggers.
     */
    public Optional<JsonNode> webhookEvent(JsonNode trigger, JsonNode request) {
        return webhookSpec(trigger).map(spec -> "webhook".equals(trigger.path("app").asString()) ? request : webhooks.event(spec, request));
    }

    /** Whether calls to the flow's hook URL start this trigger ({@code webhook.catch_hook} or an app's webhook trigger). */
    public boolean isWebhook(JsonNode trigger) {
        return webhookSpec(trigger).isPresent();
    }

    private Optional<TriggerSpec> webhookSpec(JsonNode trigger) {
        return trigger == null ? Optional.empty() : catalog.connector(trigger.path("app").asString(""))
                .flatMap(c -> c.trigger(trigger.path("event").asString("")))
                .filter(t -> "webhook".equals(t.type()));
    }

    /** What get_flow shows of a flow's trigger. */
    public TriggerInfo info() {
        return info;
    }

    public AppWebhooks appWebhooks() {
        return appWebhooks;
    }

    public HookSecrets hooks() {
        return hooks;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public PollingTriggers polling() {
        return polling;
    }

    /**
     * Starts firing schedules and polling in the background; once.
     *
     * @param served whether this process serves {@code /hooks/*} over HTTP: only then are app
     *               webhooks registered (over stdio the URL would lead nowhere)
     */
    public synchronized void start(boolean served) {
        if (background != null) {
            return;
        }
        this.served = served;
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-triggers");
            thread.setDaemon(true);
            return thread;
        });
        // the first tick waits a full period, so that it does not compete with the start-up itself
        background.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            scheduler.runDue();
            polling.pollDue();
            if (served) {
                appWebhooks.reconcile();
            }
        } catch (RuntimeException e) {
            // e.g. the database is briefly unreachable: the next tick tries again
            LoggerFactory.getLogger(Triggers.class).warn("trigger tick failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            background = null;
        }
    }
}
