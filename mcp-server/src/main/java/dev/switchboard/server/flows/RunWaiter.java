package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.runtime.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives runs started over MCP on threads of its own, so that a tool call can stop waiting while
 * the run goes on, and waits for a run to settle, reporting each step as it finishes. A run
 * driven here is still an ordinary durable run: if this process dies, a worker takes it over.
 *
 * <pre>{@code
 * RunWaiter waiter = new RunWaiter(runtime, Clock.systemUTC());
 * Future<?> driving = waiter.drive(run.id(), owner);
 * Run now = waiter.await(run.id(), owner, Duration.ofSeconds(30), waiter::settled, driving,
 *         step -> channel.progress(...));
 * }</pre>
 */
public final class RunWaiter implements AutoCloseable {

    /** How often the run's state is read while waiting; short, as a step often takes milliseconds. */
    private static final long POLL_MILLIS = 50;
    private static final Instant FAR_FUTURE = RunStore.NEVER.minus(Duration.ofDays(365));
    private static final Logger LOG = LoggerFactory.getLogger(RunWaiter.class);

    private final FlowRuntime runtime;
    private final Clock clock;
    private final ExecutorService drivers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "flow-run-driver");
        thread.setDaemon(true);
        return thread;
    });

    /** @param clock the runtime's clock, which decides when a paused run is due */
    public RunWaiter(FlowRuntime runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Continues the owner's queued (or woken) run in the background until it ends or pauses. */
    public Future<?> drive(String runId, String owner) {
        return drivers.submit(() -> {
            try {
                runtime.continueRun(runId, owner);
            } catch (RuntimeException e) {
                // the run's own record says what went wrong; this is for the operator
                LOG.warn("driving run {} stopped: {}", runId, e.toString());
            }
        });
    }

    /**
     * Ended, or paused until later (a delay, an approval, a retry backoff): what a flow tool call
     * answers with. A paused run that is due again (an approval just resolved) is not settled yet.
     */
    public boolean settled(Run run) {
        return run.status().terminal() || run.status() == RunStatus.PAUSED && run.availableAt() != null
                && run.availableAt().isAfter(clock.instant());
    }

    /**
     * Whether a paused run waits for someone's decision rather than for a time: the runtime parks
     * such runs at {@link RunStore#NEVER} (compared by year, as databases may round the instant).
     */
    public static boolean waitsForApproval(Run run) {
        return run.status() == RunStatus.PAUSED && run.availableAt() != null && run.availableAt().isAfter(FAR_FUTURE);
    }

    /**
     * Waits until {@code done} holds for the run or {@code wait} is over, and returns the run as it
     * then is. {@code finished} is called once for each step that ended while waiting (and before).
     *
     * @param driving the background drive of this run, to wake up as soon as it returns; null if none
     */
    public Run await(String runId, String owner, Duration wait, Predicate<Run> done, Future<?> driving,
            Consumer<StepRecord> finished) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Set<String> reported = new HashSet<>();
        while (true) {
            Run run = runtime.get(runId, owner).orElseThrow(() -> new IllegalStateException("run " + runId + " vanished"));
            for (StepRecord step : runtime.steps(runId, owner)) {
                if (step.finishedAt() != null && reported.add(step.key())) {
                    finished.accept(step);
                }
            }
            long left = deadline - System.nanoTime();
            if (done.test(run) || left <= 0) {
                return run;
            }
            pause(driving, Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS));
        }
    }

    /** Returns as soon as the drive ends, or after {@code millis}. */
    private static void pause(Future<?> driving, long millis) throws InterruptedException {
        if (driving == null || driving.isDone()) {
            Thread.sleep(millis); // someone else (a worker, another call) drives the run: look again shortly
            return;
        }
        try {
            driving.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running, or the drive failed (the run's record says how): read the run again
        }
    }

    @Override
    public void close() {
        drivers.shutdownNow();
    }
}
