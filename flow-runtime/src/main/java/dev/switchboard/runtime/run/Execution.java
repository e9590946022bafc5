package dev.switchboard.runtime.run;

import dev.switchboard.runtime.expr.TemplateException;
import dev.switchboard.runtime.flow.FlowDefinition;
import dev.switchboard.runtime.flow.Step;
import dev.switchboard.runtime.store.Batch;
import dev.switchboard.runtime.store.SliceCommits;
import dev.switchboard.runtime.store.StepStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One slice of a run: walks the step tree from the start, reusing the stored result of every
 * step that already ended (so a resumed or recovered run never repeats a finished step) and
 * executing the rest until the run ends or pauses.
 *
 * <p>Writes are grouped so that each action step costs one transaction: the records of steps
 * that ended since the last action ({@link #done}) are committed together with the next action's
 * start ({@link #next}) and the lease renewal, before that action is called; the last ones are
 * committed with the run's final or pause transition. So every ended step is in the database
 * before any later step has an effect, and a crash re-runs at most the step in flight.
 */
final class Execution {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final Run run;
    final FlowDefinition flow;
    final Map<String, StepRecord> records;
    final Executor executor;
    final String worker;
    final Instant sliceStart;
    /** Until when this worker's lease runs: set by the transition that began the slice, then by each renewal. */
    private Instant leaseUntil;
    final ActionSteps actions;
    private final ControlSteps control;
    long sizeUsed;
    /** Actions the run has started, this slice's included; {@link #counted} of them were counted toward the quota before it. */
    long actionsStarted;
    final long counted;
    String current;
    /** Records of ended steps (and sizes) not yet committed; committed before anything else happens outside. */
    final Batch done = new Batch();
    /** The start of the action about to be called; committed only while the run is still this worker's. */
    final Batch next = new Batch();
    /** Step keys this slice wrote a row for (with {@link #records}: whether a row exists). */
    private final Set<String> written = new HashSet<>();

    Execution(Executor executor, Run run, long counted, FlowDefinition flow, Map<String, StepRecord> records, String worker,
            Instant sliceStart) {
        this.executor = executor;
        this.run = run;
        this.flow = flow;
        this.records = records;
        this.worker = worker;
        this.sliceStart = sliceStart;
        this.leaseUntil = sliceStart.plus(executor.limits().lease());
        // after a crash the run's row lags behind: the steps' rows say how much data the run had handled
        this.sizeUsed = Math.max(run.sizeBytes(), records.values().stream().mapToLong(StepRecord::runBytes).max().orElse(0));
        // and how many actions it had started: those a crashed slice started but never counted are counted at this slice's end
        this.counted = counted;
        this.actionsStarted = Math.max(counted, records.values().stream().mapToLong(StepRecord::runActions).max().orElse(0));
        this.actions = new ActionSteps(this);
        this.control = new ControlSteps(this);
    }

    /** Runs to the end and gives the run's output; pauses, stops and failures are thrown as {@link Signals}. */
    JsonNode run() {
        ObjectNode root = NODES.objectNode();
        root.set("trigger", run.trigger());
        root.set("inputs", run.inputs());
        root.set("connections", actions.connectionsContext());
        ObjectNode steps = root.putObject("steps");
        JsonNode last = walk(flow.steps(), "/steps", "", root);
        current = null;
        if (flow.output() == null) {
            return last;
        }
        return resolve(flow.output(), root, null, "/output");
    }

    JsonNode walk(List<Step> steps, String pointer, String keyPrefix, ObjectNode context) {
        JsonNode last = NullNode.getInstance();
        ObjectNode outputs = (ObjectNode) context.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String at = pointer + "/" + i;
            String key = keyPrefix + step.id();
            current = step.id();
            checkTime(step.id());
            // the lease is renewed (and a cancel noticed) when the next action's start is committed
            last = step(step, at, key, context);
            outputs.set(step.id(), last);
        }
        return last;
    }

    private JsonNode step(Step step, String at, String key, ObjectNode context) {
        StepRecord rec = records.get(key);
        if (step instanceof Step.Action a) {
            return actions.run(a, at, key, context, rec);
        }
        return control.run(step, at, key, context, rec);
    }

    JsonNode resolve(JsonNode template, JsonNode context, String stepId, String pointer) {
        try {
            return executor.templates().resolve(template, context, stepId, pointer);
        } catch (TemplateException e) {
            throw new Signals.Failure(RunEvent.FAIL, stepId, e.getMessage());
        }
    }

    /** Counts a value against the run's size budget; over it, the run ends MEMORY_LIMIT_EXCEEDED. */
    void budget(String stepId, JsonNode value) {
        long bytes = Values.size(value);
        sizeUsed += bytes;
        if (sizeUsed > executor.limits().runBytes()) {
            throw new Signals.Failure(RunEvent.EXCEED_SIZE, stepId, "step '" + stepId + "': the run has handled " + sizeUsed
                    + " bytes of data and files, over its budget of " + executor.limits().runBytes()
                    + "; process fewer or smaller items per run");
        }
    }

    private StepStore.Totals totals() {
        return new StepStore.Totals(sizeUsed, actionsStarted);
    }

    /** The actions to count toward the owner's quota when the slice ends now (see {@link SliceCommits}). */
    SliceCommits.Count count() {
        String period = java.time.YearMonth.from(now().atZone(java.time.ZoneOffset.UTC)).toString();
        return new SliceCommits.Count(run.owner(), period, worker, actionsStarted, counted);
    }

    /** Whether the step has a row, in the database or in a batch of this slice. */
    boolean hasRow(String key) {
        return records.containsKey(key) || written.contains(key);
    }

    void recordBegin(Batch batch, String key, String stepId, int attempt, JsonNode input) {
        // a start to be committed before its action is called is written only while the run is still this worker's
        executor.store().steps().begin(batch, hasRow(key), run.id(), batch == next ? worker : null, key, stepId, attempt, input,
                totals(), now());
        written.add(key);
    }

    void recordEnd(String key, String stepId, String status, JsonNode input, JsonNode output, String error) {
        recordEnd(key, stepId, status, input, output, error, now());
    }

    void recordEnd(String key, String stepId, String status, JsonNode input, JsonNode output, String error, Instant startedAt) {
        executor.store().steps().end(done, hasRow(key), run.id(), key, stepId, status, input, output, error, totals(), startedAt, now());
        written.add(key);
    }

    void recordAwait(String key, String stepId, String status, JsonNode input, String error, Instant wake) {
        executor.store().steps().await(done, hasRow(key), run.id(), key, stepId, status, input, error, totals(), wake, now());
        written.add(key);
    }

    /**
     * Commits what ended so far and the start of the next action (already in {@link #actionsStarted})
     * before the action is called;
     * throws {@link Signals.Lost} when the run was canceled or taken over (the start row is written
     * only while the run is this worker's). The lease is renewed in the same transaction only when
     * it might run out before the action ends ({@code actionMillis} at most) plus a quarter of the
     * lease as margin for the commit that follows; with the default limits (60 s of active time,
     * a 90 s lease) the lease taken when the slice began covers the whole slice, so steps do not
     * update the run's row.
     */
    void commitStart(long actionMillis) {
        Instant now = now();
        Duration lease = executor.limits().lease();
        Instant renewTo = null;
        if (now.plusMillis(Math.min(actionMillis, lease.toMillis())).plus(lease.dividedBy(4)).isAfter(leaseUntil)) {
            renewTo = now.plus(lease);
        }
        if (!executor.store().commits().commit(done, next, run.id(), worker, renewTo)) {
            actionsStarted--; // the action whose start this was is not called: not to be counted (see Executor#countLost)
            throw new Signals.Lost();
        }
        if (renewTo != null) {
            leaseUntil = renewTo;
        }
    }

    /** True when half the lease has passed since it was last renewed: the next step commits first, renewing it. */
    boolean leaseDue() {
        return now().isAfter(leaseUntil.minus(executor.limits().lease().dividedBy(2)));
    }

    /** Active time of the run so far: earlier slices plus this one (paused time is not counted). */
    long activeMillis() {
        return run.activeMillis() + Math.max(0, executor.clock().millis() - sliceStart.toEpochMilli());
    }

    long remainingMillis() {
        return executor.limits().activeTime().toMillis() - activeMillis();
    }

    void checkTime(String stepId) {
        if (remainingMillis() <= 0) {
            throw new Signals.Failure(RunEvent.TIME_OUT, stepId, "step '" + stepId + "': the run used its "
                    + executor.limits().activeTime().toSeconds() + " s of active time; split the work or make steps faster");
        }
    }

    JsonNode store(String name, JsonNode value) {
        return executor.values().store(run.owner(), "run-" + run.id() + "-" + name, value);
    }

    Instant now() {
        return executor.clock().instant();
    }

    static String kind(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "nothing" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
