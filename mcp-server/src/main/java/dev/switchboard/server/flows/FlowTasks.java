package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ClientChannel;
import dev.switchboard.server.mcp.Task;
import dev.switchboard.server.mcp.TaskProvider;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * MCP tasks backed by flow runs: the task id is the run id, so a task outlives the session and
 * the process that started it. Only runs started by a task-augmented {@code tools/call} are tasks
 * (recorded in {@link TaskRecords}, with their lifetime); a webhook or schedule run is not. Each
 * method looks the task up with the caller as owner: another owner's id reads as an unknown task.
 * While a client waits in {@code tasks/result}, each finished step is reported as progress under
 * the starting call's progress token (or, if it sent none, the token of {@code tasks/result}).
 *
 * <pre>{@code
 * FlowTasks tasks = new FlowTasks(runtime, waiter, dataSource, clock);
 * extensions.setTasks(tasks);
 * }</pre>
 */
public final class FlowTasks implements TaskProvider {

    /** What clients are told to wait between two tasks/get. */
    static final long POLL_INTERVAL_MILLIS = 1000;
    /** tasks/result blocks this long at most; then it answers with the run as it stands. */
    private static final Duration RESULT_WAIT = Duration.ofHours(1);

    private final FlowRuntime runtime;
    private final RunWaiter waiter;
    private final TaskRecords records;

    public FlowTasks(FlowRuntime runtime, RunWaiter waiter, DataSource dataSource, Clock clock) {
        this.runtime = runtime;
        this.waiter = waiter;
        this.records = new TaskRecords(dataSource, clock);
    }

    /**
     * Checks the task parameters of a call before its run starts.
     *
     * @return the lifetime granted to the task
     * @throws ToolException saying what to fix; nothing has started
     */
    static long checkStart(ToolCall call, Long ttlMillis) {
        try {
            return TaskRecords.grantedTtl(ttlMillis, call.meta().get("progressToken"));
        } catch (IllegalArgumentException e) {
            throw new ToolException(e.getMessage() + "; no task was started.");
        }
    }

    /** Records a run just started by a task-augmented call as the caller's task, and returns the task. */
    Task started(Run run, ToolCall call, long ttlMillis) {
        return task(run, records.add(run.id(), run.owner(), ttlMillis, call.meta().get("progressToken")));
    }

    @Override
    public Optional<Task> get(Caller caller, String taskId) {
        return records.find(caller.owner(), taskId)
                .flatMap(entry -> runtime.get(taskId, caller.owner()).map(run -> task(run, entry)));
    }

    @Override
    public TaskPage list(Caller caller, String cursor, int limit) {
        List<TaskRecords.Entry> entries = records.page(caller.owner(), cursor, limit);
        List<TaskRecords.Entry> page = entries.size() > limit ? entries.subList(0, limit) : entries;
        String next = entries.size() > limit ? TaskRecords.after(page.get(page.size() - 1)) : null;
        List<Task> tasks = new ArrayList<>();
        for (TaskRecords.Entry entry : page) {
            // a run deleted with its flow leaves no task to show
            runtime.get(entry.taskId(), caller.owner()).ifPresent(run -> tasks.add(task(run, entry)));
        }
        return new TaskPage(tasks, next);
    }

    /**
     * Blocks until the run ends, reporting finished steps as progress. While it waits for an
     * approval and the client offers elicitation, the approval is put to the user (once: if they
     * put it off, resolve_approval remains).
     */
    @Override
    public Optional<McpSchema.CallToolResult> result(Caller caller, String taskId, ClientChannel client)
            throws InterruptedException {
        Optional<TaskRecords.Entry> entry = records.find(caller.owner(), taskId);
        if (entry.isEmpty() || runtime.get(taskId, caller.owner()).isEmpty()) {
            return Optional.empty();
        }
        Object token = entry.get().progressToken() != null ? entry.get().progressToken() : client.progressToken();
        ClientChannel progress = client.withProgressToken(token);
        // each await reports every finished step again: keep the count rising, once per step (as the spec asks)
        Set<String> reported = new HashSet<>();
        boolean asked = false;
        while (true) {
            boolean ask = !asked && client.canElicit();
            Run run = waiter.await(taskId, caller.owner(), RESULT_WAIT,
                    r -> r.status().terminal() || ask && RunWaiter.waitsForApproval(r), null, step -> {
                        if (reported.add(step.key())) {
                            progress.progress(reported.size(), null, PublishedFlowTools.label(step));
                        }
                    });
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
        if (get(caller, taskId).isEmpty()) {
            return Optional.empty();
        }
        runtime.cancel(taskId, caller.owner());
        return get(caller, taskId);
    }

    /** The task view of a run: statuses mapped, a paused approval as input_required. */
    static Task task(Run run, TaskRecords.Entry entry) {
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
        return new Task(run.id(), status, message, entry.createdAt(), updated, entry.ttlMillis(), POLL_INTERVAL_MILLIS);
    }
}
