package dev.switchboard.prompts.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builder gave for one case, and how it compares.
 *
 * <pre>{@code
 * Outcome o = new Outcome(evalCase, Skeleton.of(result.flow()), result.valid(), 12_000_000L, null);
 * o.skeletonExact();
 * }</pre>
 *
 * @param got the flow's skeleton; null when the builder failed
 * @param nanos time the builder took
 * @param error why the builder failed, or null
 */
public record Outcome(EvalCase expected, Skeleton got, boolean valid, long nanos, String error) {

    public boolean triggerRight() {
        return got != null && expected.triggers().contains(got.trigger());
    }

    /** Trigger right and the same actions in the same order. */
    public boolean skeletonExact() {
        if (!triggerRight() || got.actions().size() != expected.actions().size()) {
            return false;
        }
        for (int i = 0; i < got.actions().size(); i++) {
            if (!expected.actions().get(i).contains(got.actions().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** F1 of the actions, order aside; an expected entry is matched by any of its accepted ids. */
    public double actionF1() {
        List<String> produced = got == null ? List.of() : new ArrayList<>(got.actions());
        if (produced.isEmpty() && expected.actions().isEmpty()) {
            return 1;
        }
        int matched = 0;
        for (List<String> accepted : expected.actions()) {
            for (int i = 0; i < produced.size(); i++) {
                if (accepted.contains(produced.get(i))) {
                    produced.remove(i);
                    matched++;
                    break;
                }
            }
        }
        if (matched == 0) {
            return 0;
        }
        int total = got.actions().size();
        double precision = (double) matched / total;
        double recall = (double) matched / expected.actions().size();
        return 2 * precision * recall / (precision + recall);
    }

    /** Whether the case names control kinds at all. */
    public boolean hasControl() {
        return !expected.control().isEmpty();
    }

    public boolean controlRight() {
        return got != null && got.controls().containsAll(expected.control());
    }
}
