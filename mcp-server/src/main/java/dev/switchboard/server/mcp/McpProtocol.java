package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.micrometer.core.instrument.Timer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpNotificationHandler;
import io.modelcontextprotocol.server.McpRequestHandler;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every MCP method. It plugs into the SDK's transports (Streamable HTTP, stdio) as their
 * request-handler table, in place of the SDK's own server class, because tools here are listed
 * per caller, paginated, and resolved through the same per-caller list when called.
 *
 * <pre>{@code
 * McpProtocol protocol = new McpProtocol(extensions, metrics, jsonMapper, 100, "0.1.0", null);
 * transport.setSessionFactory(new DefaultMcpStreamableServerSessionFactory(timeout,
 *         protocol::initialize, protocol.requestHandlers(), protocol.notificationHandlers()));
 * }</pre>
 */
public final class McpProtocol {

    /** Newest first; a client asking for another revision is offered the newest. */
    public static final List<String> PROTOCOL_VERSIONS = List.of(ProtocolVersions.MCP_2025_11_25,
            ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2024_11_05);

    /** Key of the {@link Caller} in the transport context. */
    public static final String CALLER_KEY = "caller";

    /** Key of the {@link Scope} in the transport context. */
    public static final String SCOPE_KEY = "scope";

    private static final Logger LOG = LoggerFactory.getLogger(McpProtocol.class);

    private final McpMetrics metrics;
    private final McpJsonMapper json;
    private final String version;
    private final Caller fallbackCaller;
    private final Map<String, McpSchema.LoggingLevel> logLevels = new ConcurrentHashMap<>();
    private final ToolMethods tools;
    private final ResourceMethods resources;
    private final PromptMethods prompts;
    private final TaskMethods tasks;

    /**
     * @param fallbackCaller the caller when the transport carries none (stdio: the local user);
     *                       null to refuse such requests
     */
    public McpProtocol(Extensions extensions, McpMetrics metrics, McpJsonMapper json, int pageSize,
            String version, Caller fallbackCaller) {
        this.metrics = metrics;
        this.json = json;
        this.version = version;
        this.fallbackCaller = fallbackCaller;
        this.tools = new ToolMethods(extensions, metrics, json, pageSize, this::minimumLevel);
        this.resources = new ResourceMethods(extensions, json, pageSize);
        this.prompts = new PromptMethods(extensions, json, pageSize);
        this.tasks = new TaskMethods(extensions, pageSize);
    }

    /**
     * The JSON mapper to give the transports: Jackson 3, plus the {@code tasks} capability in the
     * answer to {@code initialize} when a task provider is set (the SDK's records cannot carry it).
     */
    public static McpJsonMapper jsonMapper(Extensions extensions) {
        return new TaskCapabilityJson(new JacksonMcpJsonMapper(JsonMapper.builder().build()),
                () -> TaskMethods.capability(extensions));
    }

    public Mono<McpSchema.InitializeResult> initialize(McpSchema.InitializeRequest request) {
        String requested = request.protocolVersion();
        String chosen = PROTOCOL_VERSIONS.contains(requested) ? requested : PROTOCOL_VERSIONS.get(0);
        McpSchema.ServerCapabilities capabilities = McpSchema.ServerCapabilities.builder()
                .tools(true)
                .resources(true, true)
                .prompts(true)
                .logging()
                .completions()
                .build();
        McpSchema.Implementation info = McpSchema.Implementation.builder("switchboard", version)
                .build();
        return Mono.just(McpSchema.InitializeResult.builder(chosen, capabilities, info)
                .instructions("Switchboard serves connector actions (<app>__<action>) and published flows "
                        + "(flow__<slug>) as tools.")
                .build());
    }

    public Map<String, McpRequestHandler<?>> requestHandlers() {
        Map<String, McpRequestHandler<?>> handlers = new HashMap<>();
        handlers.put(McpSchema.METHOD_PING, (exchange, params) -> Mono.just(Map.of()));
        handlers.put(McpSchema.METHOD_TOOLS_LIST, blocking(McpSchema.METHOD_TOOLS_LIST,
                (exchange, params) -> tools.list(callerOf(exchange), scopeOf(exchange), params)));
        handlers.put(McpSchema.METHOD_TOOLS_CALL, blocking(McpSchema.METHOD_TOOLS_CALL,
                (exchange, params) -> tools.call(callerOf(exchange), scopeOf(exchange), exchange, params)));
        handlers.put(McpSchema.METHOD_RESOURCES_LIST, blocking(McpSchema.METHOD_RESOURCES_LIST,
                (exchange, params) -> resources.list(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, blocking(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST,
                (exchange, params) -> resources.templates(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_RESOURCES_READ, blocking(McpSchema.METHOD_RESOURCES_READ,
                (exchange, params) -> resources.read(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_RESOURCES_SUBSCRIBE, blocking(McpSchema.METHOD_RESOURCES_SUBSCRIBE,
                (exchange, params) -> resources.subscribe(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, blocking(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE,
                (exchange, params) -> resources.subscribe(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_PROMPT_LIST, blocking(McpSchema.METHOD_PROMPT_LIST,
                (exchange, params) -> prompts.list(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_PROMPT_GET, blocking(McpSchema.METHOD_PROMPT_GET,
                (exchange, params) -> prompts.get(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_COMPLETION_COMPLETE, blocking(McpSchema.METHOD_COMPLETION_COMPLETE,
                (exchange, params) -> prompts.complete(callerOf(exchange), params)));
        handlers.put("tasks/get", blocking("tasks/get", (exchange, params) -> tasks.get(callerOf(exchange), params)));
        handlers.put("tasks/result", blocking("tasks/result", (exchange, params) -> tasks.result(callerOf(exchange),
                new ClientChannel(new McpSyncServerExchange(exchange), progressToken(params), () -> minimumLevel(exchange.sessionId())),
                params)));
        handlers.put("tasks/list", blocking("tasks/list", (exchange, params) -> tasks.list(callerOf(exchange), params)));
        handlers.put("tasks/cancel", blocking("tasks/cancel", (exchange, params) -> tasks.cancel(callerOf(exchange), params)));
        handlers.put(McpSchema.METHOD_LOGGING_SET_LEVEL, blocking(McpSchema.METHOD_LOGGING_SET_LEVEL,
                this::setLevel));
        return handlers;
    }

    public Map<String, McpNotificationHandler> notificationHandlers() {
        Map<String, McpNotificationHandler> handlers = new HashMap<>();
        handlers.put(McpSchema.METHOD_NOTIFICATION_INITIALIZED, (exchange, params) -> Mono.empty());
        handlers.put(McpSchema.METHOD_NOTIFICATION_ROOTS_LIST_CHANGED, (exchange, params) -> Mono.empty());
        handlers.put("notifications/cancelled", (exchange, params) -> Mono.empty());
        return handlers;
    }

    /** Forgets what was kept for a session once its transport closes it. */
    public Mono<Void> sessionClosed(String sessionId) {
        return Mono.fromRunnable(() -> {
            if (sessionId != null) {
                logLevels.remove(sessionId);
            }
        });
    }

    private Object setLevel(McpAsyncServerExchange exchange, Object params) {
        McpSchema.SetLevelRequest request = convert(params, McpSchema.SetLevelRequest.class, "logging/setLevel");
        if (request.level() == null) {
            throw invalidParams("logging/setLevel needs \"level\": one of debug, info, notice, warning, error, critical, alert, emergency");
        }
        if (exchange.sessionId() != null) {
            logLevels.put(exchange.sessionId(), request.level());
        }
        return Map.of();
    }

    McpSchema.LoggingLevel minimumLevel(String sessionId) {
        return sessionId == null ? McpSchema.LoggingLevel.DEBUG
                : logLevels.getOrDefault(sessionId, McpSchema.LoggingLevel.DEBUG);
    }

    Caller callerOf(McpAsyncServerExchange exchange) {
        Object caller = exchange.transportContext() == null ? null : exchange.transportContext().get(CALLER_KEY);
        if (caller instanceof Caller known) {
            return known;
        }
        if (fallbackCaller != null) {
            return fallbackCaller;
        }
        throw McpError.builder(-32001).message("authentication required").build();
    }

    /** The {@code _meta.progressToken} of a request's params, or null. */
    static Object progressToken(Object params) {
        return params instanceof Map<?, ?> map && map.get("_meta") instanceof Map<?, ?> meta ? meta.get("progressToken") : null;
    }

    static Scope scopeOf(McpAsyncServerExchange exchange) {
        Object scope = exchange.transportContext() == null ? null : exchange.transportContext().get(SCOPE_KEY);
        return scope instanceof Scope known ? known : Scope.ALL;
    }

    private <T> T convert(Object params, Class<T> type, String method) {
        try {
            return json.convertValue(params == null ? Map.of() : params, type);
        } catch (RuntimeException e) {
            throw invalidParams("invalid params for " + method + ": check the field types against the MCP specification");
        }
    }

    static McpError invalidParams(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message(message).build();
    }

    /**
     * Runs a handler off the transport's threads, records its metrics, and turns unexpected
     * exceptions into an internal error with a reference instead of a stack trace.
     */
    private <T> McpRequestHandler<T> blocking(String method, BiFunction<McpAsyncServerExchange, Object, T> body) {
        return (exchange, params) -> Mono.fromCallable(() -> {
            Timer.Sample sample = metrics.start();
            try {
                T result = body.apply(exchange, params);
                metrics.request(sample, method, "ok");
                return result;
            } catch (McpError e) {
                metrics.request(sample, method, "error");
                throw e;
            } catch (RuntimeException e) {
                metrics.request(sample, method, "error");
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("{} failed (reference {})", method, reference, e);
                throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                        .message("internal error in " + method + " (reference " + reference + "); the server log has details")
                        .build();
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
