package dev.switchboard.runtime.api;

import dev.switchboard.runtime.validate.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A flow that did not pass validation; {@link #problems()} has every problem.
 *
 * <pre>{@code
 * catch (InvalidFlowException e) { e.problems().forEach(p -> print(p.pointer() + " " + p.message())); }
 * }</pre>
 */
public final class InvalidFlowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidFlowException(List<Problem> problems) {
        super("the flow is not valid:\n" + problems.stream().map(p -> "  " + p.pointer() + " [" + p.code() + "] " + p.message()
                + (p.suggestions().isEmpty() ? "" : " (did you mean " + String.join(", ", p.suggestions()) + "?)"))
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
