package dev.switchboard.prompts.llm;

import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.grounding.BuildPrompts;
import java.net.http.HttpClient;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the configured chat model with Spring AI, by hand (no Spring Boot): OpenAI or any
 * OpenAI-compatible server, Ollama, or Anthropic. The OpenAI and Anthropic SDKs run OkHttp; its
 * dispatcher gets daemon threads here so that a command line that used the builder exits at
 * once instead of waiting a minute for idle threads.
 *
 * <pre>{@code
 * Optional<Engine> llm = LlmEngines.engine(LlmSettings.load(System.getenv(), dataDir), new BuildPrompts(catalog));
 * }</pre>
 */
public final class LlmEngines {

    private static final String OLLAMA_URL = "http://localhost:11434";
    /** Local OpenAI-compatible servers ignore the key, but the SDK insists on one. */
    private static final String NO_KEY = "none";
    private static final int MAX_RETRIES = 1;
    private static final int ANTHROPIC_MAX_TOKENS = 4096;

    private LlmEngines() {
    }

    /** The configured LLM as a builder engine; empty when none is configured. */
    public static Optional<Engine> engine(Optional<LlmSettings> settings, BuildPrompts prompts) {
        return settings.map(s -> new LlmEngine(backend(s), prompts));
    }

    public static SpringAiBackend backend(LlmSettings settings) {
        ExecutorService dispatcher = daemonThreads();
        ChatModel model = switch (settings.provider()) {
            case "openai" -> openAi(settings, dispatcher);
            case "anthropic" -> anthropic(settings, dispatcher);
            case "ollama" -> ollama(settings);
            default -> throw new IllegalArgumentException("unknown LLM provider " + settings.provider());
        };
        return new SpringAiBackend(settings.engineName(), model, settings.apiKey(), dispatcher::shutdownNow);
    }

    private static ChatModel openAi(LlmSettings settings, ExecutorService dispatcher) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder();
        options.model(settings.model());
        options.apiKey(settings.apiKey() == null ? NO_KEY : settings.apiKey());
        if (settings.baseUrl() != null) {
            options.baseUrl(settings.baseUrl());
        }
        options.timeout(settings.timeout());
        options.maxRetries(MAX_RETRIES);
        return OpenAiChatModel.builder().options(options.build())
                .httpClientBuilderCustomizer(http -> http.dispatcherExecutorService(dispatcher))
                .build();
    }

    private static ChatModel anthropic(LlmSettings settings, ExecutorService dispatcher) {
        AnthropicChatOptions.Builder options = AnthropicChatOptions.builder();
        options.model(settings.model());
        options.apiKey(settings.apiKey() == null ? NO_KEY : settings.apiKey());
        if (settings.baseUrl() != null) {
            options.baseUrl(settings.baseUrl());
        }
        options.maxTokens(ANTHROPIC_MAX_TOKENS);
        options.timeout(settings.timeout());
        options.maxRetries(MAX_RETRIES);
        return AnthropicChatModel.builder().options(options.build()).dispatcherExecutor(dispatcher)
                .httpClientBuilderCustomizer(http -> http.dispatcherExecutorService(dispatcher))
                .build();
    }

    private static ChatModel ollama(LlmSettings settings) {
        // HTTP/1.1: Ollama speaks nothing else, and an h2c upgrade attempt is reset by some proxies
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        OllamaApi api = OllamaApi.builder()
                .baseUrl(settings.baseUrl() == null ? OLLAMA_URL : settings.baseUrl())
                .restClientBuilder(RestClient.builder().requestFactory(requests))
                .build();
        OllamaChatOptions.Builder options = OllamaChatOptions.builder();
        options.model(settings.model());
        // Spring AI's default retries back off for minutes; one retry is enough for a person waiting
        return OllamaChatModel.builder().ollamaApi(api).options(options.build())
                .retryTemplate(new RetryTemplate(RetryPolicy.withMaxRetries(MAX_RETRIES))).build();
    }

    private static ExecutorService daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-llm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
