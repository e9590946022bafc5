package dev.switchboard.server.stdio;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.Version;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.McpProtocol;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * MCP over stdin/stdout for desktop clients. The session runs as the local administrator. Only
 * MCP messages go to stdout (logs go to stderr). Each input line passes a {@link LineGate}
 * first, so that a malformed line is answered with a JSON-RPC error instead of ending the
 * session as the SDK's transport would.
 *
 * <pre>{@code
 * new StdioServer(app).run(System.in, System.out);   // returns when stdin closes
 * }</pre>
 */
public final class StdioServer {

    private static final Duration CLIENT_REQUEST_TIMEOUT = Duration.ofMinutes(5);
    private static final int PIPE_BUFFER = 1 << 16;

    private final Switchboard app;

    public StdioServer(Switchboard app) {
        this.app = app;
    }

    /** Serves until {@code in} reaches its end. */
    public void run(InputStream in, OutputStream out) throws IOException, InterruptedException {
        McpJsonMapper jsonMapper = McpProtocol.jsonMapper(app.extensions());
        McpProtocol protocol = new McpProtocol(app.extensions(), app.metrics(), jsonMapper,
                app.config().pageSize(), Version.current(), Caller.admin());
        PipedOutputStream toTransport = new PipedOutputStream();
        PipedInputStream transportInput = new PipedInputStream(toTransport, PIPE_BUFFER);
        CountDownLatch closed = new CountDownLatch(1);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(jsonMapper, transportInput, out,
                app.config().maxRequestBytes());
        app.onToolsChanged(() -> transport.notifyClients(McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED, null)
                .subscribe(done -> { }, error -> { }));
        transport.setSessionFactory(sessionTransport -> {
            String id = UUID.randomUUID().toString();
            return new McpServerSession(id, CLIENT_REQUEST_TIMEOUT, sessionTransport, protocol::initialize,
                    protocol.requestHandlers(), protocol.notificationHandlers(),
                    () -> protocol.sessionClosed(id).doFinally(signal -> closed.countDown()));
        });
        new LineGate(in, toTransport, out, app.config().maxRequestBytes()).run();
        // stdin ended: let the transport drain what it already read, then stop
        closed.await(10, TimeUnit.SECONDS);
        transport.closeGracefully().block(Duration.ofSeconds(5));
    }
}
