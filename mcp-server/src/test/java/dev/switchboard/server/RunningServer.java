package dev.switchboard.server;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.http.HttpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The real server (data directory, H2, Jetty, MCP) started on a free port for one test class.
 *
 * <pre>{@code
 * try (RunningServer server = RunningServer.start(tempDir, c -> c.withPageSize(5))) {
 *     McpSyncClient client = server.client();
 * }
 * }</pre>
 */
public final class RunningServer implements AutoCloseable {

    private final Switchboard app;
    private final HttpServer http;

    private RunningServer(Switchboard app, HttpServer http) {
        this.app = app;
        this.http = http;
    }

    /** Starts with the conformance fixtures on, so that there are tools to list and call. */
    public static RunningServer start(Path dataDir, UnaryOperator<ServerConfig> tweak) throws Exception {
        return start(dataDir, tweak, java.time.Clock.systemUTC(), java.util.Map.of());
    }

    /** With a clock the test moves (token expiry) and an environment of its own (keys, OAuth clients). */
    public static RunningServer start(Path dataDir, UnaryOperator<ServerConfig> tweak, java.time.Clock clock,
            java.util.Map<String, String> env) throws Exception {
        ServerConfig config = tweak.apply(ServerConfig.defaults(dataDir).withPort(0).withConformanceFixtures(true));
        Switchboard app = Switchboard.open(config, clock, env);
        try {
            return new RunningServer(app, HttpServer.start(app));
        } catch (Exception e) {
            app.close();
            throw e;
        }
    }

    public URI mcpUrl() {
        return http.mcpUrl();
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + http.port() + path);
    }

    public int port() {
        return http.port();
    }

    public String adminToken() {
        return app.data().adminToken();
    }

    public Switchboard app() {
        return app;
    }

    /** An MCP Java SDK client, not yet initialized, authenticated with the admin token. */
    public McpClient.SyncSpec clientSpec() {
        return clientSpec(adminToken());
    }

    /** An initialized client for another user's API token (register it with {@code app().tokens()} first). */
    public McpSyncClient client(String token) {
        McpSyncClient client = clientSpec(token).build();
        client.initialize();
        return client;
    }

    /** Registers an API token for {@code user} and returns an initialized client that uses it. */
    public McpSyncClient userClient(String user) {
        String token = "sb_" + user + "_token_0123456789abcdef";
        app().tokens().register(token, Caller.user(user), user);
        return client(token);
    }

    public McpClient.SyncSpec clientSpec(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + http.port())
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30));
    }

    /** An initialized MCP Java SDK client. */
    public McpSyncClient client() {
        McpSyncClient client = clientSpec().build();
        client.initialize();
        return client;
    }

    @Override
    public void close() throws Exception {
        try {
            http.close();
        } finally {
            app.close();
        }
    }
}
