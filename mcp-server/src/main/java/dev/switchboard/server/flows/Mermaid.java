package dev.switchboard.server.flows;

import dev.switchboard.runtime.flow.FlowDefinition;
import dev.switchboard.runtime.flow.Step;
import java.util.List;

/**
 * A Mermaid flowchart of a flow: the trigger, then each step in order; {@code if} steps as
 * diamonds with their then/else branches, {@code for_each} steps with a loop back edge.
 *
 * <pre>{@code
 * String chart = Mermaid.of(Flows.read(definition));   // "flowchart TD\n  trigger([…]) …"
 * }</pre>
 */
public final class Mermaid {

    private final StringBuilder out = new StringBuilder("flowchart TD\n");
    private int counter;

    private Mermaid() {
    }

    public static String of(FlowDefinition flow) {
        Mermaid chart = new Mermaid();
        String trigger = flow.trigger() == null ? "manual.run" : flow.trigger().app() + "." + flow.trigger().event();
        chart.node("trigger", "([\"" + label(trigger) + "\"])");
        String last = chart.chain("trigger", flow.steps(), null);
        chart.node("done", "((\"end\"))");
        chart.edge(last, "done", null);
        return chart.out.toString();
    }

    /** Draws the steps after {@code from}; returns the id of the last node drawn. */
    private String chain(String from, List<Step> steps, String firstEdgeLabel) {
        String previous = from;
        String label = firstEdgeLabel;
        for (Step step : steps) {
            previous = step(previous, step, label);
            label = null;
        }
        return previous;
    }

    private String step(String from, Step step, String edgeLabel) {
        String id = "n" + (++counter);
        if (step instanceof Step.If choice) {
            node(id, "{\"" + label(choice.id() + ": if") + "\"}");
            edge(from, id, edgeLabel);
            String join = "n" + (++counter);
            node(join, "((\" \"))");
            edge(chain(id, choice.then(), "then"), join, choice.then().isEmpty() ? "then" : null);
            edge(chain(id, choice.otherwise(), "else"), join, choice.otherwise().isEmpty() ? "else" : null);
            return join;
        }
        if (step instanceof Step.ForEach loop) {
            node(id, "[/\"" + label(loop.id() + ": for each") + "\"/]");
            edge(from, id, edgeLabel);
            edge(chain(id, loop.body(), "each item"), id, "next item");
            return id;
        }
        String text;
        if (step instanceof Step.Action action) {
            text = action.id() + ": " + action.action();
        } else if (step instanceof Step.Delay delay) {
            text = delay.id() + ": wait " + delay.delay();
        } else if (step instanceof Step.Approval approval) {
            text = approval.id() + ": approval";
        } else {
            text = ((Step.Stop) step).id() + ": stop";
        }
        node(id, "[\"" + label(text) + "\"]");
        edge(from, id, edgeLabel);
        return id;
    }

    private void node(String id, String shape) {
        out.append("  ").append(id).append(shape).append('\n');
    }

    private void edge(String from, String to, String label) {
        out.append("  ").append(from).append(label == null ? " --> " : " -->|" + label(label) + "| ").append(to).append('\n');
    }

    /** Mermaid labels in quotes: quotes and angle brackets become entities. */
    private static String label(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
