package dev.switchboard.prompts.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an evaluation compares: a flow's trigger ({@code manual.run} when it has none), its
 * actions in reading order (then before else, loop bodies in place) and the kinds of control
 * step it holds.
 *
 * <pre>{@code
 * Skeleton s = Skeleton.of(flow);
 * s.actions();   // [kizeo_forms.download_standard_pdf, google_drive.upload_file]
 * }</pre>
 */
public record Skeleton(String trigger, List<String> actions, Set<String> controls) {

    public static Skeleton of(JsonNode flow) {
        JsonNode t = flow.path("trigger");
        String trigger = t.isObject() ? t.path("app").asString("") + "." + t.path("event").asString("") : "manual.run";
        List<String> actions = new ArrayList<>();
        Set<String> controls = new LinkedHashSet<>();
        walk(flow.path("steps"), actions, controls);
        return new Skeleton(trigger, List.copyOf(actions), Set.copyOf(controls));
    }

    private static void walk(JsonNode steps, List<String> actions, Set<String> controls) {
        for (JsonNode step : steps) {
            if (step.has("action")) {
                actions.add(step.path("action").asString(""));
            }
            for (String kind : List.of("if", "for_each", "delay", "approval", "stop")) {
                if (step.has(kind)) {
                    controls.add(kind);
                }
            }
            walk(step.path("then"), actions, controls);
            walk(step.path("else"), actions, controls);
            walk(step.path("do"), actions, controls);
        }
    }
}
