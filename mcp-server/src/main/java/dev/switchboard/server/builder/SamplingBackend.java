package dev.switchboard.server.builder;

import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.llm.ChatBackend;
import dev.switchboard.server.mcp.ClientChannel;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/**
 * Asks the calling client's own model (MCP sampling) during one tool call, so that a server
 * without a configured LLM still builds flows with the model the user already has. The client
 * may show the request to the user and may refuse it.
 *
 * <pre>{@code
 * if (call.client().canSample()) engines.add(new LlmEngine(new SamplingBackend(call.client()), prompts));
 * }</pre>
 */
public final class SamplingBackend implements ChatBackend {

    /** A whole flow with its questions fits; clients may lower it. */
    private static final int MAX_TOKENS = 4_000;

    private final ClientChannel client;

    public SamplingBackend(ClientChannel client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "sampling";
    }

    @Override
    public String complete(String system, String user) {
        McpSchema.CreateMessageResult reply;
        try {
            reply = client.sample(McpSchema.CreateMessageRequest.builder()
                    .systemPrompt(system)
                    .messages(List.of(new McpSchema.SamplingMessage(McpSchema.Role.USER, new McpSchema.TextContent(user))))
                    .includeContext(McpSchema.CreateMessageRequest.ContextInclusionStrategy.NONE)
                    .temperature(0.0)
                    .maxTokens(MAX_TOKENS)
                    .build());
        } catch (McpError e) {
            throw new EngineException("the client's model did not answer: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new EngineException("the client's model did not answer in time or the client refused");
        }
        if (reply == null || !(reply.content() instanceof McpSchema.TextContent text)) {
            throw new EngineException("the client's model answered with no text");
        }
        return text.text();
    }
}
