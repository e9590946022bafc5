package dev.switchboard.server.conformance;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.PromptProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four {@code test_*} prompts, and completion for {@code test_prompt_with_arguments}. */
final class FixturePrompts implements PromptProvider {

    @Override
    public List<McpSchema.Prompt> prompts(Caller caller) {
        return List.of(
                new McpSchema.Prompt("test_simple_prompt", "A prompt without arguments", List.of()),
                new McpSchema.Prompt("test_prompt_with_arguments", "A prompt with two arguments", List.of(
                        new McpSchema.PromptArgument("arg1", "First argument", true),
                        new McpSchema.PromptArgument("arg2", "Second argument", true))),
                new McpSchema.Prompt("test_prompt_with_embedded_resource", "A prompt that embeds a resource", List.of(
                        new McpSchema.PromptArgument("resourceUri", "URI of the resource to embed", true))),
                new McpSchema.Prompt("test_prompt_with_image", "A prompt with an image", List.of()));
    }

    @Override
    public Optional<McpSchema.GetPromptResult> get(Caller caller, String name, Map<String, Object> arguments) {
        List<McpSchema.PromptMessage> messages = switch (name) {
            case "test_simple_prompt" -> List.of(user(new McpSchema.TextContent("This is a simple prompt for testing.")));
            case "test_prompt_with_arguments" -> List.of(user(new McpSchema.TextContent(
                    "Prompt with arguments: arg1='" + arguments.get("arg1") + "', arg2='" + arguments.get("arg2") + "'")));
            case "test_prompt_with_embedded_resource" -> {
                String uri = String.valueOf(arguments.get("resourceUri"));
                yield List.of(
                        user(new McpSchema.EmbeddedResource(null,
                                new McpSchema.TextResourceContents(uri, "text/plain", "Embedded resource content for testing."))),
                        user(new McpSchema.TextContent("Please process the embedded resource above.")));
            }
            case "test_prompt_with_image" -> List.of(
                    user(new McpSchema.ImageContent(null, ConformanceFixtures.PNG_BASE64, "image/png")),
                    user(new McpSchema.TextContent("Please analyze the image above.")));
            default -> null;
        };
        return messages == null ? Optional.empty() : Optional.of(new McpSchema.GetPromptResult(name, messages));
    }

    @Override
    public List<String> complete(Caller caller, String prompt, String argument, String prefix) {
        if (!"test_prompt_with_arguments".equals(prompt)) {
            return List.of();
        }
        return List.of("paris", "park", "party").stream().filter(v -> v.startsWith(prefix)).toList();
    }

    private static McpSchema.PromptMessage user(McpSchema.Content content) {
        return new McpSchema.PromptMessage(McpSchema.Role.USER, content);
    }
}
