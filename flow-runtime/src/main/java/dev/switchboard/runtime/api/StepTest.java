package dev.switchboard.runtime.api;

import tools.jackson.databind.JsonNode;

/**
 * The result of testing one action step with sample data: the input it resolved to and the
 * action's output, or the error.
 *
 * <pre>{@code
 * StepTest t = runtime.testStep(flow, "upload", sample, "alice");
 * if (t.error() != null) show(t.error());
 * }</pre>
 */
public record StepTest(String stepId, JsonNode input, JsonNode output, String error) {
}
