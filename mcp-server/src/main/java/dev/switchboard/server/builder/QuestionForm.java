package dev.switchboard.server.builder;

import dev.switchboard.prompts.builder.Question;
import dev.switchboard.server.mcp.ClientChannel;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Asks the builder's open questions directly through the client (MCP elicitation, form mode)
 * when the client offers it. Every field is optional: what the user leaves empty stays an open
 * question in the draft; declining or cancelling leaves them all open.
 *
 * <pre>{@code
 * Map<String, JsonNode> answers = QuestionForm.ask(call.client(), result.questions(), "fr");
 * }</pre>
 */
final class QuestionForm {

    private QuestionForm() {
    }

    static Map<String, JsonNode> ask(ClientChannel client, List<Question> questions, String language) {
        if (questions.isEmpty() || !client.canElicit()) {
            return Map.of();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Question question : questions) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("type", "string");
            field.put("title", question.question());
            if (!question.choices().isEmpty()) {
                field.put("enum", question.choices());
            }
            properties.put(question.name(), field);
        }
        String message = "fr".equals(language)
                ? "Le flux est prêt en brouillon ; quelques valeurs manquent encore (laissez vide pour répondre plus tard)."
                : "The draft flow is ready; a few values are still missing (leave a field empty to answer later).";
        McpSchema.ElicitResult result;
        try {
            result = client.elicit(McpSchema.ElicitFormRequest.builder(message,
                    Map.of("type", "object", "properties", properties)).build());
        } catch (RuntimeException e) {
            // the questions stay open in the draft; the build itself succeeded
            return Map.of();
        }
        if (result.action() != McpSchema.ElicitResult.Action.ACCEPT || result.content() == null) {
            return Map.of();
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        result.content().forEach((name, value) -> {
            if (properties.containsKey(name) && value != null && !String.valueOf(value).isBlank()) {
                answers.put(name, JsonNodeFactory.instance.stringNode(String.valueOf(value)));
            }
        });
        return answers;
    }
}
