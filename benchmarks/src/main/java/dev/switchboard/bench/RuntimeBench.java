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
import java.lang.management.ManagementFactory;
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
 * stub, claimed from the durable queue by worker threads. On H2 (file) and PostgreSQL. Besides
 * wall times it reports the process's CPU time per run, which the other work on a shared machine
 * disturbs less.
 *
 * <pre>{@code
 * mvn -q -pl benchmarks exec:java -Dexec.mainClass=dev.switchboard.bench.RuntimeBench \
 *     -Dexec.args="BENCHMARKS-runtime.md jdbc:postgresql://127.0.0.1:5432/test?user=postgres --workers 8 --runs 1000"
 * }</pre>
 */
public final class RuntimeBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuntimeBench() {
    }

    /** What to measure; see {@link #USAGE}. */
    record Options(Path output, String postgres, boolean h2, boolean pg, int workers, int runs, int warmup, boolean wireMock) {
    }

    static final String USAGE = """
            usage: RuntimeBench [OUTPUT.md] [POSTGRES_JDBC_URL] [--only h2|postgres] [--workers N] [--runs N] [--warmup N]
                                [--stub jdk|wiremock]
              OUTPUT.md          where the figures are written (default BENCHMARKS-runtime.md)
              POSTGRES_JDBC_URL  default jdbc:postgresql://127.0.0.1:5432/test?user=postgres (a schema is created and dropped)
              --only             measure one database only (default: both)
              --workers          worker threads claiming runs in the sustained phase (default 8)
              --runs             runs in the sustained phase (default 1000)
              --warmup           queued runs executed by the workers before anything is measured, untimed, so that
                                 the JIT compiler's warm-up stays out of the figures (default 0; 10000 settles it)
              --stub             the local HTTP stub the steps call, in this process: jdk (default; the JDK's HttpServer
                                 answering a fixed JSON) or wiremock (WireMock, as in the tests: far more CPU per request)
            """;

    static Options options(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean h2 = true;
        boolean pg = true;
        int workers = 8;
        int runs = 1000;
        int warmup = 0;
        boolean wireMock = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                System.exit(0);
            } else if (a.startsWith("--") && i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
            } else if (a.equals("--only")) {
                String which = args[++i];
                if (!which.equals("h2") && !which.equals("postgres")) {
                    throw new IllegalArgumentException("--only takes h2 or postgres, not '" + which + "'\n" + USAGE);
                }
                h2 = which.equals("h2");
                pg = which.equals("postgres");
            } else if (a.equals("--workers")) {
                workers = positive(a, args[++i]);
            } else if (a.equals("--runs")) {
                runs = positive(a, args[++i]);
            } else if (a.equals("--warmup")) {
                warmup = args[++i].equals("0") ? 0 : positive(a, args[i]);
            } else if (a.equals("--stub")) {
                String which = args[++i];
                if (!which.equals("jdk") && !which.equals("wiremock")) {
                    throw new IllegalArgumentException("--stub takes jdk or wiremock, not '" + which + "'\n" + USAGE);
                }
                wireMock = which.equals("wiremock");
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            } else {
                positional.add(a);
            }
        }
        return new Options(Path.of(positional.size() > 0 ? positional.get(0) : "BENCHMARKS-runtime.md"),
                positional.size() > 1 ? positional.get(1) : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", h2, pg, workers, runs, warmup,
                wireMock);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a whole number above 0, not '" + value + "'\n" + USAGE);
    }

    public static void main(String[] args) throws Exception {
        Options o = options(args);
        Stub stub = o.wireMock() ? Stub.wireMock() : Stub.jdk();
        StringBuilder report = new StringBuilder("## Flow runtime (" + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")\n\n"
                + "| database | overhead per run (5 in-process steps, median) | per step | JVM CPU per run | sustained runs/s (5 HTTP "
                + "steps, " + o.workers() + " workers, " + stub.name() + " stub, " + o.runs() + " runs, every step persisted) | JVM CPU per run (harness and "
                + "stub included) | queueing a run |\n|---|---|---|---|---|---|---|\n");
        try {
            if (o.h2()) {
                Path h2dir = Files.createTempDirectory("bench-h2");
                report.append(measure("H2 (file)", "jdbc:h2:file:" + h2dir.resolve("db"), stub.port(), h2dir, o));
            }
            if (o.pg()) {
                String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                try (Connection c = DriverManager.getConnection(o.postgres()); Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + schema);
                    try {
                        report.append(measure("PostgreSQL 127.0.0.1", o.postgres() + "&currentSchema=" + schema
                                + "&ApplicationName=" + BACKENDS,
                                stub.port(), Files.createTempDirectory("bench-pg"), o));
                    } finally {
                        st.execute("DROP SCHEMA " + schema + " CASCADE");
                    }
                }
            }
        } finally {
            stub.stop().run();
        }
        System.out.print(report);
        Files.writeString(o.output(), report.toString());
        System.exit(0); // HTTP client and reactor threads would keep the harness alive
    }

    private static String measure(String name, String url, int stubPort, Path temp, Options o) throws Exception {
        try (Database db = Database.open(url)) {
            OutboundGuard guard = new OutboundGuard(List.of("127.0.0.1"));
            BlobStore blobs = new BlobStore(temp.resolve("blobs"));
            ActionRunner runner = new ActionRunner(Catalog.bundled(), new HttpEngine(guard, blobs, UnaryOperator.identity(),
                    Duration.ofSeconds(10)));
            CoreActions.register(runner, db.dataSource(), blobs, guard);
            Limits limits = Limits.DEFAULT.withRunsPerMinute(1_000_000).withActionsPerMonth(100_000_000L).withConcurrentRuns(64);
            try (FlowRuntime runtime = new FlowRuntime(db.dataSource(), runner, ConnectionSource.NONE, blobs, limits,
                    Clock.systemUTC(), "bench")) {
                JsonNode http = flow("http.request", "{\"method\": \"GET\", \"url\": \"http://127.0.0.1:" + stubPort + "/ping\"}");
                warmUp(db, runner, blobs, limits, http, o); // before both measures: they are of compiled code
                JsonNode inProcess = flow("data.transform", "{\"expression\": \"$sum(data)\", \"data\": [1, 2, 3]}");
                List<Double> runMs = new ArrayList<>();
                long cpuAtStart = 0;
                for (int i = 0; i < 250; i++) {
                    if (i == 50) {
                        cpuAtStart = cpuNanos();
                    }
                    long start = System.nanoTime();
                    Run run = runtime.runOnce(inProcess, JSON.createObjectNode(), "bench");
                    if (run.status() != RunStatus.SUCCEEDED) {
                        throw new IllegalStateException("run " + run.id() + " ended " + run.status() + ": " + run.error());
                    }
                    if (i >= 50) {
                        runMs.add((System.nanoTime() - start) / 1e6);
                    }
                }
                double cpuPerRun = (cpuNanos() - cpuAtStart) / 1e6 / 200;
                Collections.sort(runMs);
                double median = runMs.get(runMs.size() / 2);

                int runs = o.runs();
                for (int i = 0; i < 20; i++) {
                    runtime.runOnce(http, JSON.createObjectNode(), "bench"); // warm-up
                }
                long finishedBefore = finished(db);
                long enqueueStart = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    runtime.start("bench", "bench-flow", 1, http, JSON.createObjectNode(), JSON.createObjectNode(), null);
                }
                double enqueueMs = (System.nanoTime() - enqueueStart) / 1e6 / runs;
                // the sustained rate counts from the workers' start to the last run's end; queueing is measured apart
                long cpuBefore = cpuNanos();
                long serverBefore = postgresCpuMillis();
                long backendsBefore = backendCpuMillis(db);
                java.util.Map<Long, Long> threadsBefore = threadCpu();
                long[] jvmBefore = jitAndGcMillis();
                long start = System.nanoTime();
                runtime.worker().start(o.workers(), Duration.ofMillis(5));
                while (finished(db) < finishedBefore + runs) {
                    Thread.onSpinWait();
                    Thread.sleep(20); // polling the database for completion (not a timing source; 20 ms of a few seconds)
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuPerSustainedRun = (cpuNanos() - cpuBefore) / 1e6 / runs;
                double serverPerRun = (postgresCpuMillis() - serverBefore) / (double) runs;
                double backendsPerRun = (backendCpuMillis(db) - backendsBefore) / (double) runs;
                String byThread = cpuByThread(threadsBefore, runs);
                long[] jvmAfter = jitAndGcMillis();
                byThread += String.format("; JIT compiling %.2f ms, garbage collection %.2f ms (time the compiler threads and the "
                        + "collector spent in the phase, per run)", (jvmAfter[0] - jvmBefore[0]) / (double) runs,
                        (jvmAfter[1] - jvmBefore[1]) / (double) runs);
                runtime.worker().close();
                String counts = counted(db, runner, blobs, limits, inProcess, http);
                return String.format("| %s | %.2f ms | %.2f ms | %.2f ms | %.0f | %.2f ms | %.2f ms |%n", name, median, median / 5, cpuPerRun,
                        runs / seconds, cpuPerSustainedRun, enqueueMs) + "\n" + name + ", CPU per sustained run by thread: " + byThread
                        + (url.startsWith("jdbc:postgresql:") ? String.format("; PostgreSQL: this benchmark's backends %.2f ms, all "
                        + "of the server's processes %.2f ms (other users included)", backendsPerRun, serverPerRun) : "") + "\n\n" + name + ", " + counts + "\n\n";
            }
        }
    }

    /**
     * Runs {@code o.warmup()} queued runs through workers of a second runtime, untimed, so that the
     * measures that follow see compiled code: with 3,000 runs and no warm-up, the JIT compiler's
     * threads were still busy during much of the phase.
     */
    private static void warmUp(Database db, ActionRunner runner, BlobStore blobs, Limits limits, JsonNode http, Options o)
            throws Exception {
        if (o.warmup() == 0) {
            return;
        }
        try (FlowRuntime runtime = new FlowRuntime(db.dataSource(), runner, ConnectionSource.NONE, blobs, limits, Clock.systemUTC(),
                "bench-warmup")) {
            long target = finished(db) + o.warmup();
            for (int i = 0; i < o.warmup(); i++) {
                runtime.start("bench", "bench-flow", 1, http, JSON.createObjectNode(), JSON.createObjectNode(), null);
            }
            runtime.worker().start(o.workers(), Duration.ofMillis(5));
            while (finished(db) < target) {
                Thread.sleep(20); // polling for completion; not a timing source
            }
            runtime.worker().close();
        }
    }

    /**
     * What one run sends to the database, counted through a {@link CountingDataSource} by a second
     * runtime after the timed phases (so that counting costs nothing there): per in-process run of
     * {@code runOnce}, and per queued HTTP run executed by one worker thread.
     */
    private static String counted(Database db, ActionRunner runner, BlobStore blobs, Limits limits, JsonNode inProcess, JsonNode http)
            throws Exception {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        int n = 50;
        try (FlowRuntime runtime = new FlowRuntime(counting.dataSource(), runner, ConnectionSource.NONE, blobs, limits,
                Clock.systemUTC(), "bench-count")) {
            long[] before = snapshot(counting);
            for (int i = 0; i < n; i++) {
                runtime.runOnce(inProcess, JSON.createObjectNode(), "bench");
            }
            String once = perRun(counting, before, n);
            long done = finished(db);
            for (int i = 0; i < n; i++) {
                runtime.start("bench", "bench-flow", 1, http, JSON.createObjectNode(), JSON.createObjectNode(), null);
            }
            before = snapshot(counting);
            runtime.worker().start(1, Duration.ofMillis(5));
            while (finished(db) < done + n) {
                Thread.sleep(20); // polling for completion; not a timing source
            }
            runtime.worker().close();
            return "statements / round trips (JDBC executions: on PostgreSQL one may carry several statements) / transactions / "
                    + "pooled connections per run: runOnce of 5 in-process steps " + once
                    + "; queued run of 5 HTTP steps, one worker thread " + perRun(counting, before, n);
        }
    }

    private static long[] snapshot(CountingDataSource c) {
        return new long[] {c.parts().get(), c.statements().get(), c.transactions().get(), c.connections().get()};
    }

    private static String perRun(CountingDataSource c, long[] before, int runs) {
        long[] now = snapshot(c);
        return String.format("%.1f / %.1f / %.1f / %.1f", (now[0] - before[0]) / (double) runs, (now[1] - before[1]) / (double) runs,
                (now[2] - before[2]) / (double) runs, (now[3] - before[3]) / (double) runs);
    }

    /** The PostgreSQL application name of the benchmark's connections, to find their server processes. */
    private static final String BACKENDS = "switchboard-runtime-bench";

    /**
     * CPU time so far of the PostgreSQL server processes serving this benchmark's connections, in ms
     * (from /proc; the pool keeps its connections, so the same processes serve the whole phase).
     */
    private static long backendCpuMillis(Database db) throws Exception {
        java.util.Set<String> pids = new java.util.HashSet<>();
        try (Connection c = db.dataSource().getConnection()) {
            if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                return 0;
            }
            try (Statement st = c.createStatement();
                    ResultSet rows = st.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = '" + BACKENDS + "'")) {
                while (rows.next()) {
                    pids.add(String.valueOf(rows.getInt(1)));
                }
            }
        }
        return cpuMillis(pids::contains);
    }

    /**
     * CPU time so far of every process named postgres on this machine, in ms (from /proc; the
     * server in these runs is local). Other users of the server are included; 0 when unreadable.
     */
    private static long postgresCpuMillis() {
        return cpuMillis(pid -> true);
    }

    private static long cpuMillis(java.util.function.Predicate<String> pid) {
        long ticks = 0;
        java.io.File[] procs = new java.io.File("/proc").listFiles((d, f) -> f.chars().allMatch(Character::isDigit) && pid.test(f));
        for (java.io.File p : procs == null ? new java.io.File[0] : procs) {
            try {
                String stat = Files.readString(p.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                    continue;
                }
                String[] f = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15 of stat)
            } catch (java.io.IOException | RuntimeException e) {
                // the process ended meanwhile
            }
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** The local HTTP stub every step calls: a fixed {@code {"ok": true}} for any request. */
    record Stub(String name, int port, Runnable stop) {

        static Stub jdk() throws java.io.IOException {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // else delayed ACKs add ~40 ms per stub call
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            byte[] body = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return new Stub("JDK HttpServer", server.getAddress().getPort(), () -> server.stop(0));
        }

        static Stub wireMock() {
            com.github.tomakehurst.wiremock.WireMockServer server = new com.github.tomakehurst.wiremock.WireMockServer(
                    com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\": true}")));
            return new Stub("WireMock", server.port(), server::stop);
        }
    }

    /** CPU time so far of every live thread, by thread id. */
    private static java.util.Map<Long, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            out.put(id, Math.max(0, mx.getThreadCpuTime(id)));
        }
        return out;
    }

    /**
     * Where the sustained phase's CPU went, per run, by kind of thread: the workers (engine and,
     * for H2, the database, which runs in the caller's thread), the action threads, the JDK HTTP
     * client, the stub. Threads that ended during the phase are missing (the process figure has them).
     */
    private static String cpuByThread(java.util.Map<Long, Long> before, int runs) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long used = Math.max(0, mx.getThreadCpuTime(t.getThreadId())) - before.getOrDefault(t.getThreadId(), 0L);
            String group = t.getThreadName().replaceAll("[-#]?\\d+", "").replaceAll("-bench.*", "");
            groups.merge(group, used, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        groups.entrySet().stream().filter(e -> e.getValue() / 1e6 / runs >= 0.05)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(String.format("%s %.2f ms", e.getKey(), e.getValue() / 1e6 / runs)));
        return out.toString();
    }

    /**
     * Milliseconds so far that the JIT compiler spent compiling and the garbage collectors spent
     * collecting: the JVM's own work, done by threads that the per-thread figures do not list.
     */
    private static long[] jitAndGcMillis() {
        long gc = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        return new long[] {ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc};
    }

    /** CPU time of this whole process (every thread, the embedded H2 included; not the PostgreSQL server). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
