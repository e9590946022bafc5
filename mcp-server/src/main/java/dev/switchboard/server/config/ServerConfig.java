package dev.switchboard.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code switchboard serve} needs to start, already parsed and checked.
 *
 * <pre>{@code
 * var config = ServerConfig.defaults(Path.of("switchboard-data")).withPort(0);
 * }</pre>
 *
 * @param host address to bind; loopback unless the administrator says otherwise
 * @param port TCP port; 0 picks a free one
 * @param dataDir where the database, the secret key and the admin token live
 * @param jdbcUrl database URL; null means the embedded H2 file under {@code dataDir}
 * @param trustedHosts Host header values accepted besides loopback names
 * @param trustedOrigins browser origins accepted besides loopback origins
 * @param maxRequestBytes largest accepted request body; larger ones get 413
 * @param pageSize items per page in {@code tools/list} and the other list methods
 * @param conformanceFixtures serve the {@code test_*} fixtures of the MCP conformance suite
 * @param allowHosts outbound hosts or CIDR ranges that actions may reach although they are
 *                   loopback or private (e.g. {@code 127.0.0.1} for local stubs)
 * @param apiOrigins per app, another origin for its API calls (a sandbox, an on-premises
 *                   install, a test stub): {@code kizeo_forms -> http://127.0.0.1:9000}
 * @param flowWait how long a {@code flow__<slug>} call waits for its run before answering with the
 *                 run id while the run goes on; null for the default, 30 s
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String jdbcUrl,
        List<String> trustedHosts,
        List<String> trustedOrigins,
        int maxRequestBytes,
        int pageSize,
        boolean conformanceFixtures,
        List<String> allowHosts,
        Map<String, String> apiOrigins,
        Duration flowWait) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final Duration DEFAULT_FLOW_WAIT = Duration.ofSeconds(30);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        trustedHosts = List.copyOf(trustedHosts);
        trustedOrigins = List.copyOf(trustedOrigins);
        allowHosts = allowHosts == null ? List.of() : List.copyOf(allowHosts);
        apiOrigins = apiOrigins == null ? Map.of() : Map.copyOf(apiOrigins);
        flowWait = flowWait == null ? DEFAULT_FLOW_WAIT : flowWait;
        if (flowWait.isNegative() || flowWait.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("flow wait must be between 0 and 1 hour (e.g. PT30S), got " + flowWait);
        }
        for (Map.Entry<String, String> origin : apiOrigins.entrySet()) {
            if (!origin.getValue().matches("https?://[^/?#]+")) {
                throw new IllegalArgumentException("--api-origin " + origin.getKey() + "=" + origin.getValue()
                        + ": give scheme, host and port only, e.g. https://sandbox.example.com:8443");
            }
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("max request size must be at least 1024 bytes, got " + maxRequestBytes);
        }
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("page size must be between 1 and 10000, got " + pageSize);
        }
    }

    /** The embedded defaults: loopback, port 8080, H2 under {@code dataDir}. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, dataDir, null, List.of(), List.of(),
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_PAGE_SIZE, false, List.of(), Map.of(), null);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, conformanceFixtures, allowHosts, apiOrigins, flowWait);
    }

    public ServerConfig withPageSize(int newPageSize) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, newPageSize, conformanceFixtures, allowHosts, apiOrigins, flowWait);
    }

    public ServerConfig withMaxRequestBytes(int bytes) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                bytes, pageSize, conformanceFixtures, allowHosts, apiOrigins, flowWait);
    }

    public ServerConfig withConformanceFixtures(boolean on) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, on, allowHosts, apiOrigins, flowWait);
    }

    public ServerConfig withAllowHosts(List<String> hosts) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, conformanceFixtures, hosts, apiOrigins, flowWait);
    }

    public ServerConfig withApiOrigins(Map<String, String> origins) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, conformanceFixtures, allowHosts, origins, flowWait);
    }

    public ServerConfig withFlowWait(Duration wait) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, conformanceFixtures, allowHosts, apiOrigins, wait);
    }

    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(host, port, dataDir, url, trustedHosts, trustedOrigins,
                maxRequestBytes, pageSize, conformanceFixtures, allowHosts, apiOrigins, flowWait);
    }
}
