package dev.switchboard.runtime.run;

import dev.switchboard.runtime.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due runs from the database and executes them: {@link #drain()} in the calling thread
 * (tests, the command line), or {@link #start} with background threads (the server). Several
 * workers, in one process or many, may share a database.
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
    private ScheduledExecutorService threads;

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
            List<String> claimed = store.claim(id, clock.instant(), lease, 10);
            if (claimed.isEmpty()) {
                break;
            }
            for (String run : claimed) {
                executor.execute(run, id);
                done++;
            }
        }
        return done;
    }

    /** Starts {@code count} threads, each claiming one run at a time and polling when there is none. */
    public synchronized void start(int count, Duration pollEvery) {
        if (threads != null) {
            return;
        }
        threads = Executors.newScheduledThreadPool(count, r -> {
            Thread t = new Thread(r, "flow-worker-" + id);
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < count; i++) {
            String threadId = id + "#" + i;
            threads.scheduleWithFixedDelay(() -> poll(threadId), 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll(String threadId) {
        try {
            for (int i = 0; i < 1000; i++) {
                List<String> claimed = store.claim(threadId, clock.instant(), lease, 1);
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
