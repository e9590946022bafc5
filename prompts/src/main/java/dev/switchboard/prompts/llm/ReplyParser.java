package dev.switchboard.prompts.llm;

import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.PlaceholderScan;
import dev.switchboard.prompts.builder.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a model's reply into a {@link Draft}. Models wrap JSON in code fences, add prose around
 * it or think aloud first, so the reply is cleaned and the first JSON object that holds a flow
 * is taken. Questions are tied to the placeholders actually left in the flow: one per
 * placeholder name, worded by the model when it asked one, generic otherwise.
 *
 * <pre>{@code
 * Draft draft = ReplyParser.parse("```json\n{\"flow\": {...}, \"questions\": [...]}\n```", "en");
 * }</pre>
 */
public final class ReplyParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern THINKING = Pattern.compile("(?s)<think(?:ing)?>.*?</think(?:ing)?>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*\\n(.*?)```");
    private static final int QUOTE = 80;

    private ReplyParser() {
    }

    /**
     * @param language {@code fr} words the generic questions in French; anything else in English
     * @throws EngineException when the reply holds no JSON object with a flow
     */
    public static Draft parse(String reply, String language) {
        if (reply == null || reply.isBlank()) {
            throw new EngineException("the model's reply was empty");
        }
        String text = THINKING.matcher(reply).replaceAll("");
        List<String> candidates = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            candidates.add(fence.group(1));
        }
        candidates.add(text);
        for (String candidate : candidates) {
            for (int start = candidate.indexOf('{'); start >= 0; start = candidate.indexOf('{', start + 1)) {
                JsonNode node = readObject(candidate.substring(start));
                if (node != null && flowOf(node) != null) {
                    return draft(node, language);
                }
            }
        }
        throw new EngineException("the model's reply held no JSON object with a flow (it began: \"" + quote(text) + "\")");
    }

    /** The first JSON value at the start of the text, when it is an object; trailing text is ignored. */
    private static JsonNode readObject(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(parser);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** {"flow": {...}} as asked, or a bare flow document. */
    private static ObjectNode flowOf(JsonNode node) {
        if (node.get("flow") instanceof ObjectNode flow) {
            return flow;
        }
        if (node instanceof ObjectNode object && (object.has("steps") || object.has("format"))) {
            return object;
        }
        return null;
    }

    private static Draft draft(JsonNode reply, String language) {
        ObjectNode flow = flowOf(reply);
        Map<String, JsonNode> asked = new HashMap<>();
        for (JsonNode question : reply.path("questions")) {
            String name = question.path("name").asString("");
            if (!name.isEmpty()) {
                asked.putIfAbsent(name, question);
            }
        }
        List<Question> questions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<String, String> placeholder : PlaceholderScan.pointers(flow).entrySet()) {
            String name = placeholder.getValue();
            if (!seen.add(name)) {
                continue;
            }
            JsonNode question = asked.get(name);
            String text = question == null ? "" : question.path("question").asString("").strip();
            List<String> choices = new ArrayList<>();
            if (question != null) {
                question.path("choices").forEach(c -> choices.add(c.asString("")));
            }
            questions.add(new Question(name, placeholder.getKey(), text.isEmpty() ? generic(name, language) : text, choices));
        }
        String explanation = reply.path("explanation").asString("").strip();
        return new Draft(flow, questions, explanation);
    }

    private static String generic(String name, String language) {
        String words = name.replace('_', ' ');
        return "fr".equals(language) ? "Quelle valeur pour « " + words + " » ?" : "What should " + words + " be?";
    }

    private static String quote(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() <= QUOTE ? plain : plain.substring(0, QUOTE) + "…";
    }
}
