package dev.switchboard.runtime.run;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.runtime.flow.Durations;
import dev.switchboard.runtime.flow.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Action steps of one execution: input resolution, the call with its timeout, retries as durable pauses, persistence. */
final class ActionSteps {

    private final Execution ex;

    ActionSteps(Execution ex) {
        this.ex = ex;
    }

    /** {@code connections.<name>}: name, app and non-secret fields of the owner's connections to the flow's apps. */
    ObjectNode connectionsContext() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Set<String> apps = new LinkedHashSet<>();
        collectApps(ex.flow.steps(), apps);
        for (String app : apps) {
            for (Connection c : ex.executor.connections().connections(ex.run.owner(), app)) {
                ObjectNode o = out.putObject(c.name());
                o.put("name", c.name()).put("app", c.app());
                ObjectNode fields = o.putObject("fields");
                c.fields().forEach(fields::put);
            }
        }
        return out;
    }

    static void collectApps(List<Step> steps, Set<String> apps) {
        for (Step s : steps) {
            if (s instanceof Step.Action a) {
                apps.add(a.app());
            } else if (s instanceof Step.If i) {
                collectApps(i.then(), apps);
                if (i.otherwise() != null) {
                    collectApps(i.otherwise(), apps);
                }
            } else if (s instanceof Step.ForEach f) {
                collectApps(f.body(), apps);
            }
        }
    }

    JsonNode run(Step.Action step, String at, String key, ObjectNode context, StepRecord rec) {
        Values values = ex.executor.values();
        if (rec != null && rec.succeeded()) {
            return values.load(ex.run.owner(), rec.output());
        }
        if (rec != null && "FAILED".equals(rec.status()) && step.policy().continueOnError()) {
            return errorOutput(rec.error());
        }
        int done = rec != null && "RETRYING".equals(rec.status()) ? rec.attempts() : 0;
        if (rec != null && "RETRYING".equals(rec.status()) && rec.wakeAt() != null && ex.now().isBefore(rec.wakeAt())) {
            throw new Signals.Pause(rec.wakeAt(), key);
        }
        JsonNode input = ex.resolve(step.input() == null ? JsonNodeFactory.instance.objectNode() : step.input(), context, step.id(),
                at + "/input");
        Connection connection = connection(step);
        List<String> secrets = connection == null ? List.of() : connection.credentials().secretValues();
        JsonNode storedInput = ex.store(key + ".input", values.redact(input, secrets));
        if (done == 0) {
            ex.budget(step.id(), input);
        }
        int attempt = done + 1;
        Instant startedAt = ex.now();
        // An action with no effect outside the run (in-process and read-only, e.g. data.transform) needs no start committed
        // before it is called: after a crash it simply runs again. Its records go with the next commit, which still comes
        // before any later step has an effect. A first attempt then needs no start row at all: the end row says it all.
        boolean inProcess = effectFree(step) && !ex.leaseDue();
        boolean begun = !inProcess || attempt > 1 || ex.hasRow(key);
        // counted toward the quota when the slice ends; the step's rows carry the count, so a crash does not lose it
        ex.actionsStarted++;
        if (begun) {
            ex.recordBegin(inProcess ? ex.done : ex.next, key, step.id(), attempt, storedInput);
        }
        if (!inProcess) {
            // the start is in the database before the call: a crash leaves a trace (starts grows)
            ex.commitStart(Math.min(ex.remainingMillis(), stepLimit(step)));
        }
        String error;
        try {
            JsonNode output = call(step, input, connection);
            ex.budget(step.id(), output);
            ex.recordEnd(key, step.id(), "SUCCEEDED", storedInput, ex.store(key + ".output", values.redact(output, secrets)), null,
                    startedAt);
            return output;
        } catch (StepFailure e) {
            error = redact(e.getMessage(), secrets);
        }
        if (!begun) {
            ex.recordBegin(ex.done, key, step.id(), attempt, storedInput); // the attempt count the retry policy reads
        }
        ex.checkTime(step.id());
        if (attempt <= step.policy().retryMax()) {
            Duration backoff = step.policy().backoff().multipliedBy(1L << Math.min(20, attempt - 1));
            Instant wake = ex.now().plus(backoff);
            ex.recordAwait(key, step.id(), "RETRYING", storedInput, error, wake);
            throw new Signals.Pause(wake, key);
        }
        ex.recordEnd(key, step.id(), "FAILED", storedInput, null, error);
        if (step.policy().continueOnError()) {
            return errorOutput(error);
        }
        throw new Signals.Failure(RunEvent.FAIL, step.id(), "step '" + step.id() + "' (" + step.action() + ") failed"
                + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + error);
    }

    /** True for actions that run in the process and change nothing (read-only, closed world): {@code data.*}, {@code storage.get}. */
    private boolean effectFree(Step.Action step) {
        return ex.executor.runner().catalog().connector(step.app()).flatMap(c -> c.action(step.actionId()))
                .map(a -> a.isJava() && Boolean.TRUE.equals(a.annotations().readOnly())
                        && Boolean.FALSE.equals(a.annotations().openWorld())).orElse(false);
    }

    private Connection connection(Step.Action step) {
        if (step.connection() == null) {
            return null; // apps without auth (data, http without credentials) run with no connection: no need to read any
        }
        List<Connection> mine = ex.executor.connections().connections(ex.run.owner(), step.app());
        return mine.stream().filter(c -> c.name().equals(step.connection())).findFirst()
                .orElseThrow(() -> new Signals.Failure(RunEvent.FAIL, step.id(), "step '" + step.id() + "': you have no "
                        + step.app() + " connection named '" + step.connection() + "'; create it or change the step"));
    }

    /**
     * Calls the action in this thread, bounded by the step timeout and by the run's remaining
     * active time ({@link StepDeadline} interrupts the call when the time is up).
     */
    private JsonNode call(Step.Action step, JsonNode input, Connection connection) {
        long remaining = ex.remainingMillis();
        long stepLimit = stepLimit(step);
        long wait = Math.max(1, Math.min(remaining, stepLimit));
        JsonNode output = null;
        RuntimeException failure = null;
        boolean timedOut;
        StepDeadline deadline = StepDeadline.start(ex.executor.timers(), wait);
        try {
            output = RunContext.with(ex.run, () -> ex.executor.runner().run(
                    new ActionCall(step.app(), step.actionId(), input, connection, ex.run.owner())));
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            timedOut = deadline.finish();
        }
        if (timedOut) {
            if (remaining <= stepLimit) {
                throw new Signals.Failure(RunEvent.TIME_OUT, step.id(), "step '" + step.id() + "': the run used its "
                        + ex.executor.limits().activeTime().toSeconds() + " s of active time while this step was running");
            }
            throw new StepFailure("no answer within " + step.policy().timeout());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Signals.Lost(); // the worker is shutting down: the run is taken up again from its last commit
        }
        if (failure instanceof ActionException a) {
            throw new StepFailure(a.status() > 0 ? a.getMessage() + " (HTTP " + a.status() + ")" : a.getMessage());
        } else if (failure != null) {
            throw new StepFailure(String.valueOf(failure.getMessage()));
        }
        return output;
    }

    /** The step's own timeout in milliseconds; {@code Long.MAX_VALUE} without one. */
    private static long stepLimit(Step.Action step) {
        return step.policy().timeout() == null ? Long.MAX_VALUE
                : Durations.duration(step.policy().timeout()).map(Duration::toMillis).orElse(Long.MAX_VALUE);
    }

    private static String redact(String text, List<String> secrets) {
        String out = text;
        for (String s : secrets) {
            if (s != null && s.length() >= 4) {
                out = out.replace(s, Values.REDACTED);
            }
        }
        return out;
    }

    private static JsonNode errorOutput(String error) {
        return JsonNodeFactory.instance.objectNode().put("error", error);
    }

    /** A failed attempt (retryable). */
    private static final class StepFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message, null, false, false);
        }
    }
}
