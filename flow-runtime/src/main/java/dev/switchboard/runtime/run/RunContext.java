package dev.switchboard.runtime.run;

import java.util.Optional;

/**
 * The run whose action step this thread is executing, for the few actions that act on runs
 * themselves (a step that runs another flow reads where it is called from). Set only while the
 * action runs.
 *
 * <pre>{@code
 * RunContext.current().map(Run::trigger);   // the calling run's trigger, inside an action handler
 * }</pre>
 */
public final class RunContext {

    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    private RunContext() {
    }

    public static Optional<Run> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code action} with {@code run} as the current run, restoring the previous one after (runs nest). */
    static <T> T with(Run run, java.util.function.Supplier<T> action) {
        Run previous = CURRENT.get();
        CURRENT.set(run);
        try {
            return action.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}
