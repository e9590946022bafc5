package dev.switchboard.server.flows;

import dev.switchboard.runtime.validate.Problem;
import dev.switchboard.server.mcp.ToolException;
import java.util.List;

/**
 * Publishing (or restoring) refused because the definition is not valid: the message lists the
 * problems for the caller, {@link #problems()} has them for structured results.
 *
 * <pre>{@code
 * try { library.publish(caller, id); } catch (InvalidDraftException e) { FlowJson.problems(e.problems()); }
 * }</pre>
 */
public final class InvalidDraftException extends ToolException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    InvalidDraftException(List<Problem> problems) {
        super("The flow is not valid, so it was not published; fix these and publish again:\n" + FlowJson.problemLines(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
