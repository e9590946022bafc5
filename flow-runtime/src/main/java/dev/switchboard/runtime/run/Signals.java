package dev.switchboard.runtime.run;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** How a step ends the current slice of a run's execution; thrown through the step tree and handled by the {@link Executor}. */
final class Signals {

    private Signals() {
    }

    /** The run waits: until {@code wake} (delay, retry backoff) or for a decision ({@code RunStore.NEVER}). */
    static final class Pause extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Instant wake;
        final String key;

        Pause(Instant wake, String key) {
            super("pause", null, false, false);
            this.wake = wake;
            this.key = key;
        }
    }

    /** A stop step: the run succeeds with this output. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient JsonNode output;

        Stop(JsonNode output) {
            super("stop", null, false, false);
            this.output = output;
        }
    }

    /** The run ends with a failure status, naming the step and the cause. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RunEvent event;
        final String step;

        Failure(RunEvent event, String step, String message) {
            super(message, null, false, false);
            this.event = event;
            this.step = step;
        }
    }

    /** The run is no longer ours (canceled, or another worker took it): stop without writing. */
    static final class Lost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Lost() {
            super("lost", null, false, false);
        }
    }
}
