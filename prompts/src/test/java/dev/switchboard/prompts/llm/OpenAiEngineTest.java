package dev.switchboard.prompts.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.builder.Question;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.runtime.validate.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The builder through the real Spring AI OpenAiChatModel against a local stub of the chat-completions API. */
class OpenAiEngineTest {

    static final String KEY = "sk-test-key-0123456789";
    static final Catalog CATALOG = Catalog.bundled();
    static final BuildRequest REQUEST = new BuildRequest("Every Monday at 8, post 'Standup at 9' to Slack", "en", List.of());

    static WireMockServer stub;
    static SpringAiBackend backend;
    static Engine engine;
    final FlowBuilder builder = new FlowBuilder(new FlowValidator(CATALOG, Map.of()));

    @BeforeAll
    static void start() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        backend = LlmEngines.backend(new LlmSettings("openai", "http://127.0.0.1:" + stub.port() + "/v1", KEY,
                "gpt-4o-mini", Duration.ofSeconds(20)));
        engine = new LlmEngine(backend, new BuildPrompts(CATALOG));
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
        stub.stop();
    }

    @BeforeEach
    void reset() {
        stub.resetAll();
    }

    private void replies(String content) {
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(ChatStubs.openAi(content))));
    }

    @Test
    void goodReply_givesAValidDraft_andThePromptWasGroundedInTheCatalog() {
        replies(ChatStubs.GOOD);
        BuildResult result = builder.build(REQUEST, List.of(engine));

        assertThat(result.engine()).isEqualTo("openai:gpt-4o-mini");
        assertThat(result.valid()).isTrue();
        assertThat(result.repairRounds()).isZero();
        assertThat(result.explanation()).isEqualTo("Every Monday at 8, posts a reminder to Slack.");
        assertThat(result.questions()).extracting(Question::name, Question::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("slack_connection", "/steps/0/connection"),
                org.assertj.core.groups.Tuple.tuple("channel", "/steps/0/input/channel"));
        stub.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(containing("\"model\":\"gpt-4o-mini\""))
                .withRequestBody(containing("slack.send_message"))
                .withRequestBody(containing("schedule.cron"))
                .withRequestBody(containing("Standup at 9")));
    }

    @Test
    void replyInsideCodeFences_isRead() {
        replies("Here is your flow:\n```json\n" + ChatStubs.GOOD + "\n```\nAsk me if you need changes.");
        BuildResult result = builder.build(REQUEST, List.of(engine));
        assertThat(result.valid()).isTrue();
        assertThat(result.flow().at("/steps/0/action").asString()).isEqualTo("slack.send_message");
    }

    @Test
    void invalidFlow_isSentBackWithItsProblems_andTheRepairedOneIsKept() {
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ChatStubs.openAi(ChatStubs.UNKNOWN_ACTION))).willSetStateTo("asked"));
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("repair").whenScenarioStateIs("asked")
                .willReturn(okJson(ChatStubs.openAi(ChatStubs.GOOD))));

        BuildResult result = builder.build(REQUEST, List.of(engine));

        assertThat(result.valid()).isTrue();
        assertThat(result.repairRounds()).isEqualTo(1);
        List<LoggedRequest> requests = stub.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(requests).hasSize(2);
        String repair = requests.get(1).getBodyAsString();
        assertThat(repair).contains("/steps/0/action [unknown_action]", "slack.post_message", "slack.send_message");
        assertThat(requests.get(0).getBodyAsString()).doesNotContain("[unknown_action]");
    }

    @Test
    void flowThatStaysInvalid_stopsAfterThreeRepairRounds_andReportsTheProblems() {
        replies(ChatStubs.UNKNOWN_ACTION);
        BuildResult result = builder.build(REQUEST, List.of(engine));
        assertThat(result.valid()).isFalse();
        assertThat(result.repairRounds()).isEqualTo(FlowBuilder.MAX_REPAIR_ROUNDS);
        assertThat(result.problems()).extracting(Problem::code).contains("unknown_action");
        assertThat(stub.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))).hasSize(1 + FlowBuilder.MAX_REPAIR_ROUNDS);
    }

    @Test
    void garbage_isAnEngineError_andTheNextEngineAnswersWithANote() {
        replies("I'm sorry, I can't do flows today.");
        assertThatThrownBy(() -> builder.build(REQUEST, List.of(engine))).isInstanceOf(EngineException.class)
                .hasMessageContaining("openai:gpt-4o-mini: the model's reply held no JSON object with a flow")
                .hasMessageContaining("I'm sorry");

        BuildResult result = builder.build(REQUEST, List.of(engine, new FixedEngine()));
        assertThat(result.engine()).isEqualTo("fixed");
        assertThat(result.notes()).singleElement().asString().startsWith("openai:gpt-4o-mini: the model's reply held no JSON");
    }

    @Test
    void rejectedKey_isAnEngineErrorThatNeverShowsTheKey() {
        stub.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\", "
                        + "\"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}")));
        assertThatThrownBy(() -> engine.propose(REQUEST)).isInstanceOf(EngineException.class)
                .hasMessageStartingWith("the model did not answer")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void callsLeaveNoThreadThatKeepsTheJvmAlive() {
        Set<Thread> before = lingering();
        replies(ChatStubs.GOOD);
        engine.propose(REQUEST);
        engine.propose(REQUEST);
        Set<Thread> after = lingering();
        after.removeAll(before);
        assertThat(after).extracting(Thread::getName).isEmpty();
    }

    /** Non-daemon threads, except the stub server's own (Jetty "qtp…"). */
    private static Set<Thread> lingering() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isDaemon() && t.isAlive())
                .filter(t -> !t.getName().startsWith("qtp")).collect(Collectors.toSet());
    }

    /** A stand-in for the offline planner: always the same valid flow. */
    static final class FixedEngine implements Engine {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public Draft propose(BuildRequest request) {
            return dev.switchboard.prompts.llm.ReplyParser.parse(ChatStubs.GOOD, "en");
        }

        @Override
        public Draft repair(BuildRequest request, Draft previous, List<Problem> problems) {
            return previous;
        }
    }
}
