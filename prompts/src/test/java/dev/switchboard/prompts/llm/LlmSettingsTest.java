package dev.switchboard.prompts.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmSettingsTest {

    @TempDir
    Path data;

    @Test
    void noProvider_meansNoConfiguredLlm() {
        assertThat(LlmSettings.load(Map.of(), data)).isEmpty();
    }

    @Test
    void environment_winsOverTheFile_fieldByField() throws Exception {
        Files.writeString(data.resolve("llm.json"), "{\"provider\": \"openai\", \"model\": \"from-file\", "
                + "\"base_url\": \"http://localhost:8000/v1\", \"timeout_seconds\": 5}");
        LlmSettings settings = LlmSettings.load(Map.of("SWITCHBOARD_LLM_MODEL", "from-env"), data).orElseThrow();
        assertThat(settings).isEqualTo(new LlmSettings("openai", "http://localhost:8000/v1", null, "from-env", Duration.ofSeconds(5)));
        assertThat(settings.engineName()).isEqualTo("openai:from-env");
    }

    @Test
    void ollama_needsNoKey_andGetsADefaultModel() {
        Optional<LlmSettings> settings = LlmSettings.load(Map.of("SWITCHBOARD_LLM_PROVIDER", "Ollama"), data);
        assertThat(settings.orElseThrow().model()).isEqualTo("llama3.1");
    }

    @Test
    void badSettings_sayWhatToFix() {
        assertThatThrownBy(() -> LlmSettings.load(Map.of("SWITCHBOARD_LLM_PROVIDER", "gpt"), data))
                .hasMessageContaining("one of [openai, ollama, anthropic], not 'gpt'");
        assertThatThrownBy(() -> LlmSettings.load(Map.of("SWITCHBOARD_LLM_PROVIDER", "anthropic"), data))
                .hasMessageContaining("SWITCHBOARD_LLM_API_KEY");
        assertThatThrownBy(() -> LlmSettings.load(Map.of("SWITCHBOARD_LLM_PROVIDER", "ollama",
                "SWITCHBOARD_LLM_BASE_URL", "localhost:11434"), data)).hasMessageContaining("http(s) URL");
    }

    @Test
    void brokenFile_isReportedWithItsPath() throws Exception {
        Files.writeString(data.resolve("llm.json"), "{provider: openai");
        assertThatThrownBy(() -> LlmSettings.load(Map.of(), data)).hasMessageContaining("llm.json is not valid JSON");
    }

    @Test
    void toString_neverShowsTheKey() {
        LlmSettings settings = new LlmSettings("openai", null, "sk-secret-123", null, null);
        assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("apiKey=***");
    }
}
