package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.RunQuery;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ClientChannel;
import dev.switchboard.server.mcp.Task;
import dev.switchboard.server.mcp.TaskProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MCP tasks backed by flow runs: the task id is the run id, so a task outlives the session and
 * the process that started it, and every run of the caller is a task they can poll. Each method
 * looks the run up with the caller as owner: another owner's run id reads as an unknown task.
 *
 * <pre>{@code
 * extensions.setTasks(new FlowTasks(runtime, waiter));
 * }</pre>
 */
public final class FlowTasks implements TaskProvider {

    /** What clients are told to wait between two tasks/get. */
    static final long POLL_INTERVAL_MILLIS = 1000;
    /** tasks/result blocks this long at most; then it answers with the run as it stands. */
    private static final Duration RESULT_WAIT = Duration.ofHours(1);

    private final FlowRuntime runtime;
    private final RunWaiter waiter;

    public FlowTasks(FlowRuntime runtime, RunWaiter waiter) {
        this.runtime = runtime;
        this.waiter = waiter;
    }

    @Override
    public Optional<Task> get(Caller caller, String taskId) {
        return runtime.get(taskId, caller.owner()).map(FlowTasks::task);
    }

    @Override
    public TaskPage list(Caller caller, String cursor, int limit) {
        List<Run> runs = runtime.query(caller.owner(), RunCursor.apply(RunQuery.all(), cursor), limit + 1);
        List<Run> page = runs.size() > limit ? runs.subList(0, limit) : runs;
        String next = runs.size() > limit ? RunCursor.after(page.get(page.size() - 1)) : null;
        return new TaskPage(page.stream().map(FlowTasks::task).toList(), next);
    }

    /**
     * Blocks until the run ends. While it waits for an approval and the client offers elicitation,
     * the approval is put to the user (once: if they put it off, resolve_approval remains).
     */
    @Override
    public Optional<McpSchema.CallToolResult> result(Caller caller, String taskId, ClientChannel client)
            throws InterruptedException {
        if (runtime.get(taskId, caller.owner()).isEmpty()) {
            return Optional.empty();
        }
        boolean asked = false;
        while (true) {
            boolean ask = !asked && client.canElicit();
            Run run = waiter.await(taskId, caller.owner(), RESULT_WAIT,
                    r -> r.status().terminal() || ask && RunWaiter.waitsForApproval(r), null, step -> { });
            if (run.status().terminal() || !RunWaiter.waitsForApproval(run) || !ask) {
                return Optional.of(FlowAnswers.of(run));
            }
            asked = true;
            Map<String, Object> related = Map.of("io.modelcontextprotocol/related-task", Map.of("taskId", taskId));
            if (ApprovalElicitation.ask(client, caller.owner(), run, runtime, related) != null) {
                waiter.drive(taskId, caller.owner());
            }
        }
    }

    @Override
    public Optional<Task> cancel(Caller caller, String taskId) {
        if (runtime.get(taskId, caller.owner()).isEmpty()) {
            return Optional.empty();
        }
        runtime.cancel(taskId, caller.owner());
        return get(caller, taskId);
    }

    /** The task view of a run: statuses mapped, a paused approval as input_required. */
    static Task task(Run run) {
        Task.Status status = switch (run.status()) {
            case QUEUED, RUNNING -> Task.Status.WORKING;
            case PAUSED -> RunWaiter.waitsForApproval(run) ? Task.Status.INPUT_REQUIRED : Task.Status.WORKING;
            case SUCCEEDED -> Task.Status.COMPLETED;
            case CANCELED -> Task.Status.CANCELLED;
            default -> Task.Status.FAILED;
        };
        String message = switch (status) {
            case INPUT_REQUIRED -> "The run waits for an approval at step '" + run.waitingStep()
                    + "'; resolve_approval {run_id, approve} answers it.";
            case FAILED -> "The run ended " + run.status() + (run.failedStep() == null ? "" : " at step '" + run.failedStep() + "'")
                    + (run.error() == null ? "" : ": " + run.error());
            default -> "The run is " + run.status() + ".";
        };
        Instant updated = run.finishedAt() != null ? run.finishedAt() : run.startedAt() != null ? run.startedAt() : run.createdAt();
        return new Task(run.id(), status, message, run.createdAt(), updated, null, POLL_INTERVAL_MILLIS);
    }
}
