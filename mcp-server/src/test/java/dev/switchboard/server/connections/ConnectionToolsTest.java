package dev.switchboard.server.connections;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The connection tools over MCP: lifecycle, test endpoint, owner isolation, and no secret anywhere. */
class ConnectionToolsTest {

    @TempDir
    static Path data;

    static FakeProvider provider;
    static RunningServer server;
    static McpSyncClient alice;
    static McpSyncClient bob;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeProvider();
        provider.writeConnector(data);
        server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1")));
        server.app().tokens().register("sb_alice_token_0123456789abcdef", Caller.user("alice"), "alice");
        server.app().tokens().register("sb_bob_token_0123456789abcdefgh", Caller.user("bob"), "bob");
        alice = server.client("sb_alice_token_0123456789abcdef");
        bob = server.client("sb_bob_token_0123456789abcdefgh");
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        bob.close();
        server.close();
        provider.close();
    }

    @Test
    void apiKeyConnection_isCreatedTestedRenamedUpdatedAndDeleted() {
        provider.wire.stubFor(get("/me").withHeader("X-Key", equalTo("key-good-111")).willReturn(okJson("{\"id\": 1}")));
        provider.wire.stubFor(get("/me").withHeader("X-Key", equalTo("key-bad-222"))
                .willReturn(aResponse().withStatus(401).withBody("{\"message\": \"bad key\"}")));
        ok(alice, "create_connection", Map.of("app", "fakeapp", "name", "k1", "auth", Map.of("type", "api_key", "key", "key-bad-222")));
        Map<String, Object> failed = ok(alice, "test_connection", Map.of("app", "fakeapp", "name", "k1"));
        assertThat(failed.get("ok")).isEqualTo(false);
        assertThat((String) failed.get("message")).contains("HTTP 401").contains("bad key");
        assertThat(field(failed, "status")).isEqualTo("ERROR");

        ok(alice, "update_connection", Map.of("app", "fakeapp", "name", "k1", "new_name", "k2",
                "auth", Map.of("type", "api_key", "key", "key-good-111")));
        Map<String, Object> passed = ok(alice, "test_connection", Map.of("app", "fakeapp", "name", "k2"));
        assertThat(passed.get("ok")).isEqualTo(true);
        assertThat(field(passed, "status")).isEqualTo("ACTIVE");
        assertThat(ok(alice, "list_connections", Map.of("app", "fakeapp")).toString()).contains("name=k2").doesNotContain("name=k1");

        McpSchema.CallToolResult duplicate = alice.callTool(new McpSchema.CallToolRequest("create_connection",
                Map.of("app", "fakeapp", "name", "k2", "auth", Map.of("type", "bearer", "token", "t-1234"))));
        assertThat(duplicate.isError()).isTrue();
        assertThat(OAuthConnectionsTest.text(duplicate)).contains("already have");

        ok(alice, "delete_connection", Map.of("app", "fakeapp", "name", "k2"));
        assertThat(ok(alice, "list_connections", Map.of()).toString()).doesNotContain("name=k2");
    }

    @Test
    void appWithoutTestEndpoint_saysSo() {
        ok(alice, "create_connection", Map.of("app", "http", "name", "plain", "auth", Map.of("type", "bearer", "token", "t-5678")));
        Map<String, Object> result = ok(alice, "test_connection", Map.of("app", "http", "name", "plain"));
        assertThat((String) result.get("message")).contains("has no test endpoint");
    }

    @Test
    void bob_cannotSeeTestUseUpdateOrDeleteAlicesConnection() {
        provider.wire.stubFor(get("/thing").willReturn(okJson("{\"n\": 1}")));
        ok(alice, "create_connection", Map.of("app", "fakeapp", "name", "mine", "auth", Map.of("type", "api_key", "key", "alice-key-9")));

        assertThat(ok(bob, "list_connections", Map.of()).toString()).doesNotContain("mine");
        for (String tool : List.of("get_connection", "test_connection", "delete_connection", "update_connection")) {
            McpSchema.CallToolResult result = bob.callTool(new McpSchema.CallToolRequest(tool,
                    Map.of("app", "fakeapp", "name", "mine")));
            assertThat(result.isError()).as(tool).isTrue();
            assertThat(OAuthConnectionsTest.text(result)).as(tool).contains("You have no fakeapp connection named 'mine'");
        }
        McpSchema.CallToolResult use = bob.callTool(new McpSchema.CallToolRequest("fakeapp__get_thing", Map.of("connection", "mine")));
        assertThat(use.isError()).isTrue();
        assertThat(provider.wire.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/thing"))
                .withHeader("X-Key", equalTo("alice-key-9")))).isEmpty();
        assertThat(ok(alice, "get_connection", Map.of("app", "fakeapp", "name", "mine")).get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void secrets_neverAppearInLogsToolResultsErrorsOrTheDatabaseFile() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        List<String> seen = new ArrayList<>();
        List<String> secrets = List.of("leak-key-AAAA1111", "leak-pass-BBBB2222", "leak-token-CCCC3333", "leak-client-DDDD4444");
        try {
            // The provider echoes the credentials in its error bodies, as some do.
            provider.wire.stubFor(get("/me").willReturn(aResponse().withStatus(403)
                    .withBody("{\"message\": \"key leak-key-AAAA1111 is not allowed\"}")));
            provider.wire.stubFor(get("/thing").willReturn(aResponse().withStatus(500)
                    .withBody("{\"message\": \"failed for leak-key-AAAA1111\"}")));
            provider.wire.stubFor(get("/echo").willReturn(aResponse().withStatus(500)
                    .withBody("{\"message\": \"token leak-token-CCCC3333 rejected\"}")));
            List<McpSchema.CallToolResult> results = new ArrayList<>();
            results.add(call("create_connection", Map.of("app", "fakeapp", "name", "leaky", "auth", Map.of("type", "api_key", "key", secrets.get(0)))));
            results.add(call("test_connection", Map.of("app", "fakeapp", "name", "leaky")));
            results.add(call("fakeapp__get_thing", Map.of("connection", "leaky")));
            results.add(call("create_connection", Map.of("app", "http", "name", "basic-leak", "auth",
                    Map.of("type", "basic", "username", "u", "password", secrets.get(1)))));
            results.add(call("create_connection", Map.of("app", "http", "name", "bearer-leak", "auth", Map.of("type", "bearer", "token", secrets.get(2)))));
            results.add(call("http__request", Map.of("method", "GET", "url", provider.base() + "/echo", "connection", "bearer-leak")));
            results.add(call("create_connection", Map.of("app", "fakeapp", "name", "cc-leak", "auth", Map.of("type",
                    "oauth2_client_credentials", "client_id", "c", "client_secret", secrets.get(3)))));
            results.add(call("list_connections", Map.of()));
            results.add(call("get_connection", Map.of("app", "fakeapp", "name", "leaky")));
            results.add(call("update_connection", Map.of("app", "fakeapp", "name", "leaky", "auth", Map.of("type", "api_key", "key", secrets.get(0)))));
            results.add(call("delete_connection", Map.of("app", "fakeapp", "name", "leaky")));
            for (McpSchema.CallToolResult result : results) {
                seen.add(String.valueOf(result.content()));
                seen.add(String.valueOf(result.structuredContent()));
            }
            assertThat(results.get(2).isError()).isTrue();
            try {
                server.app().connections().create(Caller.user("alice"), "fakeapp", "x", Map.of("type", "oauth2_client_credentials",
                        "client_id", "c", "client_secret", secrets.get(3)), Map.of());
            } catch (RuntimeException e) {
                seen.add(e.toString());
            }
            for (ILoggingEvent event : logs.list) {
                seen.add(event.getFormattedMessage());
                if (event.getThrowableProxy() != null) {
                    seen.add(event.getThrowableProxy().getMessage());
                }
            }
            seen.add(server.app().connections().store().open(server.app().connections().store()
                    .find("alice", "http", "bearer-leak").orElseThrow()).toString());
        } finally {
            root.detachAppender(logs);
        }
        String everything = String.join("\n", seen);
        assertThat(everything).contains("leaky").contains("***");
        for (String secret : secrets) {
            assertThat(everything).doesNotContain(secret);
        }
        // At rest: the H2 file holds only sealed values.
        for (Path file : Files.list(data).filter(p -> p.toString().endsWith(".mv.db")).toList()) {
            String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(raw).doesNotContain(secret);
            }
        }
    }

    private static McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return alice.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ok(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(OAuthConnectionsTest.text(result)).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> result, String name) {
        return ((Map<String, Object>) result.get("connection")).get(name);
    }
}
