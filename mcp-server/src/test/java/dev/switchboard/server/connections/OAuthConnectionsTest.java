package dev.switchboard.server.connections;

import dev.switchboard.server.MovableClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.TokenEndpoint;
import dev.switchboard.catalog.connection.TokenRefresher;
import dev.switchboard.catalog.net.OutboundGuard;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OAuth2 connections against a local fake provider, through the MCP client and the real callback. */
class OAuthConnectionsTest {

    @TempDir
    static Path data;

    static final MovableClock CLOCK = new MovableClock();
    static FakeProvider provider;
    static RunningServer server;
    static McpSyncClient client;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeProvider();
        provider.writeConnector(data);
        server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1")), CLOCK,
                Map.of("SWITCHBOARD_OAUTH_FAKEAPP_CLIENT_ID", "cid", "SWITCHBOARD_OAUTH_FAKEAPP_CLIENT_SECRET", "csecret-xyz"));
        client = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
        provider.close();
    }

    @BeforeEach
    void reset() {
        provider.wire.resetAll();
    }

    @Test
    void authorizationCode_withPkce_becomesActive_andABadStateIsRejected() throws Exception {
        Map<String, Object> created = call("create_connection", Map.of("app", "fakeapp", "name", "code",
                "auth", Map.of("type", "oauth2_code")));
        assertThat(connection(created).get("status")).isEqualTo("PENDING");
        URI url = URI.create((String) created.get("authorization_url"));
        Map<String, String> query = query(url);
        assertThat(url.toString()).startsWith(provider.base() + "/authorize?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "cid")
                .containsEntry("code_challenge_method", "S256").containsEntry("scope", "read write")
                .containsEntry("redirect_uri", "http://localhost:" + server.port() + "/oauth/callback");

        assertThat(callback("code=abc&state=not-the-state").statusCode()).isEqualTo(400);
        assertThat(status("code")).isEqualTo("PENDING");

        provider.wire.stubFor(post("/token").withRequestBody(containing("grant_type=authorization_code"))
                .withBasicAuth("cid", "csecret-xyz")
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-code-1\", \"refresh_token\": \"rt-code-1\", \"expires_in\": 3600, \"token_type\": \"Bearer\"}")));
        HttpResponse<String> done = callback("code=abc&state=" + query.get("state"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("is ready");
        assertThat(status("code")).isEqualTo("ACTIVE");

        LoggedRequest exchange = provider.wire.findAll(postRequestedFor(urlEqualTo("/token"))).get(0);
        Map<String, String> form = form(exchange.getBodyAsString());
        assertThat(form).containsEntry("code", "abc").containsEntry("redirect_uri", query.get("redirect_uri"));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII)));
        assertThat(challenge).isEqualTo(query.get("code_challenge"));

        assertThat(callback("code=abc&state=" + query.get("state")).statusCode()).as("a state works once").isEqualTo(400);

        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-code-1")).willReturn(okJson("{\"ok\": 1}")));
        assertThat(callTool("fakeapp__get_thing", Map.of("connection", "code")).isError()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void clientsThatOpenUrls_areOfferedTheAuthorizationPage_throughUrlElicitation() {
        java.util.concurrent.atomic.AtomicReference<McpSchema.ElicitUrlRequest> offered = new java.util.concurrent.atomic.AtomicReference<>();
        try (McpSyncClient browserClient = server.clientSpec()
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation(false, true).build())
                .urlElicitation(request -> {
                    offered.set(request);
                    return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, null);
                })
                .build()) {
            browserClient.initialize();
            McpSchema.CallToolResult result = browserClient.callTool(new McpSchema.CallToolRequest("create_connection",
                    Map.of("app", "fakeapp", "name", "via-url", "auth", Map.of("type", "oauth2_code"))));
            assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
            @SuppressWarnings("unchecked")
            Map<String, Object> out = (Map<String, Object>) result.structuredContent();
            assertThat(offered.get()).as("the client was asked to open the URL").isNotNull();
            assertThat(offered.get().url()).isEqualTo(out.get("authorization_url")).startsWith(provider.base() + "/authorize?");
            assertThat(offered.get().message()).contains("fakeapp").contains("via-url");
            assertThat(out.get("user_response")).isEqualTo("accept");
        }
        assertThat(status("via-url")).as("still waiting for the provider's callback").isEqualTo("PENDING");
    }

    @Test
    void expiringToken_isRefreshedBeforeTheCall_andTheRotatedRefreshTokenIsStored() throws Exception {
        authorize("expiring", "at-e1", "rt-e1", 600);
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-e1"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-e2\", \"refresh_token\": \"rt-e2\", \"expires_in\": 600}")));
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-e2"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-e3\", \"expires_in\": 600}")));
        provider.wire.stubFor(get("/thing").willReturn(aResponse().withStatus(401)));
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-e1")).willReturn(okJson("{\"n\": 1}")));
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-e2")).willReturn(okJson("{\"n\": 2}")));
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-e3")).willReturn(okJson("{\"n\": 3}")));

        assertThat(thing("expiring")).isEqualTo(1);
        CLOCK.advance(Duration.ofSeconds(560)); // within the 60 s margin: refreshed before the call
        assertThat(thing("expiring")).isEqualTo(2);
        assertThat(refreshes()).isEqualTo(1);
        CLOCK.advance(Duration.ofSeconds(600));
        assertThat(thing("expiring")).as("the rotated refresh token rt-e2 was used").isEqualTo(3);
        CLOCK.advance(Duration.ofSeconds(600));
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-e2"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-e2\", \"expires_in\": 600}")));
        assertThat(thing("expiring")).as("a provider that does not rotate: the last refresh token is kept").isEqualTo(2);
    }

    @Test
    void unauthorized_isRetriedOnceWithARefreshedToken() throws Exception {
        authorize("revoked", "at-r1", "rt-r1", 3600);
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-r1"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-r2\", \"refresh_token\": \"rt-r2\", \"expires_in\": 3600}")));
        provider.wire.stubFor(get("/thing").willReturn(aResponse().withStatus(401)));
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-r2")).willReturn(okJson("{\"n\": 2}")));
        assertThat(thing("revoked")).isEqualTo(2);
        assertThat(refreshes()).isEqualTo(1);
        assertThat(status("revoked")).isEqualTo("ACTIVE");
    }

    @Test
    void refreshFailure_marksTheConnectionError_andTheCallSaysToReconnect() throws Exception {
        authorize("dying", "at-d1", "rt-d1", 600);
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-d1"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"invalid_grant\", \"error_description\": \"refresh token revoked\"}")));
        CLOCK.advance(Duration.ofSeconds(600));
        McpSchema.CallToolResult result = callTool("fakeapp__get_thing", Map.of("connection", "dying"));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("could not be refreshed").contains("invalid_grant").contains("Reconnect")
                .doesNotContain("rt-d1").doesNotContain("csecret-xyz");
        Map<String, Object> got = call("get_connection", Map.of("app", "fakeapp", "name", "dying"));
        assertThat(got.get("status")).isEqualTo("ERROR");
        assertThat((String) got.get("status_reason")).contains("invalid_grant");
        assertThat(got.get("status_since")).isEqualTo(CLOCK.instant().toString());
    }

    @Test
    void clientCredentials_getsATokenAtCreation_andANewOneWhenItExpires() throws Exception {
        provider.wire.stubFor(post("/token").withRequestBody(containing("grant_type=client_credentials"))
                .withBasicAuth("my-client", "my-secret-123")
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-cc1\", \"expires_in\": 300}")));
        Map<String, Object> created = call("create_connection", Map.of("app", "fakeapp", "name", "machine",
                "auth", Map.of("type", "oauth2_client_credentials", "client_id", "my-client", "client_secret", "my-secret-123")));
        assertThat(connection(created).get("status")).isEqualTo("ACTIVE");
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-cc1")).willReturn(okJson("{\"n\": 1}")));
        assertThat(thing("machine")).isEqualTo(1);
        provider.wire.stubFor(post("/token").withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-cc2\", \"expires_in\": 300}")));
        provider.wire.stubFor(get("/thing").withHeader("Authorization", equalTo("Bearer at-cc2")).willReturn(okJson("{\"n\": 2}")));
        CLOCK.advance(Duration.ofSeconds(300));
        assertThat(thing("machine")).isEqualTo(2);

        provider.wire.stubFor(post("/token").withBasicAuth("my-client", "wrong-secret-9")
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"invalid_client\"}")));
        McpSchema.CallToolResult refused = callTool("create_connection", Map.of("app", "fakeapp", "name", "bad",
                "auth", Map.of("type", "oauth2_client_credentials", "client_id", "my-client", "client_secret", "wrong-secret-9")));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("invalid_client").doesNotContain("wrong-secret-9");
    }

    @Test
    void concurrentRefreshes_ofOneConnection_areCollapsedIntoOne() throws Exception {
        authorize("busy", "at-b1", "rt-b1", 600);
        provider.wire.stubFor(post("/token").withRequestBody(containing("refresh_token=rt-b1"))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"at-b2\", \"refresh_token\": \"rt-b2\", \"expires_in\": 600}")
                        .withFixedDelay(200)));
        CLOCK.advance(Duration.ofSeconds(600));
        ConnectionStore store = server.app().connections().store();
        TokenRefresher refresher = new TokenRefresher(store,
                new TokenEndpoint(new OutboundGuard(List.of("127.0.0.1")), CLOCK, Duration.ofSeconds(10)), CLOCK,
                Duration.ofSeconds(60));
        Connection stale = store.open(store.find(Caller.ADMIN_OWNER, "fakeapp", "busy").orElseThrow());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Connection>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> refresher.beforeUse(stale));
            }
            for (Future<Connection> result : pool.invokeAll(calls)) {
                assertThat(result.get().credentials().secretValues()).contains("at-b2");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refreshes()).isEqualTo(1);
    }

    // --- helpers ---

    /** Creates an oauth2_code connection and completes the flow with the given tokens. */
    private void authorize(String name, String access, String refresh, int expiresIn) throws Exception {
        Map<String, Object> created = call("create_connection", Map.of("app", "fakeapp", "name", name,
                "auth", Map.of("type", "oauth2_code")));
        String state = query(URI.create((String) created.get("authorization_url"))).get("state");
        provider.wire.stubFor(post("/token").withRequestBody(containing("code=code-" + name))
                .willReturn(okJson("{\"token_type\": \"Bearer\", \"access_token\": \"" + access + "\", \"refresh_token\": \"" + refresh
                        + "\", \"expires_in\": " + expiresIn + "}")));
        assertThat(callback("code=code-" + name + "&state=" + state).statusCode()).isEqualTo(200);
    }

    private int thing(String connection) {
        McpSchema.CallToolResult result = callTool("fakeapp__get_thing", Map.of("connection", connection));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return ((Number) ((Map<?, ?>) result.structuredContent()).get("n")).intValue();
    }

    private static int refreshes() {
        return provider.wire.findAll(postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(containing("grant_type=refresh_token"))).size();
    }

    private String status(String name) {
        return (String) call("get_connection", Map.of("app", "fakeapp", "name", name)).get("status");
    }

    static HttpResponse<String> callback(String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url("/oauth/callback?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static McpSchema.CallToolResult callTool(String name, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(name, arguments));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String name, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = callTool(name, arguments);
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> connection(Map<String, Object> result) {
        return (Map<String, Object>) result.get("connection");
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery());
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> out = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
