package dev.switchboard.server.flows;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunContext;
import dev.switchboard.runtime.run.RunStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code flows.run_flow}: a step that runs one of its owner's published flows in the same thread
 * (as its {@code flow__<slug>} tool would) and returns the output. Only the owner's live flows are
 * found, so a flow can never start someone else's. The called run's trigger is its inputs plus
 * {@code called_by} (the calling run and the depth), which bounds nesting even when a paused or
 * queued run is resumed later by another worker: a flow that runs itself fails instead of looping.
 *
 * <pre>{@code
 * SubflowAction.register(runner, library, runtime);
 * // step {"action": "flows.run_flow", "input": {"flow": "monthly-invoicing", "inputs": {"month": "2026-11"}}}
 * }</pre>
 */
public final class SubflowAction {

    /** How deep flows may run inside each other, the first flow counting as one. */
    static final int MAX_DEPTH = 5;
    /** The member of a called run's trigger that says which run called it and how deep it is. */
    static final String CALLED_BY = "called_by";

    private SubflowAction() {
    }

    public static void register(ActionRunner runner, FlowLibrary library, FlowRuntime runtime) {
        runner.register("flows", "run_flow", call -> {
            String ref = call.input().path("flow").asString("").strip();
            if (ref.isEmpty()) {
                throw new ActionException(0, "flow is empty: give the slug of one of your published flows");
            }
            StoredFlow flow = library.liveOf(call.owner(), ref).orElseThrow(() -> new ActionException(0, "you have no "
                    + "published and enabled flow '" + ref + "'; list_flows shows your flows and their slugs"));
            FlowVersion live = library.liveVersion(flow).orElseThrow(() -> new ActionException(0,
                    "the flow '" + ref + "' has no published version"));
            JsonNode inputs = call.input().path("inputs");
            if (!inputs.isMissingNode() && !inputs.isNull() && !inputs.isObject()) {
                throw new ActionException(0, "inputs must be an object of the flow's inputs, not " + inputs.getNodeType());
            }
            // the depth travels in the called run's trigger, so that it holds when a worker resumes that run later
            Run calling = RunContext.current().orElse(null);
            int depth = calling == null ? 0 : calling.trigger().path(CALLED_BY).path("depth").asInt(0);
            if (depth + 1 >= MAX_DEPTH) {
                throw new ActionException(0, "flows run inside each other at most " + MAX_DEPTH + " deep; '" + ref
                        + "' would be deeper (does a flow run itself?)");
            }
            ObjectNode given = inputs.isObject() ? (ObjectNode) inputs : JsonNodeFactory.instance.objectNode();
            ObjectNode trigger = given.deepCopy();
            trigger.putObject(CALLED_BY).put("run_id", calling == null ? null : calling.id()).put("depth", depth + 1);
            Run run;
            try {
                run = runtime.runNow(call.owner(), flow.id(), live.version(), live.definition(), trigger, given);
            } catch (InvalidFlowException e) {
                throw new ActionException(0, "the flow '" + ref + "' cannot run: " + e.getMessage());
            }
            if (run.status().terminal() && run.status() != RunStatus.SUCCEEDED) {
                throw new ActionException(0, "the flow '" + ref + "' (run " + run.id() + ") ended " + run.status()
                        + (run.failedStep() == null ? "" : " at step '" + run.failedStep() + "'")
                        + (run.error() == null ? "" : ": " + run.error()));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode().put("run_id", run.id()).put("status", run.status().name());
            out.set("output", run.status() == RunStatus.SUCCEEDED && run.output() != null ? run.output()
                    : JsonNodeFactory.instance.nullNode());
            return out;
        });
    }
}
