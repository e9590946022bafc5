package dev.switchboard.prompts.builder;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one engine proposes: a flow definition (not yet validated), its open questions, and a
 * short explanation for the user.
 *
 * <pre>{@code
 * new Draft(flow, List.of(question), "Starts when a form is finished, then uploads its PDF.");
 * }</pre>
 */
public record Draft(ObjectNode flow, List<Question> questions, String explanation) {
    public Draft {
        questions = questions == null ? List.of() : List.copyOf(questions);
        explanation = explanation == null ? "" : explanation;
    }
}
