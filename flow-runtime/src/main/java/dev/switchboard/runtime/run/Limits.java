package dev.switchboard.runtime.run;

import java.time.Duration;

/**
 * Every limit of the runtime, in one place.
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULT.withRunsPerMinute(5);
 * }</pre>
 *
 * @param activeTime active time per run (paused time does not count), then TIMEOUT
 * @param runsPerMinute runs an owner may start per minute; more stay QUEUED until the next minute
 * @param actionsPerMonth actions per owner per calendar month (UTC); then new runs end QUOTA_EXCEEDED
 * @param runBytes payloads and files a run may handle in total, then MEMORY_LIMIT_EXCEEDED
 * @param concurrentRuns runs of one owner RUNNING at the same time
 * @param expressionBytes largest value one template may produce
 * @param inlineBytes larger step inputs and outputs are stored in the blob store, by reference
 * @param lease how long a worker owns a run without renewing it (renewed before each step)
 */
public record Limits(Duration activeTime, int runsPerMinute, long actionsPerMonth, long runBytes, int concurrentRuns,
        long expressionBytes, int inlineBytes, Duration lease) {

    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), 20, 5_000, 50L * 1024 * 1024, 5,
            1024 * 1024, 64 * 1024, Duration.ofSeconds(90));

    public Limits withRunsPerMinute(int n) {
        return new Limits(activeTime, n, actionsPerMonth, runBytes, concurrentRuns, expressionBytes, inlineBytes, lease);
    }

    public Limits withActionsPerMonth(long n) {
        return new Limits(activeTime, runsPerMinute, n, runBytes, concurrentRuns, expressionBytes, inlineBytes, lease);
    }

    public Limits withRunBytes(long n) {
        return new Limits(activeTime, runsPerMinute, actionsPerMonth, n, concurrentRuns, expressionBytes, inlineBytes, lease);
    }

    public Limits withConcurrentRuns(int n) {
        return new Limits(activeTime, runsPerMinute, actionsPerMonth, runBytes, n, expressionBytes, inlineBytes, lease);
    }

    public Limits withActiveTime(Duration d) {
        return new Limits(d, runsPerMinute, actionsPerMonth, runBytes, concurrentRuns, expressionBytes, inlineBytes, lease);
    }

    public Limits withLease(Duration d) {
        return new Limits(activeTime, runsPerMinute, actionsPerMonth, runBytes, concurrentRuns, expressionBytes, inlineBytes, d);
    }
}
