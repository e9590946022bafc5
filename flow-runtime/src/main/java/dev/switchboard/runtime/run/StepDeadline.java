package dev.switchboard.runtime.run;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds an action called in the worker's own thread: when the time is up, the thread is
 * interrupted (the JDK HTTP client's {@code send}, sleeps and waits stop at once), and
 * {@link #finish} tells the caller that the limit was passed.
 *
 * <p>Why not a second thread with {@code future.get(timeout)}: handing every call to a pool thread
 * and back cost more CPU per step than the rest of the engine (about 0.2 ms per call in the
 * benchmark), and a timed-out call went on running in the background, so a retry could overlap
 * it. The interrupt is delivered only while the action runs: {@link #finish} and the timer take
 * the same lock, so a late timer cannot interrupt the worker once it is back in the engine (in a
 * database commit, say).
 *
 * <pre>{@code
 * StepDeadline deadline = StepDeadline.start(timer, 30_000);
 * try { out = action.run(); } finally { timedOut = deadline.finish(); }
 * }</pre>
 */
final class StepDeadline {

    private final Thread thread = Thread.currentThread();
    private boolean finished;
    private boolean fired;
    private ScheduledFuture<?> timer;

    private StepDeadline() {
    }

    /** Starts counting for the calling thread, which will be interrupted after {@code millis}. */
    static StepDeadline start(ScheduledExecutorService timers, long millis) {
        StepDeadline d = new StepDeadline();
        d.timer = timers.schedule(d::fire, millis, TimeUnit.MILLISECONDS);
        return d;
    }

    private synchronized void fire() {
        if (!finished) {
            fired = true;
            thread.interrupt();
        }
    }

    /**
     * Stops the timer; true when the time ran out while the action ran. The interrupt this
     * deadline caused is cleared, so the caller's thread carries on undisturbed; an interrupt from
     * elsewhere (the worker shutting down) is kept.
     */
    synchronized boolean finish() {
        finished = true;
        timer.cancel(false);
        if (fired) {
            Thread.interrupted();
        }
        return fired;
    }
}
