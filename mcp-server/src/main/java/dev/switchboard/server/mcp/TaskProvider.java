package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Optional;

/**
 * Where the {@code tasks/*} methods find tasks. Every method gets the caller and must answer for
 * their own tasks only: another owner's task id is reported exactly like an unknown one.
 *
 * <pre>{@code
 * extensions.setTasks(new FlowTasks(runtime, waiter));
 * }</pre>
 */
public interface TaskProvider {

    /** The caller's task, or empty when there is none with this id (or it is someone else's). */
    Optional<Task> get(Caller caller, String taskId);

    /**
     * The caller's tasks, newest first, {@code limit} at most, after the position {@code cursor}
     * (null for the first page). Throw {@link IllegalArgumentException} for a cursor it did not give.
     */
    TaskPage list(Caller caller, String cursor, int limit);

    /**
     * Blocks until the caller's task has ended, then returns what the tool call would have
     * returned; empty for an unknown task. Input the task needs meanwhile may be asked through
     * {@code client} (elicitation, tagged with the task), when the client offers it.
     */
    Optional<McpSchema.CallToolResult> result(Caller caller, String taskId, ClientChannel client) throws InterruptedException;

    /** Cancels the caller's task that has not ended yet and returns its new state; empty for an unknown task. */
    Optional<Task> cancel(Caller caller, String taskId);

    /** One page of tasks and the cursor of the next one (null on the last page). */
    record TaskPage(List<Task> tasks, String nextCursor) {

        public TaskPage {
            tasks = List.copyOf(tasks);
        }
    }
}
