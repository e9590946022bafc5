package dev.switchboard.server.triggers;

import dev.switchboard.runtime.run.StepRecord;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The answer a synchronous webhook call gets from {@code webhook.respond} steps: the output of
 * the last one that succeeded in the run, if any ran.
 *
 * <pre>{@code
 * Optional<JsonNode> answer = WebhookAnswer.find(definition, runtime.steps(run.id(), owner));
 * answer.ifPresent(a -> a.path("status").asInt());
 * }</pre>
 */
final class WebhookAnswer {

    static final String ACTION = "webhook.respond";

    private WebhookAnswer() {
    }

    /** {@code {status, headers, body}} of the last respond step that succeeded, or empty. */
    static Optional<JsonNode> find(JsonNode definition, List<StepRecord> steps) {
        Set<String> respondSteps = new HashSet<>();
        collect(definition.path("steps"), respondSteps);
        if (respondSteps.isEmpty()) {
            return Optional.empty();
        }
        return steps.stream()
                .filter(s -> s.succeeded() && respondSteps.contains(s.stepId()) && s.output() != null && s.finishedAt() != null)
                .max(Comparator.comparing(StepRecord::finishedAt))
                .map(StepRecord::output);
    }

    private static void collect(JsonNode steps, Set<String> into) {
        for (JsonNode step : steps) {
            if (ACTION.equals(step.path("action").asString(""))) {
                into.add(step.path("id").asString(""));
            }
            collect(step.path("then"), into);
            collect(step.path("else"), into);
            collect(step.path("do"), into);
        }
    }
}
