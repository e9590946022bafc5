package dev.switchboard.server.flows;

import static dev.switchboard.server.flows.ToolKit.flag;
import static dev.switchboard.server.flows.ToolKit.result;
import static dev.switchboard.server.flows.ToolKit.schema;
import static dev.switchboard.server.flows.ToolKit.text;
import static dev.switchboard.server.flows.ToolKit.tool;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.api.RunQuery;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run tools: {@code list_runs}, {@code get_run}, {@code cancel_run}, {@code retry_run},
 * {@code resolve_approval}. Runs are the caller's own: {@link FlowRuntime} checks the owner of
 * every run id and reports another owner's run like a missing one.
 *
 * <pre>{@code
 * extensions.addTools(new RunTools(runtime, library, waiter, Duration.ofSeconds(30)));
 * }</pre>
 */
public final class RunTools implements ToolProvider {

    private static final int PAGE = 50;
    private static final Map<String, Object> RUN_ID = ToolKit.text("The run's id (list_runs gives it).");

    private final FlowRuntime runtime;
    private final FlowLibrary library;
    private final RunWaiter waiter;
    private final Duration wait;
    private final List<ServedTool> tools;

    /**
     * @param waiter drives retried and approved runs in the background
     * @param wait how long retry_run and resolve_approval wait for the run's outcome before answering with its status
     */
    public RunTools(FlowRuntime runtime, FlowLibrary library, RunWaiter waiter, Duration wait) {
        this.runtime = runtime;
        this.library = library;
        this.waiter = waiter;
        this.wait = wait;
        List<String> statuses = Arrays.stream(RunStatus.values()).map(Enum::name).toList();
        this.tools = List.of(
                tool("list_runs", "List runs", "Your flow runs, newest first, 50 a page: id, flow, version, status, the "
                        + "failed step and error, timings. Filters combine. get_run shows a run's steps.", schema(Map.of(
                                "flow", ToolKit.text("Only runs of this flow (its id)."),
                                "status", ToolKit.text("Only runs with this status, or one of several separated by commas: "
                                        + String.join(", ", statuses) + "."),
                                "from", Map.of("type", "string", "format", "date-time",
                                        "description", "Only runs created at or after this instant, e.g. 2026-01-31T00:00:00Z."),
                                "to", Map.of("type", "string", "format", "date-time",
                                        "description", "Only runs created before this instant, e.g. 2026-02-01T00:00:00Z."),
                                "cursor", ToolKit.CURSOR), List.of()), ToolKit.READ_ONLY, this::list),
                tool("get_run", "Get run", "One run with its inputs, output, and what each step did (input, output, "
                        + "status, attempts, error, timings).", schema(Map.of("id", RUN_ID), List.of("id")), ToolKit.READ_ONLY,
                        this::get),
                tool("cancel_run", "Cancel run", "Cancels a queued, running or paused run.",
                        schema(Map.of("id", RUN_ID), List.of("id")), ToolKit.DESTRUCTIVE, this::cancel),
                tool("retry_run", "Retry run", "Runs an ended run again with the same inputs, on the same version; with "
                        + "from_failed_step the steps that succeeded are not run again. Returns the new run.",
                        schema(Map.of("id", RUN_ID, "from_failed_step", Map.of("type", "boolean", "description",
                                "Keep the results of the steps that succeeded and start at the failed one.")), List.of("id")),
                        ToolKit.WRITES, this::retry),
                tool("resolve_approval", "Resolve approval", "Approves or rejects the approval step a PAUSED run waits "
                        + "on; an approved run goes on, a rejected one fails. Returns the run.",
                        schema(Map.of("run_id", RUN_ID, "approve", Map.of("type", "boolean", "description",
                                "true to approve, false to reject."), "comment", ToolKit.text("Optional note kept with the decision.")),
                                List.of("run_id", "approve")), ToolKit.WRITES, this::resolve));
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private McpSchema.CallToolResult list(ToolCall call) {
        String flowId = text(call, "flow");
        if (flowId != null) {
            library.get(call.caller(), flowId); // says "no such flow" rather than listing nothing
        }
        RunQuery query = RunQuery.all().withFlow(flowId).withStatuses(statuses(text(call, "status")))
                .createdBetween(instant(call, "from"), instant(call, "to"));
        try {
            query = RunCursor.apply(query, text(call, "cursor"));
        } catch (IllegalArgumentException e) {
            throw new ToolException("This cursor is not one list_runs gave; leave it out to start from the newest run.");
        }
        List<Run> runs = runtime.query(call.caller().owner(), query, PAGE + 1);
        List<Run> page = runs.size() > PAGE ? runs.subList(0, PAGE) : runs;
        ObjectNode out = FlowJson.JSON.createObjectNode();
        out.putArray("runs");
        page.forEach(r -> out.withArray("runs").add(FlowJson.run(r)));
        out.put("next_cursor", runs.size() > PAGE ? RunCursor.after(page.get(page.size() - 1)) : null);
        return result(out);
    }

    private static Set<RunStatus> statuses(String list) {
        Set<RunStatus> out = EnumSet.noneOf(RunStatus.class);
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String name : list.split(",")) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            try {
                out.add(RunStatus.valueOf(wanted));
            } catch (IllegalArgumentException e) {
                throw new ToolException("Unknown run status '" + name.strip() + "' in status; use one or several of "
                        + Arrays.stream(RunStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ", separated by commas.");
            }
        }
        return out;
    }

    private static Instant instant(ToolCall call, String field) {
        String value = text(call, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ToolException(field + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, got '" + value + "'.");
        }
    }

    private McpSchema.CallToolResult get(ToolCall call) {
        Run run = mine(call, text(call, "id"));
        return result(FlowJson.runDetail(run, runtime.steps(run.id(), call.caller().owner())));
    }

    private McpSchema.CallToolResult cancel(ToolCall call) {
        Run run = mine(call, text(call, "id"));
        if (!runtime.cancel(run.id(), call.caller().owner())) {
            throw new ToolException("Run " + run.id() + " had already ended (" + run.status() + "); nothing to cancel.");
        }
        return result(FlowJson.run(mine(call, run.id())));
    }

    private McpSchema.CallToolResult retry(ToolCall call) throws InterruptedException {
        Run old = mine(call, text(call, "id"));
        String owner = call.caller().owner();
        Run retried = guarded(() -> runtime.retry(old.id(), owner, flag(call, "from_failed_step"), null));
        // Answer with the outcome, as a flow tool does, rather than a run still waiting for a worker.
        return result(FlowJson.run(outcome(retried.id(), owner)));
    }

    private McpSchema.CallToolResult resolve(ToolCall call) throws InterruptedException {
        Run run = mine(call, text(call, "run_id"));
        String owner = call.caller().owner();
        if (!runtime.resolveApproval(run.id(), owner, flag(call, "approve"), text(call, "comment"))) {
            throw new ToolException("Run " + run.id() + " is " + run.status() + " and waits on no approval; get_run shows where it is.");
        }
        return result(FlowJson.run(outcome(run.id(), owner)));
    }

    /** The run driven on until it ends or pauses, or as it stands once the wait is over (it goes on). */
    private Run outcome(String runId, String owner) throws InterruptedException {
        return waiter.await(runId, owner, wait, waiter::settled, waiter.drive(runId, owner), step -> { });
    }

    private Run mine(ToolCall call, String id) {
        return runtime.get(id == null ? "" : id, call.caller().owner()).orElseThrow(() -> new ToolException(
                "You have no run with id '" + id + "'; list_runs shows your runs."));
    }

    private static Run guarded(Supplier<Run> action) {
        try {
            return action.get();
        } catch (InvalidFlowException e) {
            throw new ToolException(e.getMessage());
        } catch (IllegalArgumentException e) {
            // the runtime's messages here say what to do (e.g. cancel the run before retrying)
            throw new ToolException(e.getMessage());
        }
    }
}
