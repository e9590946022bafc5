package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extension point for prompt templates ("build a flow", "explain this run", fixtures).
 *
 * <pre>{@code
 * extensions.addPrompts(new BuilderPrompts());
 * }</pre>
 */
public interface PromptProvider {

    /** Prompts this caller may get, in a stable order. */
    List<McpSchema.Prompt> prompts(Caller caller);

    /** The rendered prompt, or empty when this provider has no prompt of that name. */
    Optional<McpSchema.GetPromptResult> get(Caller caller, String name, Map<String, Object> arguments);

    /** Suggested values for one argument of one of this provider's prompts. */
    default List<String> complete(Caller caller, String prompt, String argument, String prefix) {
        return List.of();
    }
}
