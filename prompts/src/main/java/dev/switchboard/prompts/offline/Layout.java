package dev.switchboard.prompts.offline;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the next steps of a draft go: into a pending if ("if it is urgent, …"), into the else
 * of the last if ("otherwise …"), or into the current list (the flow's steps or a loop's body).
 * Keeps the summary's lines in the order the steps are read.
 *
 * <pre>{@code
 * Layout layout = new Layout(flow.putArray("steps"), ids, asks, texts, summary);
 * layout.guard("the amount is over 500", null, false);
 * layout.place(List.of(step), null);   // the step goes into the "then" of a new if
 * }</pre>
 */
final class Layout {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final StepIds ids;
    private final Asks asks;
    private final Texts texts;
    private final List<String> summary;
    private ArrayNode container;
    private final ArrayNode top;
    private String condition;
    private String expression;
    private ObjectNode lastIf;
    private boolean inElse;
    /** The steps placed go on into the then of the last if, until its else. */
    private boolean thenOpen;
    /** The steps placed go on into the else of the last if, until {@link #closeElse()}. */
    private boolean elseOpen;

    Layout(ArrayNode steps, StepIds ids, Asks asks, Texts texts, List<String> summary) {
        this.container = steps;
        this.top = steps;
        this.ids = ids;
        this.asks = asks;
        this.texts = texts;
        this.summary = summary;
    }

    /**
     * The next steps are guarded by this condition (as said): the next one only, or with {@code untilElse} every step
     * up to the "otherwise"; {@code expression} is the if's expression when it is known, or null to ask for it.
     */
    void guard(String said, String expression, boolean untilElse) {
        condition = said;
        this.expression = expression;
        thenOpen = untilElse;
    }

    /** The steps after this are no longer guarded by the last if. */
    void closeThen() {
        thenOpen = false;
    }

    /** The next steps go into the else of the last if, if there is one: one step, or with {@code untilClosed} every step up to {@link #closeElse()}. */
    void otherwise(boolean untilClosed) {
        inElse = lastIf != null;
        elseOpen = untilClosed;
        thenOpen = false;
    }

    /** The steps after this are no longer in the else. */
    void closeElse() {
        if (elseOpen) {
            inElse = false;
            elseOpen = false;
            lastIf = null;
        }
    }

    /** Whether the next steps go into a loop's body. */
    boolean inLoop() {
        return container != top;
    }

    /** The steps after this go after the loops, at the top of the flow. */
    void outOfLoop() {
        container = top;
    }

    /** The steps after this go into a loop's body. */
    void into(ArrayNode body) {
        container = body;
    }

    /** Puts steps where the words say; {@code said}, when not null, is the summary's line for them. */
    void place(List<ObjectNode> steps, String said) {
        if (said != null) {
            summary.add(said);
        }
        if (inElse && lastIf != null) {
            ArrayNode otherwise = lastIf.has("else") ? (ArrayNode) lastIf.get("else") : lastIf.putArray("else");
            if (otherwise.isEmpty()) {
                summary.add(summary.size() - steps.size(), texts.elseStep());
            }
            steps.forEach(otherwise::add);
            if (!elseOpen) {
                inElse = false;
                lastIf = null;
            }
            return;
        }
        if (thenOpen && lastIf != null && condition == null) {
            steps.forEach(((ArrayNode) lastIf.get("then"))::add);
            return;
        }
        if (condition != null) {
            ObjectNode check = NODES.objectNode().put("id", ids.next("check"));
            check.put("if", expression != null ? expression : asks.ask("condition", texts.condition(condition), List.of()));
            steps.forEach(check.putArray("then")::add);
            container.add(check);
            summary.add(summary.size() - steps.size(), texts.ifStep(condition));
            lastIf = check;
            condition = null;
            return;
        }
        steps.forEach(container::add);
        lastIf = null;
    }
}
