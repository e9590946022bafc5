package dev.switchboard.server.triggers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.server.triggers.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Kizeo's data_finished webhook trigger through the real server and a WireMock Kizeo: registered on publish, removed on disable. */
class AppWebhooksTest {

    static final String TOKEN = "sb_alice_token_0123456789abcdef";
    static final String HOOKS = "/rest/public/v4/forms/923838/third_party_webhooks";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    WireMockServer kizeo;

    @BeforeEach
    void startKizeo() {
        kizeo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        kizeo.start();
        kizeo.stubFor(post(urlPathEqualTo(HOOKS)).willReturn(okJson("{\"id\": \"sub-1\"}")));
        kizeo.stubFor(delete(urlPathEqualTo(HOOKS + "/sub-1")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stopKizeo() {
        kizeo.stop();
    }

    @Test
    void publishedFlow_registersItsHookWithKizeo_aKizeoCallStartsARun_andDisablingRemovesIt() throws Exception {
        try (RunningServer server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1"))
                .withApiOrigins(Map.of("kizeo_forms", "http://127.0.0.1:" + kizeo.port())));
                McpSyncClient alice = start(server)) {
            server.app().connections().create(Caller.user("alice"), "kizeo_forms", "main",
                    Map.of("type", "api_key", "key", "kz-secret-token"), Map.of());
            String id = Flows.publish(alice, Flows.definition("Kizeo saved", Map.of("app", "kizeo_forms", "event", "data_finished",
                    "params", Map.of("form_id", "923838")), "site {v}", "{{ trigger.fields.site }}"));
            AppWebhooks apps = server.app().triggers().appWebhooks();

            assertThat(apps.reconcile()).isEqualTo(1);
            assertThat(apps.reconcile()).as("already registered").isZero();
            kizeo.verify(1, postRequestedFor(urlPathEqualTo(HOOKS)).withHeader("Authorization", equalTo("kz-secret-token")));
            JsonNode registered = JSON.readTree(kizeo.findAll(postRequestedFor(urlPathEqualTo(HOOKS))).get(0).getBodyAsString());
            String hookUrl = registered.path("url").asString();
            assertThat(hookUrl).startsWith("http://localhost:" + server.port() + "/hooks/" + id + "/");
            assertThat(registered.path("on_events").toString()).contains("finished");

            // Kizeo calls the URL with its JSON v4 body
            HttpResponse<String> call = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hookUrl))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"eventType\": \"finished\", \"data\": {\"id\": 77, \"form_id\": \"923838\", "
                                    + "\"fields\": {\"site\": {\"result\": {\"value\": \"North\"}}}}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).isEqualTo(202);
            List<Run> runs = server.app().runtime().list("alice", id, 10);
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.trigger().path("event").asString()).isEqualTo("finished");
                assertThat(run.trigger().path("data_id").asString()).isEqualTo("77");
                assertThat(run.trigger().path("fields").path("site").asString()).isEqualTo("North");
            });

            ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", false));
            assertThat(apps.reconcile()).isEqualTo(1);
            kizeo.verify(1, deleteRequestedFor(urlPathEqualTo(HOOKS + "/sub-1")));
            assertThat(apps.reconcile()).isZero();
            kizeo.verify(1, postRequestedFor(urlPathEqualTo(HOOKS)));
        }
    }

    @Test
    void rotatingTheSecret_replacesTheSubscription() throws Exception {
        try (RunningServer server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1"))
                .withApiOrigins(Map.of("kizeo_forms", "http://127.0.0.1:" + kizeo.port())));
                McpSyncClient alice = start(server)) {
            server.app().connections().create(Caller.user("alice"), "kizeo_forms", "main",
                    Map.of("type", "api_key", "key", "kz-secret-token"), Map.of());
            String id = Flows.publish(alice, Flows.definition("Kizeo rotated", Map.of("app", "kizeo_forms", "event", "data_finished",
                    "params", Map.of("form_id", "923838")), "site {v}", "x"));
            AppWebhooks apps = server.app().triggers().appWebhooks();
            assertThat(apps.reconcile()).isEqualTo(1);

            String secret = (String) ok(alice, "get_flow_webhook", Map.of("id", id, "rotate", true)).get("secret");
            assertThat(apps.reconcile()).isEqualTo(1);
            kizeo.verify(1, deleteRequestedFor(urlPathEqualTo(HOOKS + "/sub-1")));
            kizeo.verify(2, postRequestedFor(urlPathEqualTo(HOOKS)));
            String latest = JSON.readTree(kizeo.findAll(postRequestedFor(urlPathEqualTo(HOOKS))).get(1).getBodyAsString()).path("url").asString();
            assertThat(latest).endsWith("/" + secret);
        }
    }

    private static McpSyncClient start(RunningServer server) {
        server.app().tokens().register(TOKEN, Caller.user("alice"), "alice");
        return server.client(TOKEN);
    }
}
