package dev.switchboard.runtime.run;

import static dev.switchboard.runtime.run.RunEvent.CANCEL;
import static dev.switchboard.runtime.run.RunEvent.CRASH;
import static dev.switchboard.runtime.run.RunEvent.DEFER;
import static dev.switchboard.runtime.run.RunEvent.EXCEED_SIZE;
import static dev.switchboard.runtime.run.RunEvent.FAIL;
import static dev.switchboard.runtime.run.RunEvent.PAUSE;
import static dev.switchboard.runtime.run.RunEvent.RECOVER;
import static dev.switchboard.runtime.run.RunEvent.REJECT_QUOTA;
import static dev.switchboard.runtime.run.RunEvent.RESUME;
import static dev.switchboard.runtime.run.RunEvent.START;
import static dev.switchboard.runtime.run.RunEvent.SUCCEED;
import static dev.switchboard.runtime.run.RunEvent.TIME_OUT;
import static dev.switchboard.runtime.run.RunStatus.CANCELED;
import static dev.switchboard.runtime.run.RunStatus.FAILED;
import static dev.switchboard.runtime.run.RunStatus.INTERNAL_ERROR;
import static dev.switchboard.runtime.run.RunStatus.MEMORY_LIMIT_EXCEEDED;
import static dev.switchboard.runtime.run.RunStatus.PAUSED;
import static dev.switchboard.runtime.run.RunStatus.QUEUED;
import static dev.switchboard.runtime.run.RunStatus.QUOTA_EXCEEDED;
import static dev.switchboard.runtime.run.RunStatus.RUNNING;
import static dev.switchboard.runtime.run.RunStatus.SUCCEEDED;
import static dev.switchboard.runtime.run.RunStatus.TIMEOUT;

import java.util.List;
import java.util.Optional;

/**
 * The run life cycle as a table of {@code (from, event, to)}. Every status change in the store
 * goes through {@link #next}, so a transition not listed here cannot happen.
 *
 * <pre>{@code
 * Transitions.next(RunStatus.RUNNING, RunEvent.PAUSE);   // PAUSED
 * Transitions.next(RunStatus.SUCCEEDED, RunEvent.START); // throws: terminal
 * }</pre>
 */
public final class Transitions {

    public record Transition(RunStatus from, RunEvent event, RunStatus to) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(QUEUED, START, RUNNING),
            new Transition(QUEUED, DEFER, QUEUED),
            new Transition(QUEUED, REJECT_QUOTA, QUOTA_EXCEEDED),
            new Transition(QUEUED, CANCEL, CANCELED),
            new Transition(RUNNING, RECOVER, RUNNING),
            new Transition(RUNNING, PAUSE, PAUSED),
            new Transition(RUNNING, SUCCEED, SUCCEEDED),
            new Transition(RUNNING, FAIL, FAILED),
            new Transition(RUNNING, TIME_OUT, TIMEOUT),
            new Transition(RUNNING, EXCEED_SIZE, MEMORY_LIMIT_EXCEEDED),
            new Transition(RUNNING, CRASH, INTERNAL_ERROR),
            new Transition(RUNNING, CANCEL, CANCELED),
            new Transition(PAUSED, RESUME, RUNNING),
            new Transition(PAUSED, CANCEL, CANCELED));

    private Transitions() {
    }

    public static Optional<RunStatus> find(RunStatus from, RunEvent event) {
        return TABLE.stream().filter(t -> t.from() == from && t.event() == event).map(Transition::to).findFirst();
    }

    public static RunStatus next(RunStatus from, RunEvent event) {
        return find(from, event).orElseThrow(() -> new IllegalStateException("a " + from + " run cannot " + event));
    }

    /** The statuses an event may leave from (for conditional updates). */
    public static List<RunStatus> sources(RunEvent event) {
        return TABLE.stream().filter(t -> t.event() == event).map(Transition::from).toList();
    }
}
