package dev.switchboard.prompts.llm;

/**
 * One way to ask a chat model for a completion: a Spring AI chat model configured on the server,
 * or the calling MCP client's own model through sampling. {@link LlmEngine} works the same on
 * top of either.
 *
 * <pre>{@code
 * ChatBackend backend = LlmEngines.backend(settings);   // or new SamplingBackend(call.client()) in the server
 * String reply = backend.complete("You write flows.", "Every Monday at 8, ...");
 * }</pre>
 */
public interface ChatBackend {

    /** Reported as the builder's engine, e.g. {@code openai:gpt-4o-mini} or {@code sampling}. */
    String name();

    /**
     * @throws dev.switchboard.prompts.builder.EngineException when the model cannot be reached or
     *     refuses; the message says why and holds no secret
     */
    String complete(String system, String user);
}
