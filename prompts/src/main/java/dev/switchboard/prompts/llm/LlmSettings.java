package dev.switchboard.prompts.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which chat model the builder uses, if any: from the environment
 * ({@code SWITCHBOARD_LLM_PROVIDER}, {@code _BASE_URL}, {@code _API_KEY}, {@code _MODEL},
 * {@code _TIMEOUT_SECONDS}) or, for what the environment leaves out, from {@code llm.json} in the
 * data directory ({@code {"provider", "base_url", "api_key", "model", "timeout_seconds"}}). No
 * provider means no configured LLM. {@link #toString()} never shows the API key.
 *
 * <pre>{@code
 * Optional<LlmSettings> settings = LlmSettings.load(System.getenv(), dataDir);
 * }</pre>
 *
 * @param provider {@code openai} (also any OpenAI-compatible server), {@code ollama} or {@code anthropic}
 * @param baseUrl null for the provider's own endpoint
 * @param apiKey null when the endpoint needs none (Ollama, a local server)
 */
public record LlmSettings(String provider, String baseUrl, String apiKey, String model, Duration timeout) {

    public static final List<String> PROVIDERS = List.of("openai", "ollama", "anthropic");
    public static final String FILE = "llm.json";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> DEFAULT_MODELS = Map.of(
            "openai", "gpt-4o-mini", "ollama", "llama3.1", "anthropic", "claude-sonnet-4-5");

    /** @throws IllegalArgumentException when a setting is wrong; the message says which and how to fix it */
    public LlmSettings {
        if (provider == null || !PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("LLM provider must be one of " + PROVIDERS + ", not '" + provider
                    + "' (SWITCHBOARD_LLM_PROVIDER or \"provider\" in " + FILE + ")");
        }
        baseUrl = blankToNull(baseUrl);
        apiKey = blankToNull(apiKey);
        model = blankToNull(model) == null ? DEFAULT_MODELS.get(provider) : model.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (baseUrl != null && !baseUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("LLM base URL must be an http(s) URL, e.g. http://localhost:11434 "
                    + "(SWITCHBOARD_LLM_BASE_URL or \"base_url\" in " + FILE + ")");
        }
        if (apiKey == null && baseUrl == null && !"ollama".equals(provider)) {
            throw new IllegalArgumentException("the " + provider + " API needs a key: set SWITCHBOARD_LLM_API_KEY "
                    + "(or \"api_key\" in " + FILE + "), or SWITCHBOARD_LLM_BASE_URL for a local OpenAI-compatible server");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("LLM timeout must be a positive number of seconds");
        }
    }

    /**
     * @return empty when neither the environment nor {@code <data>/llm.json} names a provider
     * @throws IllegalArgumentException for a bad setting or an unreadable {@code llm.json}
     */
    public static Optional<LlmSettings> load(Map<String, String> env, Path dataDir) {
        JsonNode file = readFile(dataDir == null ? null : dataDir.resolve(FILE));
        String provider = pick(env, "SWITCHBOARD_LLM_PROVIDER", file, "provider");
        if (provider == null) {
            return Optional.empty();
        }
        String seconds = pick(env, "SWITCHBOARD_LLM_TIMEOUT_SECONDS", file, "timeout_seconds");
        Duration timeout;
        try {
            timeout = seconds == null ? null : Duration.ofSeconds(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("LLM timeout must be a whole number of seconds, not '" + seconds + "'");
        }
        return Optional.of(new LlmSettings(provider.strip().toLowerCase(Locale.ROOT),
                pick(env, "SWITCHBOARD_LLM_BASE_URL", file, "base_url"),
                pick(env, "SWITCHBOARD_LLM_API_KEY", file, "api_key"),
                pick(env, "SWITCHBOARD_LLM_MODEL", file, "model"), timeout));
    }

    /** Reported as the engine's name, e.g. {@code openai:gpt-4o-mini}. */
    public String engineName() {
        return provider + ":" + model;
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", model=" + model + ", timeout=" + timeout + "]";
    }

    private static String pick(Map<String, String> env, String variable, JsonNode file, String field) {
        String value = blankToNull(env.get(variable));
        if (value != null) {
            return value;
        }
        JsonNode node = file == null ? null : file.get(field);
        return node == null || node.isNull() ? null : blankToNull(node.asString());
    }

    private static JsonNode readFile(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            return null;
        }
        try {
            JsonNode node = JsonMapper.builder().build().readTree(Files.readString(path));
            if (!node.isObject()) {
                throw new IllegalArgumentException(path + " must hold a JSON object such as {\"provider\": \"ollama\"}");
            }
            return node;
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IllegalArgumentException(path + " is not valid JSON" + line + "; it should look like {\"provider\": \"openai\", \"model\": \"gpt-4o-mini\", \"api_key\": \"…\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
