package dev.switchboard.runtime.store;

import dev.switchboard.runtime.run.Run;
import tools.jackson.databind.JsonNode;

/**
 * A run with its flow definition, as an executor needs it (read by {@link RunStore#load} or by
 * the claim that leased it).
 *
 * <pre>{@code
 * for (LoadedRun run : store.claim("w1", now, lease, 1)) executor.execute(run, "w1");
 * }</pre>
 *
 * @param start whether the claim that gave it already applied the owner's limits to a QUEUED run
 *              (see {@link RunStore#claim(String, java.time.Instant, java.time.Duration, int, java.util.function.Function)})
 * @param actionsCounted how many of the run's actions its earlier slices counted toward the owner's quota
 *                       ({@link SliceCommits}); a slice counts the rest when it ends
 */
public record LoadedRun(Run run, JsonNode definition, Start start, long actionsCounted) {

    /** A run that has counted no action yet (a new one). */
    public LoadedRun(Run run, JsonNode definition) {
        this(run, definition, Start.NOT_CHECKED, 0);
    }

    /** The same run with what a claim did about its start. */
    LoadedRun with(Start what) {
        return new LoadedRun(run, definition, what, actionsCounted);
    }

    /** What a claim did about the start of a QUEUED run. */
    public enum Start {
        /** Nothing: the executor applies the limits when it starts the run. */
        NOT_CHECKED,
        /** Started (RUNNING) in the claim's transaction. */
        STARTED,
        /** Deferred or refused by the limits in the claim's transaction: nothing to execute. */
        NOT_STARTED
    }
}
