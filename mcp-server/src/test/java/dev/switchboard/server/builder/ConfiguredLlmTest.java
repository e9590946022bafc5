package dev.switchboard.server.builder;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.server.builder.BuilderReplies.DESCRIPTION;
import static dev.switchboard.server.builder.BuilderReplies.GOOD;
import static dev.switchboard.server.builder.BuilderReplies.sampled;
import static dev.switchboard.server.builder.BuildToolsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.server.RunningServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A server whose builder LLM is configured by environment, answered by a local stub of the OpenAI chat API. */
class ConfiguredLlmTest {

    static final String KEY = "sk-configured-0123456789";

    @TempDir
    static Path data;

    static WireMockServer openAi;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        openAi = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        openAi.start();
        server = RunningServer.start(data, c -> c, Clock.systemUTC(), Map.of(
                "SWITCHBOARD_LLM_PROVIDER", "openai", "SWITCHBOARD_LLM_BASE_URL", "http://127.0.0.1:" + openAi.port() + "/v1",
                "SWITCHBOARD_LLM_API_KEY", KEY, "SWITCHBOARD_LLM_MODEL", "gpt-4o-mini"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        openAi.stop();
    }

    @BeforeEach
    void reset() {
        openAi.resetAll();
    }

    private void replies(String content) {
        ObjectNode body = JsonMapper.builder().build().createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "gpt-4o-mini");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(body.toString())));
    }

    @Test
    void configuredLlm_answersBeforeTheClientsModel() {
        replies("```json\n" + GOOD + "\n```");
        AtomicInteger sampled = new AtomicInteger();
        try (McpSyncClient client = samplingClient(sampled)) {
            Map<String, Object> out = ok(client, "build_flow", Map.of("description", DESCRIPTION, "apps", List.of("slack")));
            assertThat(out).containsEntry("engine", "openai:gpt-4o-mini").containsEntry("valid", true);
            assertThat(sampled).hasValue(0);
            openAi.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("slack.send_message")));
        }
    }

    @Test
    void configuredLlmAnsweringGarbage_fallsBackToSampling_withANoteThatHoldsNoKey() {
        replies("Sorry, I only write poems.");
        AtomicInteger sampled = new AtomicInteger();
        try (McpSyncClient client = samplingClient(sampled)) {
            Map<String, Object> out = ok(client, "build_flow", Map.of("description", DESCRIPTION));
            assertThat(out).containsEntry("engine", "sampling").containsEntry("valid", true);
            assertThat(sampled).hasValue(1);
            assertThat((List<?>) out.get("notes")).singleElement().asString()
                    .startsWith("openai:gpt-4o-mini: the model's reply held no JSON object").doesNotContain(KEY);
        }
    }

    private static McpSyncClient samplingClient(AtomicInteger sampled) {
        McpSyncClient client = server.clientSpec().capabilities(McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(request -> {
                    sampled.incrementAndGet();
                    return sampled(GOOD);
                }).build();
        client.initialize();
        return client;
    }
}
