package dev.switchboard.runtime.run;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.runtime.expr.Templates;
import dev.switchboard.runtime.flow.FlowDefinition;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.store.Change;
import dev.switchboard.runtime.store.LoadedRun;
import dev.switchboard.runtime.store.OwnerLimits;
import dev.switchboard.runtime.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Executes runs a worker has claimed: applies the per-owner limits when a run starts, walks its
 * steps (actions through the {@link ActionRunner} with the owner's connection) and writes where
 * it ended: paused (delay, approval, retry backoff), succeeded, or failed naming the step.
 *
 * <pre>{@code
 * Executor executor = new Executor(store, runner, connections, blobs, Limits.DEFAULT, Clock.systemUTC());
 * for (LoadedRun run : store.claim("w1", clock.instant(), limits.lease(), 10)) executor.execute(run, "w1");
 * }</pre>
 */
public final class Executor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final RunStore store;
    private final ActionRunner runner;
    private final ConnectionSource connections;
    private final Values values;
    private final Templates templates;
    private final Limits limits;
    private final Clock clock;
    /** Interrupts actions that outlast their step's time (see {@link StepDeadline}); actions run in the worker's thread. */
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "flow-step-timer");
        t.setDaemon(true);
        return t;
    });

    /** @param blobs where large step values are kept; null keeps them in the database */
    public Executor(RunStore store, ActionRunner runner, ConnectionSource connections, BlobStore blobs, Limits limits, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.connections = connections;
        this.values = new Values(blobs, limits.inlineBytes());
        this.templates = new Templates(limits.expressionBytes());
        this.limits = limits;
        this.clock = clock;
        timers.setRemoveOnCancelPolicy(true); // nearly every deadline is canceled; don't keep them queued for a minute
    }

    /** Executes one claimed run until it pauses or ends, then gives the lease back. */
    public void execute(String runId, String worker) {
        Optional<LoadedRun> found = store.load(runId);
        if (found.isPresent()) {
            execute(found.get(), worker);
        } else {
            store.release(runId, worker);
        }
    }

    /** Like {@link #execute(String, String)} with the run and its definition already in hand (no read). */
    public void execute(LoadedRun loaded, String worker) {
        boolean letGo = false;
        try {
            letGo = slice(loaded, worker);
        } finally {
            if (!letGo) {
                store.release(loaded.run().id(), worker);
            }
        }
    }

    /** Returns true when a committed transition already took the lease off the run (no release needed). */
    private boolean slice(LoadedRun loaded, String worker) {
        Run run = loaded.run();
        Instant now = clock.instant();
        switch (run.status()) {
            case QUEUED -> {
                // the claim may have applied the limits already (RunStore.claim with starts), in its own transaction
                OwnerLimits.Start start = start(now);
                boolean started = switch (loaded.start()) {
                    case STARTED -> true;
                    case NOT_STARTED -> false;
                    case NOT_CHECKED -> store.limits().admit(run.id(), worker, run.owner(), start.period(), start.minute(), start.decide());
                };
                if (!started) {
                    return true; // deferred or refused: the transition let go, or the run is not ours (nothing to release)
                }
            }
            case PAUSED -> {
                if (!store.transition(run.id(), worker, RunStatus.PAUSED, RunEvent.RESUME, Change.none().waitingStep(null)
                        .leaseUntil(now.plus(limits.lease())))) {
                    return false;
                }
            }
            case RUNNING -> {
                if (!store.transition(run.id(), worker, RunStatus.RUNNING, RunEvent.RECOVER, Change.none()
                        .leaseUntil(now.plus(limits.lease())))) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        FlowDefinition flow = Flows.read(loaded.definition());
        // a queued run that is not a retry has never executed a step: no records to read
        Map<String, StepRecord> records = run.status() == RunStatus.QUEUED && run.retryOf() == null ? new LinkedHashMap<>()
                : store.steps().of(run.id());
        Execution ex = new Execution(this, run, loaded.actionsCounted(), flow, records, worker, now);
        try {
            JsonNode output = ex.run();
            return finish(ex, RunEvent.SUCCEED, Change.none().output(output));
        } catch (Signals.Stop stop) {
            return finish(ex, RunEvent.SUCCEED, Change.none().output(stop.output));
        } catch (Signals.Pause pause) {
            return store.commits().commit(ex.done, run.id(), worker, RunStatus.RUNNING, RunEvent.PAUSE, Change.none()
                    .availableAt(pause.wake).waitingStep(pause.key).activeMillis(ex.activeMillis()).sizeBytes(ex.sizeUsed), ex.count());
        } catch (Signals.Failure failure) {
            return finish(ex, failure.event, Change.none().error(failure.step, failure.getMessage()));
        } catch (Signals.Lost lost) {
            LOG.debug("run {} was canceled or taken over while running", run.id());
            countLost(ex);
            return false;
        } catch (RuntimeException e) {
            String ref = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("run {} failed unexpectedly (ref {})", run.id(), ref, e);
            Change change = Change.none().error(ex.current, (ex.current == null ? "" : "step '" + ex.current + "': ")
                    + "internal error (ref " + ref + "); retry the run, and report the reference if it happens again");
            try {
                return finish(ex, RunEvent.CRASH, change);
            } catch (RuntimeException again) {
                // the pending records may be what fails: end the run without them rather than leave it running
                ex.done.clear();
                return finish(ex, RunEvent.CRASH, change);
            }
        }
    }

    /**
     * How a run starting at {@code now} is checked against the quota, per-minute and concurrency
     * limits; applied atomically for the owner by {@link OwnerLimits#admit}, either when the run's
     * first slice begins or already in the claim that leased it ({@link RunStore#claim(String,
     * Instant, Duration, int, java.util.function.Function)}, as {@link Worker} threads do).
     */
    public OwnerLimits.Start start(Instant now) {
        String period = YearMonth.from(now.atZone(ZoneOffset.UTC)).toString();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        return new OwnerLimits.Start(period, minute, seen -> {
            if (seen.actions() >= limits.actionsPerMonth()) {
                return new OwnerLimits.Decision(RunEvent.REJECT_QUOTA, Change.none().finished(now).error(null,
                        "the monthly quota of " + limits.actionsPerMonth() + " actions is spent for " + period
                                + "; runs start again next month, or ask the administrator to raise the limit"));
            }
            if (seen.startedSince() >= limits.runsPerMinute()) {
                return new OwnerLimits.Decision(RunEvent.DEFER, Change.none().availableAt(minute.plus(Duration.ofMinutes(1))));
            }
            if (seen.running() >= limits.concurrentRuns()) {
                return new OwnerLimits.Decision(RunEvent.DEFER, Change.none().availableAt(now.plusSeconds(1)));
            }
            // the start renews the lease: the slice counts on it lasting from about now (see Execution#commitStart)
            return new OwnerLimits.Decision(RunEvent.START, Change.none().started(now).leaseUntil(now.plus(limits.lease())));
        });
    }

    /** Ends the run, committing the records of its last steps in the same transaction. */
    private boolean finish(Execution ex, RunEvent event, Change change) {
        return store.commits().commit(ex.done, ex.run.id(), ex.worker, RunStatus.RUNNING, event,
                change.finished(clock.instant()).activeMillis(ex.activeMillis()).sizeBytes(ex.sizeUsed), ex.count());
    }

    /** A canceled run's actions are counted by the slice that finds it canceled (no later slice will). */
    private void countLost(Execution ex) {
        try {
            store.commits().countLost(ex.run.id(), ex.count());
        } catch (RuntimeException e) {
            // the worker may be shutting down; a run taken over is counted by its new worker anyway
            LOG.warn("could not count the actions of run {} after it was canceled", ex.run.id(), e);
        }
    }

    RunStore store() {
        return store;
    }

    ActionRunner runner() {
        return runner;
    }

    ConnectionSource connections() {
        return connections;
    }

    Values values() {
        return values;
    }

    Templates templates() {
        return templates;
    }

    Limits limits() {
        return limits;
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
