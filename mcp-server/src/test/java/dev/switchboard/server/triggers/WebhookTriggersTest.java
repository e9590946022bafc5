package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhook triggers through the real server: secrets, signatures, the event a run gets, idempotency, sync answers. */
class WebhookTriggersTest {

    @TempDir
    static Path data;

    static RunningServer server;
    static McpSyncClient alice;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, Object> HOOK = Map.of("app", "webhook", "event", "catch_hook");

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

    @Test
    void rightSecretInTheUrl_startsARun_withMethodPathHeadersQueryAndBody_withoutCredentials() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook event", HOOK, "got {v}", "{{ trigger.body.name }}"));
        Map<String, Object> hook = ok(alice, "get_flow_webhook", Map.of("id", id));
        assertThat(hook).containsEntry("starts_runs", true).containsEntry("respond", "async");

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(hook.get("url_with_secret") + "?site=north&tag=a&tag=b"))
                .header("Content-Type", "application/json").header("X-Custom", "yes").header("Authorization", "Bearer not-for-the-flow")
                .header("Cookie", "session=private").POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Ada\"}")));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("status").asString()).isEqualTo("QUEUED");
        Run run = server.app().runtime().get(answer.path("run_id").asString(), "alice").orElseThrow();
        assertThat(run.flowId()).isEqualTo(id);
        JsonNode trigger = run.trigger();
        assertThat(trigger.path("method").asString()).isEqualTo("POST");
        assertThat(trigger.path("path").asString()).isEqualTo("/hooks/" + id);
        assertThat(trigger.path("headers").path("x-custom").asString()).isEqualTo("yes");
        assertThat(trigger.path("headers").has("authorization")).isFalse();
        assertThat(trigger.path("headers").has("cookie")).isFalse();
        assertThat(trigger.path("query").path("site").asString()).isEqualTo("north");
        assertThat(trigger.path("query").path("tag").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(trigger.path("body").path("name").asString()).isEqualTo("Ada");
        assertThat(trigger.toString()).doesNotContain((String) hook.get("secret"));
    }

    @Test
    void wrongOrMissingSecret_is401_likeAnUnknownFlow_andStartsNoRun() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook guarded", HOOK, "got {v}", "x"));
        String secret = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("secret");

        HttpResponse<String> wrong = post(server.url("/hooks/" + id + "/not-the-secret"), "{}", Map.of());
        HttpResponse<String> missing = post(server.url("/hooks/" + id), "{}", Map.of());
        HttpResponse<String> wrongQuery = post(URI.create(server.url("/hooks/" + id) + "?secret=nope"), "{}", Map.of());
        HttpResponse<String> unknownFlow = post(server.url("/hooks/00000000-0000-0000-0000-000000000000/" + secret), "{}", Map.of());

        assertThat(List.of(wrong, missing, wrongQuery, unknownFlow)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("get_flow_webhook").doesNotContain(secret);
        });
        assertThat(wrong.body()).isEqualTo(unknownFlow.body());
        assertThat(runs(id)).isEmpty();

        // the right secret as a query parameter works, and is not kept in the event
        HttpResponse<String> right = post(URI.create(server.url("/hooks/" + id) + "?secret=" + secret), "{}", Map.of());
        assertThat(right.statusCode()).isEqualTo(202);
        assertThat(runs(id)).singleElement().satisfies(r -> assertThat(r.trigger().path("query").has("secret")).isFalse());

        // after a rotation the old secret is refused
        String rotated = (String) ok(alice, "get_flow_webhook", Map.of("id", id, "rotate", true)).get("secret");
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(post(server.url("/hooks/" + id + "/" + secret), "{}", Map.of()).statusCode()).isEqualTo(401);
        assertThat(post(server.url("/hooks/" + id + "/" + rotated), "{}", Map.of()).statusCode()).isEqualTo(202);
        assertThat(runs(id)).hasSize(2);
    }

    @Test
    void signatureHeader_overTheBody_startsARun_andAWrongSignatureIs401() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook signed", HOOK, "got {v}", "x"));
        String secret = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("secret");
        String body = "{\"order\": 42}";
        String signature = "sha256=" + HookSecrets.sign(secret, body.getBytes(StandardCharsets.UTF_8));

        assertThat(post(server.url("/hooks/" + id), body, Map.of(HookSecrets.SIGNATURE_HEADER, signature)).statusCode()).isEqualTo(202);
        assertThat(post(server.url("/hooks/" + id), "{\"order\": 43}", Map.of(HookSecrets.SIGNATURE_HEADER, signature)).statusCode())
                .as("the same signature over another body").isEqualTo(401);
        assertThat(runs(id)).singleElement().satisfies(r -> {
            assertThat(r.trigger().path("body").path("order").asInt()).isEqualTo(42);
            assertThat(r.trigger().path("headers").has("x-switchboard-signature")).isFalse();
        });
    }

    @Test
    void sameIdempotencyKey_twice_startsOneRun() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook once", HOOK, "got {v}", "x"));
        String url = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("url_with_secret");

        HttpResponse<String> first = post(URI.create(url), "{}", Map.of("Idempotency-Key", "evt-1"));
        HttpResponse<String> again = post(URI.create(url), "{}", Map.of("Idempotency-Key", "evt-1"));
        HttpResponse<String> other = post(URI.create(url), "{}", Map.of("X-Request-Id", "evt-2"));

        assertThat(JSON.readTree(again.body()).path("run_id").asString()).isEqualTo(JSON.readTree(first.body()).path("run_id").asString());
        assertThat(JSON.readTree(other.body()).path("run_id").asString()).isNotEqualTo(JSON.readTree(first.body()).path("run_id").asString());
        assertThat(runs(id)).hasSize(2);
    }

    @Test
    void disabledUnpublishedOrDeletedFlow_startsNoRun_evenWithTheRightSecret() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook off", HOOK, "got {v}", "x"));
        String url = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("url_with_secret");
        ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", false));
        assertThat(ok(alice, "get_flow_webhook", Map.of("id", id))).containsEntry("starts_runs", false);

        HttpResponse<String> refused = post(URI.create(url), "{}", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("disabled").contains("set_flow_enabled");

        Map<String, Object> draft = ok(alice, "create_flow", Map.of("definition", Flows.definition("Hook draft", HOOK, "got {v}", "x")));
        String draftUrl = (String) ok(alice, "get_flow_webhook", Map.of("id", draft.get("id"))).get("url_with_secret");
        assertThat(post(URI.create(draftUrl), "{}", Map.of()).statusCode()).isEqualTo(409);

        assertThat(runs(id)).isEmpty();
        assertThat(runs((String) draft.get("id"))).isEmpty();

        ok(alice, "delete_flow", Map.of("id", id));
        assertThat(post(URI.create(url), "{}", Map.of()).statusCode()).as("deleted, secret still stored").isEqualTo(401);
    }

    @Test
    void bodyOverTheSizeLimit_is413_andStartsNoRun() throws Exception {
        String id = Flows.publish(alice, Flows.definition("Hook big", HOOK, "got {v}", "x"));
        String url = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("url_with_secret");
        String big = "\"" + "x".repeat(server.app().config().maxRequestBytes()) + "\"";

        HttpResponse<String> response = post(URI.create(url), big, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than");
        assertThat(runs(id)).isEmpty();
    }

    @Test
    void syncFlow_answersWithItsOutput_inTheRequest() throws Exception {
        Map<String, Object> trigger = Map.of("app", "webhook", "event", "catch_hook", "params", Map.of("respond", "sync"));
        String id = Flows.publish(alice, Flows.definition("Hook sync", trigger, "Hello {v}", "{{ trigger.body.name }}"));
        String url = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("url_with_secret");

        HttpResponse<String> response = post(URI.create(url), "{\"name\": \"Grace\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("text").asString()).isEqualTo("Hello Grace");
        String runId = response.headers().firstValue("X-Switchboard-Run-Id").orElseThrow();
        assertThat(server.app().runtime().get(runId, "alice").orElseThrow().status().name()).isEqualTo("SUCCEEDED");
    }

    @Test
    void webhookFlow_canStillBeRunByHand_withItsToolAndTheInputsAsTrigger() {
        Map<String, Object> definition = new java.util.HashMap<>(Flows.definition("Hook by hand", HOOK, "Hello {v}", "{{ trigger.name }}"));
        definition.put("inputs", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"))));
        Flows.publish(alice, definition);
        McpSchema.CallToolResult result = alice.callTool(new McpSchema.CallToolRequest("flow__hook-by-hand", Map.of("name", "Ann")));
        assertThat(result.isError()).as(result.content().toString()).isNotEqualTo(Boolean.TRUE);
        assertThat(result.structuredContent().toString()).contains("text=Hello Ann");
    }

    @Test
    void anotherOwner_cannotGetTheWebhookOfSomeoneElsesFlow() {
        String id = Flows.publish(alice, Flows.definition("Hook private", HOOK, "got {v}", "x"));
        server.app().tokens().register("sb_bob_token_0123456789abcdefgh", Caller.user("bob"), "bob");
        try (McpSyncClient bob = server.client("sb_bob_token_0123456789abcdefgh")) {
            McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest("get_flow_webhook", Map.of("id", id)));
            assertThat(result.isError()).isTrue();
            assertThat(result.content().toString()).contains("no flow with id");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void getFlow_showsTheHookUrlWithoutTheSecret_andSaysGetFlowWebhookGivesIt_toItsOwnerOnly() {
        String id = Flows.publish(alice, Flows.definition("Hook shown", HOOK, "got {v}", "x"));
        String secret = (String) ok(alice, "get_flow_webhook", Map.of("id", id)).get("secret");
        Map<String, Object> flow = ok(alice, "get_flow", Map.of("id", id));
        Map<String, Object> trigger = (Map<String, Object>) flow.get("trigger");
        assertThat(trigger).containsEntry("type", "webhook").containsEntry("starts_runs", true)
                .containsEntry("hook_url", "http://localhost:" + server.port() + "/hooks/" + id);
        assertThat((String) trigger.get("secret")).contains("get_flow_webhook");
        assertThat(flow.toString()).doesNotContain(secret);

        server.app().tokens().register("sb_bob_token_0123456789abcdefgh", Caller.user("bob"), "bob");
        try (McpSyncClient bob = server.client("sb_bob_token_0123456789abcdefgh")) {
            McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest("get_flow", Map.of("id", id)));
            assertThat(result.isError()).isTrue();
            assertThat(result.content().toString()).contains("no flow with id").doesNotContain("/hooks/");
        }
    }

    private static List<Run> runs(String flowId) {
        return server.app().runtime().list("alice", flowId, 100);
    }

    private static HttpResponse<String> post(URI uri, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
