package dev.switchboard.prompts.builder;

import dev.switchboard.runtime.validate.Problem;
import java.util.List;

/**
 * One way of turning a description into a flow: an LLM (Spring AI), the calling client's model
 * (MCP sampling), or the offline planner. {@link FlowBuilder} validates what an engine proposes
 * and hands the problems back to {@link #repair} a bounded number of times.
 *
 * <pre>{@code
 * Engine engine = new OfflinePlanner(catalog);
 * Draft draft = engine.propose(new BuildRequest("Every Monday at 8, ..."));
 * }</pre>
 */
public interface Engine {

    /** Name reported in the builder's answer, e.g. {@code offline}, {@code sampling}, {@code openai:gpt-4o-mini}. */
    String name();

    /**
     * @throws EngineException when the engine cannot produce a flow (unreachable model, reply
     *     that holds no flow); the message says why and holds no secret
     */
    Draft propose(BuildRequest request);

    /**
     * Proposes a corrected draft. An engine that cannot repair returns {@code previous}.
     *
     * @param problems the validator's problems with {@code previous}, none of them at a placeholder
     */
    Draft repair(BuildRequest request, Draft previous, List<Problem> problems);
}
