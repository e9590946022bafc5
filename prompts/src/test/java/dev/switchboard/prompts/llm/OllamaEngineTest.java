package dev.switchboard.prompts.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.runtime.validate.FlowValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder through the real Spring AI OllamaChatModel against a local stub of Ollama's /api/chat. */
class OllamaEngineTest {

    @Test
    void ollamaFromTheEnvironment_buildsAValidDraft() throws Exception {
        WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        try {
            stub.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(ChatStubs.ollama("```\n" + ChatStubs.GOOD + "\n```"))));
            Map<String, String> env = Map.of("SWITCHBOARD_LLM_PROVIDER", "ollama",
                    "SWITCHBOARD_LLM_BASE_URL", "http://127.0.0.1:" + stub.port(), "SWITCHBOARD_LLM_MODEL", "qwen2.5");
            Catalog catalog = Catalog.bundled();
            Engine engine = LlmEngines.engine(LlmSettings.load(env, Path.of("no-such-dir")), new BuildPrompts(catalog)).orElseThrow();

            BuildResult result = new FlowBuilder(new FlowValidator(catalog, Map.of()))
                    .build(new BuildRequest("Chaque lundi à 8h, poster un message sur Slack", "fr", List.of()), List.of(engine));

            assertThat(result.engine()).isEqualTo("ollama:qwen2.5");
            assertThat(result.valid()).isTrue();
            stub.verify(postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing("\"model\":\"qwen2.5\""))
                    .withRequestBody(containing("slack.send_message")));
        } finally {
            stub.stop();
        }
    }
}
