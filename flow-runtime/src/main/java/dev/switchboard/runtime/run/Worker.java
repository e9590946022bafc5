package dev.switchboard.runtime.run;

import dev.switchboard.runtime.store.LoadedRun;
import dev.switchboard.runtime.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due runs from the database and executes them: {@link #drain()} in the calling thread
 * (tests, the command line), or {@link #start} with background threads (the server). Several
 * workers, in one process or many, may share a database. Idle threads poll every
 * {@code pollEvery}; {@link #wake()} (called when this process queues a run) makes them claim at
 * once, so a run queued here does not wait for the next poll.
 *
 * <pre>{@code
 * try (Worker worker = new Worker(store, executor, clock, limits.lease(), "host-1")) {
 *     worker.start(4, Duration.ofMillis(500));
 * }
 * }</pre>
 */
public final class Worker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final RunStore store;
    private final Executor executor;
    private final Clock clock;
    private final Duration lease;
    private final String id;
    private ExecutorService threads;
    /** Guards {@link #wakeups}; idle threads wait on it. */
    private final Object signal = new Object();
    /** Counts {@link #wake()} calls, so that a wake-up during a thread's claim is not lost. */
    private long wakeups;

    public Worker(RunStore store, Executor executor, Clock clock, Duration lease, String id) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.lease = lease;
        this.id = id;
    }

    /** Executes due runs until none is due; returns how many executions happened. */
    public int drain() {
        int done = 0;
        for (int round = 0; round < 10_000; round++) {
            List<LoadedRun> claimed = store.claim(id, clock.instant(), lease, 10);
            if (claimed.isEmpty()) {
                break;
            }
            for (LoadedRun run : claimed) {
                executor.execute(run, id);
                done++;
            }
        }
        return done;
    }

    /** Starts {@code count} threads, each claiming one run at a time and waiting for a wake-up or the next poll when there is none. */
    public synchronized void start(int count, Duration pollEvery) {
        if (threads != null) {
            return;
        }
        threads = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "flow-worker-" + id);
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < count; i++) {
            String threadId = id + "#" + i;
            threads.execute(() -> loop(threadId, Math.max(1, pollEvery.toMillis())));
        }
    }

    /** Makes idle threads claim now (a run was queued or woken in this process); harmless when none is idle. */
    public void wake() {
        synchronized (signal) {
            wakeups++;
            signal.notifyAll();
        }
    }

    private void loop(String threadId, long pollMillis) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long seen;
                synchronized (signal) {
                    seen = wakeups;
                }
                poll(threadId);
                synchronized (signal) {
                    if (wakeups == seen) {
                        signal.wait(pollMillis);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
    }

    private void poll(String threadId) {
        try {
            for (int i = 0; i < 1000; i++) {
                // one run at a time, started (limits applied) in the claim's own transaction
                Instant now = clock.instant();
                List<LoadedRun> claimed = store.claim(threadId, now, lease, 1, run -> executor.start(now));
                if (claimed.isEmpty()) {
                    return;
                }
                executor.execute(claimed.get(0), threadId);
            }
        } catch (RuntimeException e) {
            LOG.warn("flow worker {}: {}", threadId, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (threads != null) {
            threads.shutdownNow();
            threads = null;
        }
    }
}
