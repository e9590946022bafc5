package dev.switchboard.prompts.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.runtime.validate.FlowValidator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder through the real Spring AI AnthropicChatModel against a local stub of the Messages API. */
class AnthropicEngineTest {

    @Test
    void anthropic_buildsAValidDraft_withTheSystemPromptInItsOwnField() throws Exception {
        WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        Catalog catalog = Catalog.bundled();
        try (SpringAiBackend backend = LlmEngines.backend(new LlmSettings("anthropic", "http://127.0.0.1:" + stub.port(),
                "sk-ant-test-0123", "claude-sonnet-4-5", Duration.ofSeconds(20)))) {
            stub.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(ChatStubs.anthropic(ChatStubs.GOOD))));

            BuildResult result = new FlowBuilder(new FlowValidator(catalog, Map.of())).build(
                    new BuildRequest("Every Monday at 8, post to Slack"), List.of(new LlmEngine(backend, new BuildPrompts(catalog))));

            assertThat(result.engine()).isEqualTo("anthropic:claude-sonnet-4-5");
            assertThat(result.valid()).isTrue();
            stub.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("sk-ant-test-0123"))
                    .withRequestBody(containing("\"system\""))
                    .withRequestBody(containing("slack.send_message")));
        } finally {
            stub.stop();
        }
    }
}
