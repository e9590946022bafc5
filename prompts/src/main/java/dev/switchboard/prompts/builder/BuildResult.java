package dev.switchboard.prompts.builder;

import dev.switchboard.runtime.validate.Problem;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The builder's answer: a draft flow, what it still needs to know, and how it was made.
 *
 * <pre>{@code
 * BuildResult result = builder.build(request, List.of(llm, offline));
 * if (result.valid()) store.saveDraft(owner, result.flow());
 * result.questions().forEach(q -> System.out.println(q.question()));
 * }</pre>
 *
 * @param flow the flow definition (may hold placeholders, see {@link Placeholders})
 * @param questions what the user still has to answer, one per placeholder left in {@code flow}
 * @param explanation a short text for the user about what the flow does
 * @param engine the name of the engine that produced the flow
 * @param valid true when the validator found no problem except at placeholders
 * @param problems the validator's remaining problems (placeholders excluded)
 * @param repairRounds how many repair rounds were used (at most {@link FlowBuilder#MAX_REPAIR_ROUNDS})
 * @param notes engines that were tried first and failed, with the reason (no secrets)
 */
public record BuildResult(ObjectNode flow, List<Question> questions, String explanation, String engine,
                          boolean valid, List<Problem> problems, int repairRounds, List<String> notes) {
    public BuildResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
