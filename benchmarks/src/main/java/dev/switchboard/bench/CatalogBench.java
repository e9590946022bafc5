package dev.switchboard.bench;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.openapi.ImportResult;
import dev.switchboard.catalog.openapi.OpenApiImporter;
import dev.switchboard.catalog.search.ToolIndex;
import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.http.HttpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the catalog at scale: OpenAPI import time (jira.json), a full paged {@code tools/list}
 * through the real server and the MCP Java SDK client, {@code search_tools} latency, and heap
 * used with about 5,000 tools. Prints a Markdown section and writes it to the given file.
 *
 * <pre>{@code
 * mvn -q -pl benchmarks -am install -DskipTests
 * mvn -q -pl benchmarks exec:java -Dexec.args="../shared/openapi BENCHMARKS-catalog.md"
 * }</pre>
 */
public final class CatalogBench {

    private static final List<String> DOCUMENTS = List.of("jira.json", "google-drive.json", "google-sheets.json",
            "gmail.json", "asana.json");
    private static final List<String> QUERIES = List.of("create an issue", "envoyer un courriel", "upload a file to drive",
            "add a comment", "list spreadsheets rows", "ajouter une ligne", "send slack message", "transition issue",
            "get project", "delete attachment");

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        Path openapi = Path.of(args.length > 0 ? args[0] : "../shared/openapi");
        Path output = Path.of(args.length > 1 ? args[1] : "BENCHMARKS-catalog.md");
        StringBuilder report = new StringBuilder();
        report.append("## Catalog (").append(java.time.LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(")\n\n");

        String jira = Files.readString(openapi.resolve("jira.json"));
        OpenApiImporter importer = new OpenApiImporter();
        for (int i = 0; i < 3; i++) {
            importer.importDocument(jira, "jira_cloud");
        }
        List<Double> importMs = new ArrayList<>();
        ImportResult jiraResult = null;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            jiraResult = importer.importDocument(jira, "jira_cloud");
            importMs.add((System.nanoTime() - start) / 1e6);
        }
        report.append("| measure | median | min | max |\n|---|---|---|---|\n");
        row(report, "import jira.json (" + jiraResult.connector().actions().size() + " actions)", importMs, "ms");

        Path data = Files.createTempDirectory("switchboard-bench");
        Path imported = data.resolve("connectors");
        Files.createDirectories(imported);
        int copies = 0;
        for (String document : DOCUMENTS) {
            String app = document.replace(".json", "").replace('-', '_') + "_api";
            write(imported, importer.importDocument(Files.readString(openapi.resolve(document)), app).connector());
        }
        long heapBefore = usedHeap();
        // copies of the big documents until about 5,000 tools are served
        while (totalActions(imported) + Catalog.bundled().connectors().stream().mapToInt(c -> c.actions().size()).sum() < 5_000) {
            copies++;
            write(imported, importer.importDocument(jira, "jira_copy_" + copies).connector());
        }

        // the old default page size first, for comparison; the measures after it use the default
        try (Switchboard app = Switchboard.open(ServerConfig.defaults(data).withPort(0).withPageSize(100))) {
            HttpServer http = HttpServer.start(app);
            try (McpSyncClient client = client(http, app)) {
                client.initialize();
                listings(report, client, app.toolCount(Caller.admin()), 100);
            }
            http.close();
        }
        ServerConfig config = ServerConfig.defaults(data).withPort(0);
        try (Switchboard app = Switchboard.open(config)) {
            HttpServer http = HttpServer.start(app);
            int tools = app.toolCount(Caller.admin());
            long heapAfter = usedHeap();
            long heapListed;
            try (McpSyncClient client = client(http, app)) {
                client.initialize();
                listings(report, client, tools, config.pageSize());
                rawListings(report, RawListing.open("http://localhost:" + http.port() + "/mcp", app.data().adminToken()), tools,
                        config.pageSize());
                heapListed = usedHeap();

                List<Double> searchMs = new ArrayList<>();
                for (int run = 0; run < 20; run++) {
                    for (String query : QUERIES) {
                        long start = System.nanoTime();
                        client.callTool(new McpSchema.CallToolRequest("search_tools", Map.of("query", query, "limit", 10)));
                        if (run >= 5) {
                            searchMs.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                }
                row(report, "search_tools call over MCP (" + tools + " tools, round trip)", searchMs, "ms");
            }
            ToolIndex index = ToolIndex.of(app.catalog());
            List<Double> indexUs = new ArrayList<>();
            for (int run = 0; run < 200; run++) {
                for (String query : QUERIES) {
                    long start = System.nanoTime();
                    index.search(query, Set.of(), 10);
                    if (run >= 50) {
                        indexUs.add((System.nanoTime() - start) / 1e3);
                    }
                }
            }
            row(report, "search in the index alone (" + index.size() + " actions)", indexUs, "µs");
            report.append("\nHeap used by the catalog, its tools and the search index with ").append(tools)
                    .append(" tools: about ").append((heapAfter - heapBefore) / (1024 * 1024)).append(" MB ")
                    .append("(used heap after a full GC, before and after loading; JVM defaults), about ")
                    .append((heapListed - heapBefore) / (1024 * 1024))
                    .append(" MB once every tool's tools/list JSON is cached after the first listing.\n");
            http.close();
        }
        System.out.print(report);
        Files.writeString(output, report.toString());
        System.exit(0); // HTTP client and reactor threads would keep the harness alive
    }

    /**
     * Full paged listings through the SDK client: wall time, and the CPU time of this whole
     * process (server and client share it), which says more than wall time on a busy machine.
     */
    private static void listings(StringBuilder report, McpSyncClient client, int tools, int pageSize) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> listMs = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < 15; run++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            pages = 0;
            String cursor = null;
            int seen = 0;
            do {
                McpSchema.ListToolsResult page = client.listTools(cursor);
                seen += page.tools().size();
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);
            if (seen != tools) {
                throw new IllegalStateException("listed " + seen + " tools, expected " + tools);
            }
            if (run >= 3) {
                listMs.add((System.nanoTime() - start) / 1e6);
                cpuMs.add((os.getProcessCpuTime() - cpu) / 1e6);
            }
        }
        String what = "full paged tools/list, " + tools + " tools in " + pages + " pages of " + pageSize
                + " (MCP Java SDK client over HTTP)";
        row(report, what, listMs, "ms");
        row(report, "  the same, CPU time of server and client together", cpuMs, "ms");
    }

    /** Full paged listings over plain HTTP, each page parsed as a JSON tree: the server's side of a listing. */
    private static void rawListings(StringBuilder report, RawListing raw, int tools, int pageSize) throws Exception {
        List<Double> listMs = new ArrayList<>();
        for (int run = 0; run < 15; run++) {
            long start = System.nanoTime();
            int seen = raw.listAll();
            if (seen != tools) {
                throw new IllegalStateException("listed " + seen + " tools, expected " + tools);
            }
            if (run >= 3) {
                listMs.add((System.nanoTime() - start) / 1e6);
            }
        }
        row(report, "full paged tools/list, " + tools + " tools, pages of " + pageSize
                + " (plain HTTP client, each page parsed as JSON)", listMs, "ms");
    }

    private static McpSyncClient client(HttpServer http, Switchboard app) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + http.port())
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + app.data().adminToken()))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    }

    private static void write(Path dir, Connector connector) throws Exception {
        Files.writeString(dir.resolve(connector.app() + ".json"), ConnectorLoader.JSON.writeValueAsString(connector));
    }

    private static int totalActions(Path dir) throws Exception {
        int total = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                try (var in = Files.newInputStream(file)) {
                    total += ConnectorLoader.read(file.getFileName().toString(), in).actions().size();
                }
            }
        }
        return total;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void row(StringBuilder report, String measure, List<Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        report.append("| ").append(measure).append(" | ").append(format(median)).append(' ').append(unit)
                .append(" | ").append(format(sorted.get(0))).append(' ').append(unit)
                .append(" | ").append(format(sorted.get(sorted.size() - 1))).append(' ').append(unit).append(" |\n");
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }
}
