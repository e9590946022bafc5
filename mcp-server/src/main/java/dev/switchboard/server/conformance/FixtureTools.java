package dev.switchboard.server.conformance;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ServedTool;
import dev.switchboard.server.mcp.ToolCall;
import dev.switchboard.server.mcp.ToolHandler;
import dev.switchboard.server.mcp.ToolProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code test_*} tools of the conformance suite, as the suite's README describes them. */
final class FixtureTools implements ToolProvider {

    /** Pause between the notifications the suite expects to arrive one by one. */
    private static final long NOTIFICATION_GAP_MS = 50;

    private final List<ServedTool> tools = List.of(
            tool("test_simple_text", "Returns a text content item", noArguments(),
                    call -> text("This is a simple text response for testing.")),
            tool("test_image_content", "Returns an image content item", noArguments(),
                    call -> result(new McpSchema.ImageContent(null, ConformanceFixtures.PNG_BASE64, "image/png"))),
            tool("test_audio_content", "Returns an audio content item", noArguments(),
                    call -> result(new McpSchema.AudioContent(null, ConformanceFixtures.WAV_BASE64, "audio/wav"))),
            tool("test_embedded_resource", "Returns an embedded resource", noArguments(),
                    call -> result(new McpSchema.EmbeddedResource(null, new McpSchema.TextResourceContents(
                            "test://embedded-resource", "text/plain", "This is an embedded resource content.")))),
            tool("test_multiple_content_types", "Returns text, an image and a resource", noArguments(),
                    call -> result(new McpSchema.TextContent("Multiple content types test:"),
                            new McpSchema.ImageContent(null, ConformanceFixtures.PNG_BASE64, "image/png"),
                            new McpSchema.EmbeddedResource(null, new McpSchema.TextResourceContents(
                                    "test://mixed-content-resource", "application/json",
                                    "{\"test\":\"data\",\"value\":123}")))),
            tool("test_tool_with_logging", "Sends three log messages while it runs", noArguments(),
                    FixtureTools::withLogging),
            tool("test_error_handling", "Always fails with an isError result", noArguments(),
                    call -> CallToolResult.builder()
                            .addTextContent("This tool intentionally returns an error for testing")
                            .isError(true).build()),
            tool("test_tool_with_progress", "Reports progress 0, 50 and 100 of 100", noArguments(),
                    FixtureTools::withProgress),
            tool("test_sampling", "Asks the client's model to answer a prompt",
                    objectSchema(Map.of("prompt", Map.of("type", "string", "description", "The prompt to send")),
                            List.of("prompt")),
                    FixtureTools::sampling),
            tool("test_elicitation", "Asks the user for a username and an email",
                    objectSchema(Map.of("message", Map.of("type", "string", "description", "What to ask")),
                            List.of("message")),
                    FixtureTools::elicitation),
            tool("test_elicitation_sep1034_defaults", "Elicits fields that all have defaults", noArguments(),
                    call -> elicit(call, "Please review and update the form fields with defaults", FixtureSchemas.withDefaults())),
            tool("test_elicitation_sep1330_enums", "Elicits the five kinds of enum fields", noArguments(),
                    call -> elicit(call, "Please select options from the enum fields", FixtureSchemas.enums())),
            tool("json_schema_2020_12_tool", "Keeps JSON Schema 2020-12 keywords in its input schema",
                    FixtureSchemas.jsonSchema202012(),
                    call -> text("JSON Schema 2020-12 tool called with " + call.arguments())));

    @Override
    public List<ServedTool> tools(Caller caller) {
        return tools;
    }

    private static CallToolResult withLogging(ToolCall call) throws InterruptedException {
        String[] messages = {"Tool execution started", "Tool processing data", "Tool execution completed"};
        for (int i = 0; i < messages.length; i++) {
            if (i > 0) {
                Thread.sleep(NOTIFICATION_GAP_MS);
            }
            call.client().log(McpSchema.LoggingLevel.INFO, messages[i]);
        }
        return text("Logging test completed");
    }

    private static CallToolResult withProgress(ToolCall call) throws InterruptedException {
        for (int step = 0; step <= 100; step += 50) {
            if (step > 0) {
                Thread.sleep(NOTIFICATION_GAP_MS);
            }
            call.client().progress(step, 100.0, "Completed step " + step + " of 100");
        }
        return text("Progress test completed");
    }

    private static CallToolResult sampling(ToolCall call) {
        String prompt = String.valueOf(call.arguments().get("prompt"));
        McpSchema.CreateMessageResult reply = call.client().sample(McpSchema.CreateMessageRequest.builder()
                .messages(List.of(new McpSchema.SamplingMessage(McpSchema.Role.USER, new McpSchema.TextContent(prompt))))
                .maxTokens(100)
                .build());
        String answer = reply.content() instanceof McpSchema.TextContent text ? text.text() : String.valueOf(reply.content());
        return text("LLM response: " + answer);
    }

    private static CallToolResult elicitation(ToolCall call) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("username", Map.of("type", "string", "description", "User's response"));
        properties.put("email", Map.of("type", "string", "description", "User's email address"));
        Map<String, Object> schema = objectSchema(properties, List.of("username", "email"));
        return elicit(call, String.valueOf(call.arguments().get("message")), schema);
    }

    private static CallToolResult elicit(ToolCall call, String message, Map<String, Object> schema) {
        McpSchema.ElicitResult result = call.client().elicit(McpSchema.ElicitFormRequest.builder(message, schema).build());
        return text("User response: action=" + result.action() + ", content=" + result.content());
    }

    private static ServedTool tool(String name, String description, Map<String, Object> inputSchema, ToolHandler handler) {
        return new ServedTool(McpSchema.Tool.builder(name, inputSchema).description(description).build(), handler);
    }

    static Map<String, Object> noArguments() {
        return objectSchema(Map.of(), List.of());
    }

    static Map<String, Object> objectSchema(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }

    private static CallToolResult text(String text) {
        return result(new McpSchema.TextContent(text));
    }

    private static CallToolResult result(Content... content) {
        return CallToolResult.builder().content(List.of(content)).build();
    }
}
