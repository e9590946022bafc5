package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code webhook.respond}: a flow chooses the status, headers and body of its synchronous webhook answer. */
class WebhookRespondTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient alice;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, Object> SYNC = Map.of("app", "webhook", "event", "catch_hook", "params", Map.of("respond", "sync"));

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c);
        alice = server.userClient("alice");
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        server.close();
    }

    private static String hookUrl(List<Map<String, Object>> steps, String name) {
        String id = Flows.publish(alice, Map.of("format", "switchboard.flow/v1", "name", name, "trigger", SYNC, "steps", steps));
        return (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("url_with_secret");
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void respondStep_setsStatusHeadersAndJsonBody_fromTheCall() throws Exception {
        String url = hookUrl(List.of(Map.of("id", "answer", "action", "webhook.respond", "input", Map.of(
                "status", 201,
                "headers", Map.of("Location", "/orders/{{ trigger.body.order }}"),
                "body", Map.of("accepted", "{{ trigger.body.order }}")))), "Hook respond json");

        HttpResponse<String> response = post(url, "{\"order\": \"A-17\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/orders/A-17");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).path("accepted").asString()).isEqualTo("A-17");
        assertThat(response.headers().firstValue("X-Switchboard-Run-Id")).isPresent();
    }

    @Test
    void lastRespondStepThatRan_wins_andAStringBodyIsPlainText() throws Exception {
        String url = hookUrl(List.of(
                Map.of("id", "first", "action", "webhook.respond", "input", Map.of("status", 202, "body", "first")),
                Map.of("id", "check", "if", "{{ trigger.body.ok }}",
                        "then", List.of(Map.of("id", "fine", "action", "webhook.respond", "input", Map.of("body", "all good"))),
                        "else", List.of(Map.of("id", "bad", "action", "webhook.respond",
                                "input", Map.of("status", 422, "body", "not ok"))))), "Hook respond branches");

        HttpResponse<String> good = post(url, "{\"ok\": true}");
        HttpResponse<String> bad = post(url, "{\"ok\": false}");

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("all good");
        assertThat(good.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).isEqualTo("not ok");
    }

    @Test
    void reservedHeaderOrBadStatus_failsTheStep_andTheCallerGetsTheRunsFailure() throws Exception {
        String url = hookUrl(List.of(Map.of("id", "answer", "action", "webhook.respond",
                "input", Map.of("headers", Map.of("Set-Cookie", "session=stolen"), "body", "x"))), "Hook respond cookie");

        HttpResponse<String> response = post(url, "{}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("FAILED").contains("'answer'");
    }
}
