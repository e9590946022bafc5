package dev.switchboard.bench;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.core.CoreActions;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.run.Limits;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.server.data.Database;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the flow runtime with every step persisted: engine overhead per step and per run
 * (a five-step flow of in-process {@code data.transform} steps, run by {@code runOnce}), and
 * sustained runs per second for a five-step flow of {@code http.request} steps against a local
 * stub, claimed from the durable queue by worker threads. On H2 (file) and PostgreSQL.
 *
 * <pre>{@code
 * mvn -q -pl benchmarks exec:java -Dexec.mainClass=dev.switchboard.bench.RuntimeBench \
 *     -Dexec.args="BENCHMARKS-runtime.md jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
 * }</pre>
 */
public final class RuntimeBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuntimeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "BENCHMARKS-runtime.md");
        String postgres = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else delayed ACKs add ~40 ms per stub call
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        byte[] body = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
        stub.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.setExecutor(Executors.newFixedThreadPool(4));
        stub.start();
        StringBuilder report = new StringBuilder("## Flow runtime (" + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")\n\n"
                + "| database | overhead per run (5 in-process steps, median) | per step | sustained runs/s (5 HTTP steps, 4 workers, every step persisted) |\n"
                + "|---|---|---|---|\n");
        try {
            Path h2dir = Files.createTempDirectory("bench-h2");
            report.append(measure("H2 (file)", "jdbc:h2:file:" + h2dir.resolve("db"), stub.getAddress().getPort(), h2dir));
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection(postgres); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
                try {
                    report.append(measure("PostgreSQL 127.0.0.1", postgres + "&currentSchema=" + schema,
                            stub.getAddress().getPort(), Files.createTempDirectory("bench-pg")));
                } finally {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } finally {
            stub.stop(0);
        }
        System.out.print(report);
        Files.writeString(output, report.toString());
        System.exit(0); // HTTP client and reactor threads would keep the harness alive
    }

    private static String measure(String name, String url, int stubPort, Path temp) throws Exception {
        try (Database db = Database.open(url)) {
            OutboundGuard guard = new OutboundGuard(List.of("127.0.0.1"));
            BlobStore blobs = new BlobStore(temp.resolve("blobs"));
            ActionRunner runner = new ActionRunner(Catalog.bundled(), new HttpEngine(guard, blobs, UnaryOperator.identity(),
                    Duration.ofSeconds(10)));
            CoreActions.register(runner, db.dataSource(), blobs, guard);
            Limits limits = Limits.DEFAULT.withRunsPerMinute(1_000_000).withActionsPerMonth(100_000_000L).withConcurrentRuns(64);
            try (FlowRuntime runtime = new FlowRuntime(db.dataSource(), runner, ConnectionSource.NONE, blobs, limits,
                    Clock.systemUTC(), "bench")) {
                JsonNode inProcess = flow("data.transform", "{\"expression\": \"$sum(data)\", \"data\": [1, 2, 3]}");
                List<Double> runMs = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    long start = System.nanoTime();
                    Run run = runtime.runOnce(inProcess, JSON.createObjectNode(), "bench");
                    if (run.status() != RunStatus.SUCCEEDED) {
                        throw new IllegalStateException("run " + run.id() + " ended " + run.status() + ": " + run.error());
                    }
                    if (i >= 50) {
                        runMs.add((System.nanoTime() - start) / 1e6);
                    }
                }
                Collections.sort(runMs);
                double median = runMs.get(runMs.size() / 2);

                JsonNode http = flow("http.request", "{\"method\": \"GET\", \"url\": \"http://127.0.0.1:" + stubPort + "/ping\"}");
                int runs = 600;
                for (int i = 0; i < 20; i++) {
                    runtime.runOnce(http, JSON.createObjectNode(), "bench"); // warm-up
                }
                long start = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    runtime.start("bench", "bench-flow", 1, http, JSON.createObjectNode(), JSON.createObjectNode(), null);
                }
                runtime.worker().start(4, Duration.ofMillis(5));
                while (finished(db) < runs + 20 + 250) {
                    Thread.onSpinWait();
                    Thread.sleep(5); // polling the database for completion; not a timing source
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                runtime.worker().close();
                return String.format("| %s | %.2f ms | %.2f ms | %.0f |%n", name, median, median / 5, runs / seconds);
            }
        }
    }

    private static long finished(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rows = st.executeQuery("SELECT COUNT(*) FROM flow_run WHERE status = 'SUCCEEDED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JsonNode flow(String action, String input) {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            steps.append(i > 1 ? "," : "").append("{\"id\": \"s").append(i).append("\", \"action\": \"").append(action)
                    .append("\", \"input\": ").append(input).append('}');
        }
        return JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"bench\", \"trigger\": {\"app\": \"manual\", "
                + "\"event\": \"run\"}, \"steps\": [" + steps + "], \"output\": \"{{ steps.s5 }}\"}");
    }
}
