package dev.switchboard.runtime.run;

import dev.switchboard.runtime.expr.TemplateException;
import dev.switchboard.runtime.expr.Templates;
import dev.switchboard.runtime.flow.Durations;
import dev.switchboard.runtime.flow.Step;
import dev.switchboard.runtime.store.RunStore;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps of one execution that are not actions: if (the branch taken is recorded, so a
 * resumed run takes the same one), for_each (its items are recorded before the first
 * iteration), delay and approval (durable pauses), and stop.
 */
final class ControlSteps {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Execution ex;

    ControlSteps(Execution ex) {
        this.ex = ex;
    }

    /** Executes a step that is not an action: if, for_each, delay, approval or stop. */
    JsonNode run(Step step, String at, String key, ObjectNode context, StepRecord rec) {
        if (step instanceof Step.If s) {
            boolean then;
            if (rec != null && rec.succeeded()) {
                then = "then".equals(rec.output().path("branch").asString());
            } else {
                then = condition(s, at, context);
                ex.recordEnd(key, s.id(), "SUCCEEDED", null, NODES.objectNode().put("branch", then ? "then" : "else"), null);
            }
            List<Step> branch = then ? s.then() : s.otherwise();
            return branch == null ? NullNode.getInstance() : ex.walk(branch, at + (then ? "/then" : "/else"), key.substring(0,
                    key.length() - s.id().length()), context);
        }
        if (step instanceof Step.ForEach f) {
            return forEach(f, at, key, context, rec);
        }
        if (step instanceof Step.Delay d) {
            return delay(d, at, key, context, rec);
        }
        if (step instanceof Step.Approval ap) {
            return approval(ap, at, key, context, rec);
        }
        Step.Stop stop = (Step.Stop) step;
        JsonNode output = ex.resolve(stop.output(), context, stop.id(), at + "/stop/output");
        ex.recordEnd(key, stop.id(), "SUCCEEDED", null, output, null);
        throw new Signals.Stop(output);
    }

    private boolean condition(Step.If s, String at, ObjectNode context) {
        JsonNode c = s.condition();
        if (c != null && c.isString() && Templates.isWholeTemplate(c.asString())) {
            String expr = Templates.expressions(c, at + "/if").get(0).getValue();
            try {
                return ex.executor.templates().test(expr, context, s.id(), at + "/if");
            } catch (TemplateException e) {
                throw new Signals.Failure(RunEvent.FAIL, s.id(), e.getMessage());
            }
        }
        JsonNode v = ex.resolve(c, context, s.id(), at + "/if");
        return v.isBoolean() ? v.asBoolean() : !(v.isNull() || v.isMissingNode() || "".equals(v.asString("x")));
    }

    private JsonNode forEach(Step.ForEach f, String at, String key, ObjectNode context, StepRecord rec) {
        if (rec != null && rec.succeeded()) {
            return ex.executor.values().load(ex.run.owner(), rec.output());
        }
        JsonNode items;
        if (rec != null && rec.input() != null) {
            items = ex.executor.values().load(ex.run.owner(), rec.input()); // the same items as before the pause or crash
        } else {
            items = ex.resolve(f.items(), context, f.id(), at + "/for_each");
            if (!items.isArray()) {
                throw new Signals.Failure(RunEvent.FAIL, f.id(), "step '" + f.id() + "': for_each needs a list, got "
                        + Execution.kind(items));
            }
            ex.budget(f.id(), items);
            ex.recordBegin(ex.done, key, f.id(), 1, ex.store(key + ".items", items)); // no effect outside: committed with what follows
        }
        ArrayNode results = NODES.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode iteration = context.deepCopy();
            iteration.putObject("loop").put("index", i).set("item", items.get(i));
            results.add(ex.walk(f.body(), at + "/do", key + "[" + i + "]/", iteration));
            ex.current = f.id();
        }
        ex.recordEnd(key, f.id(), "SUCCEEDED", null, ex.store(key, results), null);
        return results;
    }

    private JsonNode delay(Step.Delay d, String at, String key, ObjectNode context, StepRecord rec) {
        if (rec != null && rec.succeeded()) {
            return rec.output();
        }
        Instant wake;
        if (rec != null && "WAITING".equals(rec.status()) && rec.wakeAt() != null) {
            wake = rec.wakeAt();
        } else {
            String text = resolve(ex.executor.templates(), d.delay(), context, d.id(), at + "/delay");
            wake = Durations.wakeUp(text, ex.now()).orElseThrow(() -> new Signals.Failure(RunEvent.FAIL, d.id(), "step '" + d.id()
                    + "': delay '" + text + "' is neither an ISO-8601 duration (PT1H) nor an instant (2026-05-01T08:00:00Z)"));
        }
        if (!ex.now().isBefore(wake)) {
            JsonNode out = NODES.objectNode().put("waited_until", wake.toString());
            ex.recordEnd(key, d.id(), "SUCCEEDED", null, out, null);
            return out;
        }
        ex.recordAwait(key, d.id(), "WAITING", null, null, wake);
        throw new Signals.Pause(wake, key);
    }

    private JsonNode approval(Step.Approval ap, String at, String key, ObjectNode context, StepRecord rec) {
        if (rec != null && rec.succeeded()) {
            return rec.output();
        }
        if (rec != null && "FAILED".equals(rec.status())) {
            if (ap.policy().continueOnError()) {
                return rec.output();
            }
            throw new Signals.Failure(RunEvent.FAIL, ap.id(), "step '" + ap.id() + "': approval " + rec.error());
        }
        if (rec == null || !"WAITING".equals(rec.status())) {
            JsonNode request = ex.resolve(ap.approval(), context, ap.id(), at + "/approval");
            ex.recordAwait(key, ap.id(), "WAITING", request, null, null);
        }
        throw new Signals.Pause(RunStore.NEVER, key);
    }

    private String resolve(Templates templates, String text, JsonNode context, String stepId, String pointer) {
        JsonNode v = ex.resolve(tools.jackson.databind.node.StringNode.valueOf(text), context, stepId, pointer);
        return v.isValueNode() ? v.asString() : v.toString();
    }
}
