package dev.switchboard.prompts.llm;

import dev.switchboard.prompts.builder.EngineException;
import java.util.List;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * A {@link ChatBackend} over a Spring AI {@link ChatModel} (OpenAI-compatible, Ollama, Anthropic;
 * built by {@link LlmEngines}). Failures become {@link EngineException}s whose message never
 * holds the API key, even when the provider's own error message quotes it.
 *
 * <pre>{@code
 * ChatBackend backend = new SpringAiBackend("ollama:llama3.1", OllamaChatModel.builder()...build(), null, null);
 * }</pre>
 */
public final class SpringAiBackend implements ChatBackend, AutoCloseable {

    private static final int MAX_MESSAGE = 300;

    private final String name;
    private final ChatModel model;
    private final String apiKey;
    private final AutoCloseable resources;

    /**
     * @param apiKey scrubbed from error messages; may be null
     * @param resources closed with this backend (the HTTP client's threads); may be null
     */
    public SpringAiBackend(String name, ChatModel model, String apiKey, AutoCloseable resources) {
        this.name = name;
        this.model = model;
        this.apiKey = apiKey;
        this.resources = resources;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String complete(String system, String user) {
        ChatResponse response;
        try {
            response = model.call(new Prompt(List.of(new SystemMessage(system), new UserMessage(user))));
        } catch (RuntimeException e) {
            throw new EngineException("the model did not answer: " + safeMessage(e));
        }
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null) {
            throw new EngineException("the model's reply was empty");
        }
        return response.getResult().getOutput().getText();
    }

    /** The provider's message, without the key and cut short (bodies can be long). */
    String safeMessage(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (apiKey != null && !apiKey.isEmpty()) {
            message = message.replace(apiKey, "***");
        }
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    @Override
    public void close() throws Exception {
        if (resources != null) {
            resources.close();
        }
    }
}
