package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.Task;
import dev.switchboard.server.mcp.TaskHandler;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolException;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Serves each of the caller's published and enabled flows as the tool {@code flow__<slug>}: its
 * input schema comes from the flow's {@code inputs}. A call starts a run of the live version and
 * waits for it up to the configured wait (or {@code _meta["switchboard/wait_ms"]}), reporting each
 * finished step as progress: the output when it ends in time, otherwise the run id and status
 * while the run goes on. A run paused on an approval is put to the user through elicitation
 * when the client offers it. Called with a {@code task}, the run is an MCP task (see {@link FlowTasks}).
 *
 * <pre>{@code
 * extensions.addTools(new PublishedFlowTools(library, runtime, waiter, tasks, Duration.ofSeconds(30)));
 * // tools/call flow__greeting {"name": "Ada"}  ->  {"text": "Hello Ada"}
 * }</pre>
 */
public final class PublishedFlowTools implements ToolProvider {

    /** The per-call wait in milliseconds, in a call's {@code _meta}. */
    public static final String WAIT_META = "switchboard/wait_ms";
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private final FlowLibrary library;
    private final FlowRuntime runtime;
    private final RunWaiter waiter;
    private final FlowTasks tasks;
    private final Duration wait;

    public PublishedFlowTools(FlowLibrary library, FlowRuntime runtime, RunWaiter waiter, FlowTasks tasks, Duration wait) {
        this.library = library;
        this.runtime = runtime;
        this.waiter = waiter;
        this.tasks = tasks;
        this.wait = wait;
    }

    @Override
    public List<ServedTool> tools(Caller caller) {
        List<ServedTool> out = new ArrayList<>();
        for (StoredFlow flow : library.live(caller)) {
            // The listed schema is the live version's, the one a call will run.
            library.liveVersion(flow).ifPresent(version -> out.add(served(flow, version)));
        }
        return out;
    }

    private ServedTool served(StoredFlow flow, FlowVersion version) {
        JsonNode definition = version.definition();
        String description = definition.path("description").isString() ? definition.path("description").asString()
                : "Runs the flow '" + flow.name() + "' (version " + version.version() + ") and returns its output.";
        McpSchema.Tool tool = McpSchema.Tool.builder(flow.toolName(), FlowJson.inputSchema(definition))
                .title(flow.name())
                .description(description)
                .annotations(new McpSchema.ToolAnnotations(flow.name(), false, false, false, true, null))
                .build();
        return new ServedTool(tool, new TaskHandler() {
            @Override
            public McpSchema.CallToolResult call(ToolCall call) throws InterruptedException {
                return run(call, flow);
            }

            @Override
            public Task start(ToolCall call, Long ttlMillis) {
                long ttl = FlowTasks.checkStart(call, ttlMillis);
                Run run = startRun(call, flow);
                Task task = tasks.started(run, call, ttl);
                waiter.drive(run.id(), run.owner());
                return task;
            }
        });
    }

    private Run startRun(ToolCall call, StoredFlow flow) {
        // The list this tool came from may be a moment old: check the flow is still the caller's and live.
        StoredFlow current = library.get(call.caller(), flow.id());
        if (!current.live()) {
            throw new ToolException("The flow '" + flow.name() + "' is " + current.status() + " and cannot be run; "
                    + "publish_flow or set_flow_enabled serves it again.");
        }
        FlowVersion live = library.liveVersion(current).orElseThrow(() -> new ToolException(
                "The flow '" + flow.name() + "' has no published version; publish_flow publishes one."));
        JsonNode inputs = FlowJson.JSON.valueToTree(call.arguments());
        try {
            return runtime.start(current.owner(), current.id(), live.version(), live.definition(), inputs, inputs, null);
        } catch (InvalidFlowException e) {
            // valid when published, no longer now (e.g. a connection it uses was deleted with force)
            throw new ToolException("The flow '" + flow.name() + "' cannot run: " + e.getMessage());
        }
    }

    private McpSchema.CallToolResult run(ToolCall call, StoredFlow flow) throws InterruptedException {
        Duration callWait = waitOf(call);
        long deadline = System.nanoTime() + callWait.toNanos();
        Run run = startRun(call, flow);
        // each await reports every finished step again (after an approval too): report each once, the count rising
        Set<String> reported = new HashSet<>();
        call.client().progress(0, null, "started run " + run.id() + " of " + flow.name());
        Future<?> driving = waiter.drive(run.id(), run.owner());
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            run = waiter.await(run.id(), run.owner(), left, waiter::settled, driving, step -> {
                if (reported.add(step.key())) {
                    call.client().progress(reported.size(), null, label(step));
                }
            });
            if (!RunWaiter.waitsForApproval(run) || !call.client().canElicit()) {
                return FlowAnswers.of(run);
            }
            Boolean approved = ApprovalElicitation.ask(call.client(), call.caller().owner(), run, runtime, Map.of());
            if (approved == null) {
                return FlowAnswers.of(run); // the user put it off: the approval stays pending
            }
            // the time the user took to decide does not count against the wait
            deadline = System.nanoTime() + callWait.toNanos();
            driving = waiter.drive(run.id(), run.owner());
        }
    }

    private Duration waitOf(ToolCall call) {
        if (call.meta().get(WAIT_META) instanceof Number millis) {
            long ms = millis.longValue();
            if (ms < 0 || ms > MAX_WAIT.toMillis()) {
                throw new ToolException("_meta." + WAIT_META + " must be between 0 and " + MAX_WAIT.toMillis()
                        + " milliseconds, got " + ms);
            }
            return Duration.ofMillis(ms);
        }
        return wait;
    }

    /** The label of a step for progress messages. */
    static String label(StepRecord step) {
        return step.key() + " " + step.status();
    }
}
