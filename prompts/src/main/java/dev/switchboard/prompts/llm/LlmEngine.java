package dev.switchboard.prompts.llm;

import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.runtime.validate.Problem;
import java.util.List;

/**
 * The builder engine for chat models: sends the grounded prompt (format, examples, the matching
 * part of the catalog) to a {@link ChatBackend} and reads the reply; a repair sends the flow back
 * with the validator's problems. The same engine serves a configured Spring AI model and the
 * calling client's model (MCP sampling).
 *
 * <pre>{@code
 * Engine llm = new LlmEngine(backend, new BuildPrompts(catalog));
 * BuildResult result = new FlowBuilder(validator).build(request, List.of(llm));
 * }</pre>
 */
public final class LlmEngine implements Engine {

    private final ChatBackend backend;
    private final BuildPrompts prompts;

    public LlmEngine(ChatBackend backend, BuildPrompts prompts) {
        this.backend = backend;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return backend.name();
    }

    @Override
    public Draft propose(BuildRequest request) {
        return ReplyParser.parse(backend.complete(prompts.system(request), prompts.user(request)), request.language());
    }

    @Override
    public Draft repair(BuildRequest request, Draft previous, List<Problem> problems) {
        Draft repaired = ReplyParser.parse(backend.complete(prompts.system(request),
                prompts.repair(request, previous.flow(), problems)), request.language());
        // a model that answers the repair with a bare flow keeps the explanation it gave first
        return repaired.explanation().isEmpty()
                ? new Draft(repaired.flow(), repaired.questions(), previous.explanation()) : repaired;
    }
}
