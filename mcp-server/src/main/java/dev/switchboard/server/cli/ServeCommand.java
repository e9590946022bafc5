package dev.switchboard.server.cli;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.Version;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.http.HttpServer;
import dev.switchboard.server.stdio.StdioServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard serve}: runs the server over HTTP ({@code /mcp}) or, with {@code --stdio},
 * over stdin/stdout. Every option also reads from the environment.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Runs the server: MCP over Streamable HTTP at /mcp (and flow webhooks at /hooks/{flow-id}), or over "
                + "stdio with --stdio. Either way it runs queued flows, fires schedules and polls polling triggers; over HTTP it also registers "
                + "the apps' webhook triggers.",
        footer = {"", "Flow builder LLM (optional), from the environment or <data>/llm.json:",
                "  SWITCHBOARD_LLM_PROVIDER=openai|ollama|anthropic", "  SWITCHBOARD_LLM_MODEL, SWITCHBOARD_LLM_BASE_URL,",
                "  SWITCHBOARD_LLM_API_KEY, SWITCHBOARD_LLM_TIMEOUT_SECONDS"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "${env:SWITCHBOARD_HOST:-127.0.0.1}",
            description = "Address to bind (env SWITCHBOARD_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:SWITCHBOARD_PORT:-8080}",
            description = "TCP port, 0 for any free port (env SWITCHBOARD_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
            description = "Data directory, created on first start (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", defaultValue = "${env:SWITCHBOARD_DB}",
            description = "JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/switchboard (env SWITCHBOARD_DB; "
                    + "default: embedded H2 in the data directory).")
    String jdbcUrl;

    @Option(names = "--stdio", description = "Serve MCP over stdin/stdout instead of HTTP (for desktop clients).")
    boolean stdio;

    @Option(names = "--trusted-hosts", split = ",", defaultValue = "${env:SWITCHBOARD_TRUSTED_HOSTS}",
            description = "Host header values accepted besides localhost, comma-separated (env SWITCHBOARD_TRUSTED_HOSTS).")
    List<String> trustedHosts;

    @Option(names = "--trusted-origins", split = ",", defaultValue = "${env:SWITCHBOARD_TRUSTED_ORIGINS}",
            description = "Browser origins accepted besides localhost, e.g. https://app.example.com "
                    + "(env SWITCHBOARD_TRUSTED_ORIGINS).")
    List<String> trustedOrigins;

    @Option(names = "--max-request-bytes", defaultValue = "${env:SWITCHBOARD_MAX_REQUEST_BYTES:-4194304}",
            description = "Largest accepted request body; larger ones get HTTP 413 (default ${DEFAULT-VALUE}).")
    int maxRequestBytes;

    @Option(names = "--page-size", defaultValue = "${env:SWITCHBOARD_PAGE_SIZE:-500}",
            description = "Items per page of tools/list and the other list methods (default ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--allow-hosts", split = ",", defaultValue = "${env:SWITCHBOARD_ALLOW_HOSTS}",
            description = "Loopback or private hosts and CIDR ranges that actions may call, comma-separated, "
                    + "e.g. 127.0.0.1,10.0.0.0/8 (env SWITCHBOARD_ALLOW_HOSTS; default: public addresses only).")
    List<String> allowHosts;

    @Option(names = "--api-origin", split = ",", mapFallbackValue = "", defaultValue = "${env:SWITCHBOARD_API_ORIGINS}",
            description = "APP=ORIGIN: send an app's API calls to another origin (a sandbox, an on-premises install), "
                    + "e.g. jira=https://jira.example.com (env SWITCHBOARD_API_ORIGINS, comma-separated).")
    java.util.Map<String, String> apiOrigins;

    @Option(names = "--flow-wait", defaultValue = "${env:SWITCHBOARD_FLOW_WAIT:-PT30S}",
            description = "How long a flow__<slug> call waits for its run (ISO-8601, e.g. PT30S); a longer run answers "
                    + "with its run id and goes on (env SWITCHBOARD_FLOW_WAIT, default ${DEFAULT-VALUE}).")
    String flowWait;

    @Option(names = "--workers", defaultValue = "${env:SWITCHBOARD_WORKERS:-4}",
            description = "Threads that run queued flows, 1 to 64; each holds one database connection of the pool (10) while it "
                    + "works (env SWITCHBOARD_WORKERS, default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--conformance-fixtures", hidden = true,
            description = "Serve the test_* fixtures of the MCP conformance suite.")
    boolean conformanceFixtures;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = config();
        if (workers < 1 || workers > 64) {
            throw new InputRejectedException("--workers " + workers + ": give a number of threads from 1 to 64");
        }
        PrintStream status = stdio ? System.err : System.out;
        try (Switchboard app = openApp(config)) {
            // workers run queued flows and resume paused ones (delays, approvals) left by earlier processes
            // (a run queued by this process wakes them at once; the poll finds runs queued by other instances)
            app.runtime().worker().start(workers, java.time.Duration.ofSeconds(1));
            // schedules and polling; app webhook subscriptions only when /hooks/* is served
            app.triggers().start(!stdio);
            if (stdio) {
                status.println("Switchboard " + Version.current() + " serving " + app.toolCount(Caller.admin())
                        + " tools over stdio (data: " + app.data().root() + ")");
                new StdioServer(app).run(new BufferedInputStream(System.in), System.out);
                return ExitCodes.OK;
            }
            HttpServer http = startHttp(app);
            Thread shutdown = new Thread(() -> closeQuietly(http), "shutdown");
            Runtime.getRuntime().addShutdownHook(shutdown);
            status.println("Switchboard " + Version.current() + " serving " + app.toolCount(Caller.admin())
                    + " tools at " + http.mcpUrl() + " (admin token in " + app.data().adminTokenFile() + ")");
            http.join();
            return ExitCodes.OK;
        }
    }

    private ServerConfig config() {
        try {
            return new ServerConfig(host, port, data, blankToNull(jdbcUrl), orEmpty(trustedHosts), orEmpty(trustedOrigins),
                    maxRequestBytes, pageSize, conformanceFixtures, orEmpty(allowHosts),
                    apiOrigins == null ? java.util.Map.of() : apiOrigins, flowWait());
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
    }

    private java.time.Duration flowWait() {
        try {
            return java.time.Duration.parse(flowWait);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--flow-wait " + flowWait + ": give an ISO-8601 duration such as PT30S or PT2M");
        }
    }

    public static Switchboard openApp(ServerConfig config) {
        try {
            return Switchboard.open(config);
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException
                | dev.switchboard.catalog.connector.InvalidConnectorException e) {
            throw new InputRejectedException(e.getMessage());
        }
    }

    private HttpServer startHttp(Switchboard app) throws Exception {
        try {
            return HttpServer.start(app);
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new InputRejectedException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                        + "): choose another port with --port, or stop the program using it");
            }
            throw e;
        }
    }

    private static void closeQuietly(HttpServer http) {
        try {
            http.close();
        } catch (Exception e) {
            System.err.println("switchboard: error while stopping: " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }
}
