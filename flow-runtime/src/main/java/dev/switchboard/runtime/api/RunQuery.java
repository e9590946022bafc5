package dev.switchboard.runtime.api;

import dev.switchboard.runtime.run.RunStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Which of an owner's runs to list, and where the previous page ended. Runs come newest first
 * (created time, then id); a page starts after the run {@code (afterCreatedAt, afterId)}, so
 * paging stays stable while new runs arrive.
 *
 * <pre>{@code
 * RunQuery failed = RunQuery.all().withFlow(flowId).withStatuses(Set.of(RunStatus.FAILED));
 * List<Run> page = runtime.query("alice", failed, 50);
 * Run last = page.get(page.size() - 1);
 * List<Run> next = runtime.query("alice", failed.after(last.createdAt(), last.id()), 50);
 * }</pre>
 *
 * @param flowId only runs of this flow; null for all
 * @param statuses only runs in one of these statuses; empty for all
 * @param from only runs created at or after this instant; null for no lower bound
 * @param to only runs created before this instant; null for no upper bound
 */
public record RunQuery(String flowId, Set<RunStatus> statuses, Instant from, Instant to, Instant afterCreatedAt,
        String afterId) {

    public RunQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a page position needs both the created time and the id of the last run");
        }
    }

    public static RunQuery all() {
        return new RunQuery(null, Set.of(), null, null, null, null);
    }

    public RunQuery withFlow(String flow) {
        return new RunQuery(flow, statuses, from, to, afterCreatedAt, afterId);
    }

    public RunQuery withStatuses(Set<RunStatus> only) {
        return new RunQuery(flowId, only, from, to, afterCreatedAt, afterId);
    }

    public RunQuery createdBetween(Instant fromInclusive, Instant toExclusive) {
        return new RunQuery(flowId, statuses, fromInclusive, toExclusive, afterCreatedAt, afterId);
    }

    /** The page that follows the run created at {@code createdAt} with this id. */
    public RunQuery after(Instant createdAt, String id) {
        return new RunQuery(flowId, statuses, from, to, createdAt, id);
    }
}
