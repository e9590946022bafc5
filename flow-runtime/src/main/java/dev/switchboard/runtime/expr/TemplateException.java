package dev.switchboard.runtime.expr;

/**
 * A template that could not be evaluated, with where it is: the step, the field (an RFC 6901
 * pointer into the flow) and the expression.
 *
 * <pre>{@code
 * catch (TemplateException e) { problem(e.pointer(), e.getMessage()); }
 * }</pre>
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stepId;
    private final String pointer;
    private final String expression;

    public TemplateException(String stepId, String pointer, String expression, String cause) {
        super((stepId == null ? "" : "step '" + stepId + "', ") + "field " + pointer + ": expression '" + expression
                + "' " + cause);
        this.stepId = stepId;
        this.pointer = pointer;
        this.expression = expression;
    }

    public String stepId() {
        return stepId;
    }

    public String pointer() {
        return pointer;
    }

    public String expression() {
        return expression;
    }
}
