package dev.switchboard.server.http;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.Version;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.mcp.McpProtocol;
import dev.switchboard.server.mcp.Scope;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.DefaultMcpStreamableServerSessionFactory;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP side: {@code /mcp} (MCP Streamable HTTP), {@code /hooks/*} (flow webhooks), {@code /health} and {@code /metrics} on
 * embedded Jetty. Every request passes, in order: Host/Origin check (403), bearer token (401),
 * then for {@code /mcp} the body check (413, JSON-RPC parse errors) and error cleaning.
 *
 * <pre>{@code
 * try (HttpServer http = HttpServer.start(app)) {
 *     System.out.println(http.mcpUrl());
 *     http.join();
 * }
 * }</pre>
 */
public final class HttpServer implements AutoCloseable {

    /** How long a tool may wait for the client to answer sampling or elicitation (a person may be typing). */
    private static final Duration CLIENT_REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final Server jetty;
    private final HttpServletStreamableServerTransportProvider transport;
    private final ServerConnector connector;
    private final String host;

    private HttpServer(Server jetty, HttpServletStreamableServerTransportProvider transport,
            ServerConnector connector, String host) {
        this.jetty = jetty;
        this.transport = transport;
        this.connector = connector;
        this.host = host;
    }

    public static HttpServer start(Switchboard app) throws Exception {
        ServerConfig config = app.config();
        McpJsonMapper jsonMapper = McpProtocol.jsonMapper(app.extensions());
        McpProtocol protocol = new McpProtocol(app.extensions(), app.metrics(), jsonMapper, config.pageSize(),
                Version.current(), null);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(jsonMapper)
                .mcpEndpoint("/mcp")
                .maxRequestSize(config.maxRequestBytes())
                .contextExtractor(request -> {
                    Map<String, Object> context = new HashMap<>();
                    Object caller = request.getAttribute(BearerAuthFilter.CALLER);
                    if (caller != null) {
                        context.put(McpProtocol.CALLER_KEY, caller);
                    }
                    context.put(McpProtocol.SCOPE_KEY, Scope.parse(request.getParameter("apps")));
                    return McpTransportContext.create(context);
                })
                .build();
        app.onToolsChanged(() -> transport.notifyClients(McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED, null)
                .subscribe(done -> { }, error -> { }));
        transport.setSessionFactory(new DefaultMcpStreamableServerSessionFactory(CLIENT_REQUEST_TIMEOUT,
                protocol::initialize, protocol.requestHandlers(), protocol.notificationHandlers(),
                protocol::sessionClosed));

        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("http");
        Server jetty = new Server(threads);
        HttpConfiguration httpConfig = new HttpConfiguration();
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(httpConfig));
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        String tokenHint = "the administrator token is in " + app.data().adminTokenFile();
        addFilter(context, new RequestGuardFilter(config.trustedHosts(), config.trustedOrigins()), "/*");
        addFilter(context, new BearerAuthFilter(app.tokens(), tokenHint), "/mcp");
        addFilter(context, new BearerAuthFilter(app.tokens(), tokenHint), "/metrics");
        addFilter(context, new JsonRpcBodyFilter(config.maxRequestBytes()), "/mcp");
        addFilter(context, new ErrorBodyFilter(), "/mcp");
        ServletHolder mcp = new ServletHolder("mcp", transport);
        mcp.setAsyncSupported(true);
        context.addServlet(mcp, "/mcp");
        context.addServlet(new ServletHolder("oauth-callback",
                new dev.switchboard.server.connections.OAuthCallbackServlet(app.connections())), "/oauth/callback");
        // outside bearer auth: each call proves it knows the flow's webhook secret
        context.addServlet(new ServletHolder("hooks", new dev.switchboard.server.triggers.WebhookServlet(app.flows(), app.runtime(),
                app.triggers(), config.maxRequestBytes())), "/hooks/*");
        context.addServlet(new ServletHolder("health", new HealthServlet(app.database())), "/health");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(app.meterRegistry())), "/metrics");
        context.addServlet(new ServletHolder("not-found", new NotFoundServlet()), "/");
        jetty.setHandler(context);
        jetty.setStopTimeout(5_000);
        jetty.start();
        HttpServer server = new HttpServer(jetty, transport, connector, config.host());
        app.usePublicUrlUnlessSet(URI.create(server.mcpUrl().toString().replaceFirst("/mcp$", "")));
        return server;
    }

    private static void addFilter(ServletContextHandler context, Filter filter, String path) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        context.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The URL clients use; loopback binds are shown as {@code localhost} so the Host check accepts them. */
    public URI mcpUrl() {
        String shown = switch (host) {
            case "127.0.0.1", "::1", "0.0.0.0", "::" -> "localhost";
            default -> host;
        };
        return URI.create("http://" + shown + ":" + port() + "/mcp");
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws Exception {
        transport.closeGracefully().block(Duration.ofSeconds(5));
        jetty.stop();
    }
}
