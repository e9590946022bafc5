package dev.switchboard.runtime.api;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.runtime.expr.TemplateException;
import dev.switchboard.runtime.expr.Templates;
import dev.switchboard.runtime.flow.FlowDefinition;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.flow.Step;
import dev.switchboard.runtime.run.Executor;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.runtime.run.Worker;
import dev.switchboard.runtime.store.LoadedRun;
import dev.switchboard.runtime.store.NewRun;
import dev.switchboard.runtime.store.RunStore;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server and the command line call: validate, run, inspect, cancel, retry, approve and
 * test flows. Every method that takes a run id checks that the run is the owner's; another
 * owner's run is reported exactly like a missing one.
 *
 * <pre>{@code
 * FlowRuntime runtime = new FlowRuntime(dataSource, runner, connections, blobs, Limits.DEFAULT, Clock.systemUTC(), "host-1");
 * runtime.worker().start(4, Duration.ofMillis(500));             // server
 * Run run = runtime.runOnce(definition, inputs, "alice");         // switchboard flow run FILE
 * }</pre>
 */
public final class FlowRuntime implements AutoCloseable {

    private final RunStore store;
    private final ActionRunner runner;
    private final ConnectionSource connections;
    private final Executor executor;
    private final Worker worker;
    private final Limits limits;
    private final Clock clock;
    private final String workerId;

    /** The tables of {@code db/migration/V100__flow_runs.sql} must exist in the data source. */
    public FlowRuntime(DataSource dataSource, ActionRunner runner, ConnectionSource connections, BlobStore blobs, Limits limits,
            Clock clock, String workerId) {
        this.store = new RunStore(dataSource);
        this.runner = runner;
        this.connections = connections;
        this.limits = limits;
        this.clock = clock;
        this.workerId = workerId;
        this.executor = new Executor(store, runner, connections, blobs, limits, clock);
        this.worker = new Worker(store, executor, clock, limits.lease(), workerId);
    }

    public Worker worker() {
        return worker;
    }

    /** Every problem of the definition, for this owner's connections; empty when it may run. */
    public List<Problem> validate(JsonNode definition, String owner) {
        Map<String, String> mine = new HashMap<>();
        // every run start validates: one count query first, then only the apps the owner has connections to
        // (rather than one query, and decryption, per app of the catalog)
        List<String> apps = runner.catalog().connectors().stream().map(c -> c.app()).toList();
        connections.countsByApp(owner, apps).keySet().forEach(app -> connections.connections(owner, app)
                .forEach(x -> mine.put(x.name(), x.app())));
        return new FlowValidator(runner.catalog(), mine).validate(definition);
    }

    /**
     * Queues a run of a valid flow. With an event id (from a trigger), a second call with the same
     * flow and event id returns the first run instead of starting another.
     *
     * @param trigger the trigger's event ({@code trigger} in templates); for manual runs, the inputs
     */
    public Run start(String owner, String flowId, Integer version, JsonNode definition, JsonNode trigger, JsonNode inputs,
            String eventId) {
        requireValid(definition, owner);
        String key = eventId == null ? null : owner + "|" + (flowId == null ? definition.path("name").asString("") : flowId) + "|" + eventId;
        NewRun run = new NewRun(owner, flowId, version, definition, trigger, inputs, key, null);
        Instant now = now();
        String id = store.enqueue(run, now);
        worker.wake();
        // with an event key, the id may be an earlier run's
        return key == null ? RunStore.queued(id, run, now) : store.find(id).orElseThrow();
    }

    /** Runs a flow now in the calling thread until it ends or pauses (delay, approval) or must wait for a limit. */
    public Run runOnce(JsonNode definition, JsonNode inputs, String owner) {
        return runHere(owner, null, null, definition, inputs, inputs);
    }

    /**
     * Queues the run leased to this runtime and executes it in the calling thread: no claim, and
     * the first slice starts from the run and definition in hand rather than reading them back.
     */
    private Run runHere(String owner, String flowId, Integer version, JsonNode definition, JsonNode trigger, JsonNode inputs) {
        JsonNode in = inputs == null ? JsonNodeFactory.instance.objectNode() : inputs;
        requireValid(definition, owner);
        NewRun run = new NewRun(owner, flowId, version, definition, trigger == null ? in : trigger, in, null, null);
        Instant now = now();
        String id = store.enqueue(run, now, workerId, now.plus(limits.lease()));
        executor.execute(new LoadedRun(RunStore.queued(id, run, now), definition), workerId);
        Run after = store.find(id).orElseThrow();
        return stillGoing(after) ? drive(id) : after;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Runs a stored flow's published version now in the calling thread, recording the flow id and
     * version on the run (so that runs can be listed per flow); like {@link #runOnce} otherwise.
     */
    public Run runNow(String owner, String flowId, int version, JsonNode definition, JsonNode inputs) {
        return runHere(owner, flowId, version, definition, inputs, inputs);
    }

    /** Like {@link #runNow(String, String, int, JsonNode, JsonNode)} with a trigger of its own (a calling flow's mark). */
    public Run runNow(String owner, String flowId, int version, JsonNode definition, JsonNode trigger, JsonNode inputs) {
        return runHere(owner, flowId, version, definition, trigger, inputs);
    }

    /**
     * Continues the owner's queued or woken run in the calling thread until it ends or pauses; for
     * servers that answer a retry or an approval with the run's outcome rather than waiting for a worker.
     */
    public Run continueRun(String runId, String owner) {
        mine(runId, owner);
        return drive(runId);
    }

    private Run drive(String id) {
        for (int i = 0; i < 1000 && store.claimRun(id, workerId, clock.instant(), limits.lease()); i++) {
            executor.execute(id, workerId);
            Run run = store.find(id).orElseThrow();
            if (!stillGoing(run)) {
                return run; // read once: it is what the caller gets
            }
        }
        return store.find(id).orElseThrow();
    }

    private static boolean stillGoing(Run run) {
        return run.status() == RunStatus.RUNNING || run.status() == RunStatus.QUEUED;
    }

    public Optional<Run> get(String runId, String owner) {
        return store.find(runId).filter(r -> r.owner().equals(owner));
    }

    /** The owner's runs, newest first; {@code flowId} null for all flows. */
    public List<Run> list(String owner, String flowId, int limit) {
        return store.list(owner, flowId, limit);
    }

    /** One page of the owner's runs matching the query, newest first; see {@link RunQuery}. */
    public List<Run> query(String owner, RunQuery query, int limit) {
        return store.page(owner, query.flowId(), query.statuses(), query.from(), query.to(), query.afterCreatedAt(),
                query.afterId(), limit);
    }

    /** What each step did: resolved input, output, status, attempts, timings. */
    public List<StepRecord> steps(String runId, String owner) {
        mine(runId, owner);
        return store.steps().list(runId);
    }

    /** Cancels a queued, running or paused run; false when it had already ended. */
    public boolean cancel(String runId, String owner) {
        mine(runId, owner);
        return store.cancel(runId, clock.instant(), "canceled by " + owner);
    }

    /**
     * Starts a new run from an ended one, with the same trigger and inputs.
     *
     * @param fromFailedStep keep the results of the steps that succeeded and start at the failed one
     * @param latest the latest published version to run instead (its definition and version), or null for the run's own version
     */
    public Run retry(String runId, String owner, boolean fromFailedStep, PublishedVersion latest) {
        Run old = mine(runId, owner);
        if (!old.status().terminal()) {
            throw new IllegalArgumentException("run " + runId + " is " + old.status() + "; cancel it or wait for it to end before retrying");
        }
        JsonNode definition = latest == null ? store.definition(runId) : latest.definition();
        requireValid(definition, owner);
        Integer version = latest == null ? old.flowVersion() : Integer.valueOf(latest.version());
        String id = store.enqueue(new NewRun(owner, old.flowId(), version, definition,
                old.trigger(), old.inputs(), null, runId), clock.instant());
        if (fromFailedStep) {
            store.steps().copySucceeded(runId, id);
        }
        worker.wake();
        return store.find(id).orElseThrow();
    }

    /** A published version of a flow, for {@link #retry} on the latest one. */
    public record PublishedVersion(int version, JsonNode definition) {
    }

    /** Approves or rejects the approval a paused run waits on; false when it waits on none. */
    public boolean resolveApproval(String runId, String owner, boolean approve, String comment) {
        Run run = mine(runId, owner);
        if (run.status() != RunStatus.PAUSED || run.waitingStep() == null) {
            return false;
        }
        ObjectNode decision = JsonNodeFactory.instance.objectNode().put("approved", approve).put("by", owner)
                .put("decided_at", clock.instant().toString());
        if (comment != null) {
            decision.put("comment", comment);
        }
        boolean woken = store.steps().decide(runId, run.waitingStep(), decision, approve, clock.instant())
                && store.wake(runId, run.waitingStep(), clock.instant());
        if (woken) {
            worker.wake();
        }
        return woken;
    }

    /**
     * Runs one action step once with sample data ({@code {"trigger", "inputs", "steps", "loop"}}),
     * without storing a run; the output or the error comes back.
     */
    public StepTest testStep(JsonNode definition, String stepId, JsonNode sample, String owner) {
        FlowDefinition flow = Flows.read(definition);
        Step.Action step = find(flow.steps(), stepId).orElseThrow(() -> new IllegalArgumentException(
                "the flow has no action step '" + stepId + "'"));
        ObjectNode context = sample == null || !sample.isObject() ? JsonNodeFactory.instance.objectNode() : ((ObjectNode) sample).deepCopy();
        JsonNode input;
        try {
            input = new Templates(limits.expressionBytes()).resolve(step.input() == null ? JsonNodeFactory.instance.objectNode()
                    : step.input(), context, stepId, "/input");
        } catch (TemplateException e) {
            return new StepTest(stepId, null, null, e.getMessage());
        }
        Connection connection = step.connection() == null ? null : connections.connections(owner, step.app()).stream()
                .filter(c -> c.name().equals(step.connection())).findFirst().orElse(null);
        if (step.connection() != null && connection == null) {
            return new StepTest(stepId, input, null, "you have no " + step.app() + " connection named '" + step.connection() + "'");
        }
        try {
            return new StepTest(stepId, input, runner.run(new ActionCall(step.app(), step.actionId(), input, connection, owner)), null);
        } catch (ActionException e) {
            return new StepTest(stepId, input, null, e.getMessage());
        }
    }

    private static Optional<Step.Action> find(List<Step> steps, String id) {
        for (Step s : steps) {
            if (s instanceof Step.Action a && a.id().equals(id)) {
                return Optional.of(a);
            }
            List<List<Step>> children = s instanceof Step.If i ? java.util.Arrays.asList(i.then(), i.otherwise())
                    : s instanceof Step.ForEach f ? List.of(f.body()) : List.of();
            for (List<Step> c : children) {
                Optional<Step.Action> found = c == null ? Optional.empty() : find(c, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Run mine(String runId, String owner) {
        return get(runId, owner).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }

    private void requireValid(JsonNode definition, String owner) {
        List<Problem> problems = validate(definition, owner);
        if (!problems.isEmpty()) {
            throw new InvalidFlowException(problems);
        }
    }

    @Override
    public void close() {
        worker.close();
        executor.close();
    }
}
