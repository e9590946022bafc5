package dev.switchboard.runtime.run;

/**
 * What happens to a run; {@link Transitions} says which status each event leads to.
 *
 * <pre>{@code
 * RunStatus next = Transitions.next(RunStatus.QUEUED, RunEvent.START);   // RUNNING
 * }</pre>
 */
public enum RunEvent {
    /** A worker starts a queued run. */
    START,
    /** Rate or concurrency limit reached: the run stays queued until later. */
    DEFER,
    /** The owner's monthly action quota is spent: the run never starts. */
    REJECT_QUOTA,
    /** A worker takes over a running run whose previous worker stopped (lease expired). */
    RECOVER,
    /** A delay, an approval or a retry backoff begins. */
    PAUSE,
    /** The wake-up time came or the approval was given. */
    RESUME,
    SUCCEED,
    FAIL,
    TIME_OUT,
    EXCEED_SIZE,
    CRASH,
    CANCEL
}
