package dev.switchboard.server.mcp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Request counts and latencies per MCP method and per tool, exported at {@code /metrics} as
 * {@code mcp_requests_seconds_*} and {@code mcp_tool_calls_seconds_*}.
 *
 * <pre>{@code
 * Timer.Sample sample = metrics.start();
 * metrics.request(sample, "tools/list", "ok");
 * }</pre>
 */
public final class McpMetrics {

    private final MeterRegistry registry;

    public McpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry {@code /metrics} exports: these metrics plus the JVM's memory, threads and uptime. */
    public static PrometheusMeterRegistry prometheusRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public Timer.Sample start() {
        return Timer.start(registry);
    }

    /** @param outcome {@code ok} or {@code error} (a JSON-RPC error was returned) */
    public void request(Timer.Sample sample, String method, String outcome) {
        sample.stop(Timer.builder("mcp.requests")
                .description("MCP requests by method and outcome")
                .tag("method", method)
                .tag("outcome", outcome)
                .register(registry));
    }

    /** @param outcome {@code ok}, {@code tool_error} (an isError result) or {@code unknown_tool} */
    public void toolCall(Timer.Sample sample, String tool, String outcome) {
        sample.stop(Timer.builder("mcp.tool.calls")
                .description("MCP tool calls by tool and outcome")
                .tag("tool", tool)
                .tag("outcome", outcome)
                .register(registry));
    }
}
