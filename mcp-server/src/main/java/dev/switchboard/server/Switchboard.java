package dev.switchboard.server;

import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.TokenEndpoint;
import dev.switchboard.catalog.connection.TokenRefresher;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.core.CoreActions;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import dev.switchboard.catalog.search.LiveToolIndex;
import dev.switchboard.catalog.secret.SecretBox;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.grounding.BuildPrompts;
import dev.switchboard.prompts.grounding.CatalogExcerpt;
import dev.switchboard.prompts.llm.LlmEngine;
import dev.switchboard.prompts.llm.LlmEngines;
import dev.switchboard.prompts.llm.LlmSettings;
import dev.switchboard.prompts.llm.SpringAiBackend;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.server.auth.ApiTokens;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.catalog.CatalogSetup;
import dev.switchboard.server.catalog.ImportedConnectors;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.connections.ConnectionStore;
import dev.switchboard.server.connections.Connections;
import dev.switchboard.server.connections.OAuthApps;
import dev.switchboard.server.connections.SecretKeys;
import dev.switchboard.server.data.DataDirectory;
import dev.switchboard.server.data.Database;
import dev.switchboard.server.flows.FlowLibrary;
import dev.switchboard.server.flows.FlowStore;
import dev.switchboard.server.flows.RunWaiter;
import dev.switchboard.server.flows.SubflowAction;
import dev.switchboard.server.mcp.Extensions;
import dev.switchboard.server.mcp.McpMetrics;
import dev.switchboard.server.mcp.ToolProvider;
import dev.switchboard.server.triggers.Triggers;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The assembled application: data directory, database, tokens, metrics and the extensions
 * that make up the MCP surface. Transports (HTTP, stdio) are started on top of it. All wiring
 * is here, in plain code.
 *
 * <pre>{@code
 * try (Switchboard app = Switchboard.open(ServerConfig.defaults(Path.of("data")))) {
 *     HttpServer http = HttpServer.start(app, config);
 * }
 * }</pre>
 */
public final class Switchboard implements AutoCloseable {

    private final ServerConfig config;
    private final DataDirectory data;
    private final Database database;
    private final ApiTokens tokens;
    private final PrometheusMeterRegistry meterRegistry;
    private final McpMetrics metrics;
    private final Extensions extensions;
    private final Catalog catalog;
    private final BlobStore blobs;
    private final ActionRunner runner;
    private final HttpEngine engine;
    private final ImportedConnectors imported;
    private final List<Runnable> toolListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "switchboard-background");
        thread.setDaemon(true);
        return thread;
    });
    private final Connections connections;
    private volatile URI publicUrl;
    private final FlowRuntime runtime;
    private final FlowLibrary flows;
    private final RunWaiter waiter;
    private final Optional<SpringAiBackend> llm;
    /** The builder's prompts, over the same search index as search_tools. */
    private final BuildPrompts buildPrompts;
    private final Triggers triggers;

    /** How often each polling trigger asks its app for new items. */
    private static final Duration POLL_INTERVAL = Duration.ofMinutes(5);

    /** How long one provider call may take. */
    private static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(30);

    /** Refresh tokens this long before {@code expires_in} runs out. */
    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private Switchboard(ServerConfig config, DataDirectory data, Database database, Clock clock, Map<String, String> env) {
        this.config = config;
        this.data = data;
        this.database = database;
        this.tokens = new ApiTokens(database.dataSource(), Clock.systemUTC());
        this.meterRegistry = McpMetrics.prometheusRegistry();
        this.metrics = new McpMetrics(meterRegistry);
        this.catalog = Catalog.bundled();
        this.imported = new ImportedConnectors(catalog, CatalogSetup.importedDir(data.root()));
        imported.refresh();
        CatalogSetup.applyOrigins(catalog, config.apiOrigins());
        this.blobs = new BlobStore(data.root().resolve("blobs"));
        OutboundGuard guard = new OutboundGuard(config.allowHosts());
        String publicUrlSetting = env.get("SWITCHBOARD_PUBLIC_URL");
        this.publicUrl = publicUrlSetting == null || publicUrlSetting.isBlank() ? null : URI.create(publicUrlSetting.strip());
        SecretBox box = SecretKeys.load(data.root(), env);
        ConnectionStore store = new ConnectionStore(database.dataSource(), box, clock);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(guard, clock, PROVIDER_TIMEOUT);
        this.engine = new HttpEngine(guard, blobs, UnaryOperator.identity(), PROVIDER_TIMEOUT,
                new TokenRefresher(store, tokenEndpoint, clock, REFRESH_MARGIN));
        this.runner = new ActionRunner(catalog, engine);
        CoreActions.register(runner, database.dataSource(), blobs, guard);
        this.runtime = new FlowRuntime(database.dataSource(), runner, store, blobs, Limits.DEFAULT, clock, workerId());
        this.flows = new FlowLibrary(new FlowStore(database.dataSource(), clock), runtime);
        SubflowAction.register(runner, flows, runtime);
        flows.onToolsChanged(() -> toolListeners.forEach(Runnable::run));
        this.triggers = new Triggers(flows, runtime, catalog, engine, store, database.dataSource(), box, clock, POLL_INTERVAL,
                this::publicUrl);
        this.connections = new Connections(catalog, store, flows.usage(store), OAuthApps.load(data.root(), env),
                tokenEndpoint, engine, clock, this::publicUrl);
        LiveToolIndex index = new LiveToolIndex(catalog);
        this.buildPrompts = new BuildPrompts(new CatalogExcerpt(index, CatalogExcerpt.DEFAULT_BUDGET));
        this.waiter = new RunWaiter(runtime, clock);
        this.llm = LlmSettings.load(env, data.root()).map(LlmEngines::backend);
        llm.ifPresent(b -> LoggerFactory.getLogger(Switchboard.class).info("flow builder LLM: {}", b.name()));
        this.extensions = McpSurface.register(this, store, index, clock);
        background.scheduleWithFixedDelay(this::refreshImports, 2, 2, TimeUnit.SECONDS);
    }

    /** Creates the data directory and database on first use, migrates the schema, registers the admin token. */
    public static Switchboard open(ServerConfig config) {
        return open(config, Clock.systemUTC(), System.getenv());
    }

    /**
     * @param clock decides when OAuth2 tokens count as expired (tests move it)
     * @param env where {@code SWITCHBOARD_SECRET_KEY}, {@code SWITCHBOARD_PUBLIC_URL}, the OAuth client
     *            registrations and the builder's LLM ({@code SWITCHBOARD_LLM_*}) are read
     */
    public static Switchboard open(ServerConfig config, Clock clock, Map<String, String> env) {
        DataDirectory data = DataDirectory.open(config.dataDir());
        String jdbcUrl = config.jdbcUrl() != null ? config.jdbcUrl() : data.embeddedDatabaseUrl();
        Database database = Database.open(jdbcUrl);
        Switchboard app;
        try {
            app = new Switchboard(config, data, database, clock, env);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        app.tokens.register(data.adminToken(), Caller.admin(), "administrator (admin-token file)");
        return app;
    }

    /** Picks up connectors imported by the CLI while the server runs, and tells the listeners. */
    void refreshImports() {
        try {
            if (imported.refresh()) {
                toolListeners.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Switchboard.class).warn("refreshing imported connectors failed: {}", e.getMessage());
        }
    }

    /** Called whenever the set of tools may have changed (transports send tools/list_changed). */
    public void onToolsChanged(Runnable listener) {
        toolListeners.add(listener);
    }

    /** How many tools the given caller sees. */
    public int toolCount(Caller caller) {
        int count = 0;
        for (ToolProvider provider : extensions.toolProviders()) {
            count += provider.tools(caller).size();
        }
        return count;
    }

    public ServerConfig config() {
        return config;
    }

    public DataDirectory data() {
        return data;
    }

    public Database database() {
        return database;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public PrometheusMeterRegistry meterRegistry() {
        return meterRegistry;
    }

    public McpMetrics metrics() {
        return metrics;
    }

    public Extensions extensions() {
        return extensions;
    }

    /** The stored flows of every owner (management tools and flow__ tools use it). */
    public FlowLibrary flows() {
        return flows;
    }

    /** Webhook secrets, the scheduler and the polling triggers that start stored flows. */
    public Triggers triggers() {
        return triggers;
    }

    /** The flow runtime: validation, runs, workers. */
    public FlowRuntime runtime() {
        return runtime;
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(Switchboard.class).warn("closing {} failed: {}", resource, e.getMessage());
        }
    }

    /** Names this process in run leases: host and pid. */
    private static String workerId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    public Catalog catalog() {
        return catalog;
    }

    public ActionRunner runner() {
        return runner;
    }

    public Connections connections() {
        return connections;
    }

    /** The base URL browsers reach this server at (OAuth redirects): SWITCHBOARD_PUBLIC_URL, else the HTTP listener. */
    public URI publicUrl() {
        URI url = publicUrl;
        return url != null ? url : URI.create("http://localhost:" + config.port());
    }

    /** Called by the HTTP server once bound, unless SWITCHBOARD_PUBLIC_URL says otherwise. */
    public void usePublicUrlUnlessSet(URI url) {
        if (publicUrl == null) {
            publicUrl = url;
        }
    }

    /**
     * The flow builder's configured LLM ({@code SWITCHBOARD_LLM_*} or {@code <data>/llm.json});
     * empty when none is configured.
     */
    public Optional<Engine> llmEngine() {
        return llm.map(backend -> new LlmEngine(backend, buildPrompts));
    }

    /** Waits for runs on behalf of tools that return a run's result. */
    RunWaiter waiter() {
        return waiter;
    }

    BuildPrompts buildPrompts() {
        return buildPrompts;
    }

    public BlobStore blobs() {
        return blobs;
    }

    @Override
    public void close() {
        background.shutdownNow();
        waiter.close();
        llm.ifPresent(Switchboard::closeQuietly);
        triggers.close();
        runtime.close();
        engine.close();
        meterRegistry.close();
        database.close();
    }
}
