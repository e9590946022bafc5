package dev.switchboard.server;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientSession;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The MCP Java SDK's own client session and Streamable HTTP transport, for methods its
 * {@code McpSyncClient} has no call for (tasks, {@code task} on {@code tools/call}): requests
 * and answers as JSON maps. A JSON-RPC error arrives as the SDK's {@code McpError}.
 *
 * <pre>{@code
 * try (RawSession session = RawSession.open(server, token)) {
 *     Map<String, Object> task = session.request("tasks/get", Map.of("taskId", id));
 * }
 * }</pre>
 */
public final class RawSession implements AutoCloseable {

    private static final TypeRef<Map<String, Object>> MAP = new TypeRef<>() {
    };

    private final McpClientSession session;
    private final Map<String, Object> initialized;

    private RawSession(McpClientSession session, Map<String, Object> initialized) {
        this.session = session;
        this.initialized = initialized;
    }

    /** Initializes a session for this API token, declaring no client capabilities. */
    public static RawSession open(RunningServer server, String token) {
        return open(server, token, McpSchema.ClientCapabilities.builder().build(), Map.of());
    }

    /** With client capabilities and the handlers of the server's requests they imply (e.g. {@code elicitation/create}). */
    public static RawSession open(RunningServer server, String token, McpSchema.ClientCapabilities capabilities,
            Map<String, McpClientSession.RequestHandler<?>> handlers) {
        return open(server, token, capabilities, handlers, Map.of());
    }

    /** Also with handlers of the server's notifications (e.g. {@code notifications/progress}). */
    public static RawSession open(RunningServer server, String token, McpSchema.ClientCapabilities capabilities,
            Map<String, McpClientSession.RequestHandler<?>> handlers,
            Map<String, McpClientSession.NotificationHandler> notifications) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + server.port())
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpClientSession session = new McpClientSession(Duration.ofSeconds(30), transport, handlers, notifications, Function.identity());
        McpSchema.InitializeRequest init = new McpSchema.InitializeRequest(io.modelcontextprotocol.spec.ProtocolVersions.MCP_2025_11_25,
                capabilities, new McpSchema.Implementation("raw-test", "1"));
        Map<String, Object> result = session.sendRequest(McpSchema.METHOD_INITIALIZE, init, MAP).block();
        session.sendNotification(McpSchema.METHOD_NOTIFICATION_INITIALIZED, null).block();
        return new RawSession(session, result);
    }

    /** What {@code initialize} answered. */
    public Map<String, Object> initialized() {
        return initialized;
    }

    public Map<String, Object> request(String method, Object params) {
        return session.sendRequest(method, params, MAP).block();
    }

    @Override
    public void close() {
        session.close();
    }
}
