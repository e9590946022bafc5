package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.secret.SecretBox;
import dev.switchboard.catalog.trigger.JdbcSeenItems;
import dev.switchboard.catalog.trigger.Poller;
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
 * the {@link Scheduler} and the {@link PollingTriggers}. {@link #start} runs both every
 * {@value #TICK_SECONDS} seconds on one background thread; tests call {@link Scheduler#runDue}
 * and {@link PollingTriggers#pollDue} themselves after moving their clock.
 *
 * <pre>{@code
 * Triggers triggers = new Triggers(library, runtime, catalog, engine, connections, dataSource, box, clock, Duration.ofMinutes(5));
 * triggers.start();   // switchboard serve
 * triggers.close();
 * }</pre>
 */
public final class Triggers implements AutoCloseable {

    /** Cron has minute precision: a tick every 15 s fires within a quarter of a minute of the due time. */
    static final int TICK_SECONDS = 15;

    private final HookSecrets hooks;
    private final Scheduler scheduler;
    private final PollingTriggers polling;
    private ScheduledExecutorService background;

    public Triggers(FlowLibrary library, FlowRuntime runtime, Catalog catalog, HttpEngine engine, ConnectionSource connections,
            DataSource dataSource, SecretBox box, Clock clock, Duration pollInterval) {
        TriggerState state = new TriggerState(dataSource);
        this.hooks = new HookSecrets(state, box, clock);
        this.scheduler = new Scheduler(library, runtime, state, clock);
        this.polling = new PollingTriggers(library, runtime, catalog, new Poller(engine, new JdbcSeenItems(dataSource)),
                connections, state, clock, pollInterval);
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

    /** Starts firing schedules and polling in the background; once. */
    public synchronized void start() {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-triggers");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::tick, 1, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            scheduler.runDue();
            polling.pollDue();
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
