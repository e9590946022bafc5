package dev.switchboard.server.mcp;

import dev.switchboard.catalog.search.Suggestions;
import dev.switchboard.server.auth.Caller;
import io.micrometer.core.instrument.Timer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tools/list} and {@code tools/call}. A tool is callable by exactly the callers it is
 * listed for: the call looks the name up in the caller's own list.
 */
final class ToolMethods {

    private static final Logger LOG = LoggerFactory.getLogger(ToolMethods.class);

    private final Extensions extensions;
    private final McpMetrics metrics;
    private final McpJsonMapper json;
    private final int pageSize;
    private final Function<String, McpSchema.LoggingLevel> minimumLevel;
    private final ArgumentCheck argumentCheck = new ArgumentCheck();
    private final ToolJson toolJson;
    private static final long LISTING_REUSE_NANOS = 5_000_000_000L;
    private final java.util.Map<ListingKey, Listing> listings = new java.util.concurrent.ConcurrentHashMap<>();

    ToolMethods(Extensions extensions, McpMetrics metrics, McpJsonMapper json, int pageSize,
            Function<String, McpSchema.LoggingLevel> minimumLevel) {
        this.extensions = extensions;
        this.metrics = metrics;
        this.json = json;
        this.toolJson = new ToolJson(json);
        this.pageSize = pageSize;
        this.minimumLevel = minimumLevel;
    }

    /**
     * A page of the caller's tools, written as JSON from each tool's cached text (see
     * {@link ToolJson}). Tools whose calls may run as tasks carry {@code execution.taskSupport}.
     */
    Object list(Caller caller, Scope scope, Object params) {
        String cursor = params == null ? null : json.convertValue(params, McpSchema.PaginatedRequest.class).cursor();
        List<ServedTool> all = listing(caller, scope, cursor == null);
        Page<ServedTool> page = Page.of(all, cursor, pageSize);
        List<ServedTool> items = page.items();
        boolean tasks = tasksOn();
        return toolJson.page(items.stream().map(ServedTool::tool).toList(),
                i -> tasks && items.get(i).handler() instanceof TaskHandler, page.nextCursor());
    }

    /** A {@code tools/call}; with a {@code task} parameter, it starts the call as a task and answers with the task. */
    Object call(Caller caller, Scope scope, McpAsyncServerExchange exchange, Object params) {
        McpSchema.CallToolRequest request;
        try {
            request = json.convertValue(params, McpSchema.CallToolRequest.class);
        } catch (RuntimeException e) {
            throw McpProtocol.invalidParams("tools/call needs {\"name\": string, \"arguments\": object}");
        }
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw McpProtocol.invalidParams("tools/call needs \"name\": the tool to call (tools/list shows them)");
        }
        Object task = params instanceof Map<?, ?> map ? map.get("task") : null;
        Timer.Sample sample = metrics.start();
        List<ServedTool> tools = served(caller, scope);
        Optional<ServedTool> found = tools.stream().filter(t -> t.name().equals(request.name())).findFirst();
        if (found.isEmpty()) {
            metrics.toolCall(sample, "unknown", "unknown_tool");
            return unknownTool(request.name(), tools);
        }
        ServedTool tool = found.get();
        if (task != null && !(tasksOn() && tool.handler() instanceof TaskHandler)) {
            metrics.toolCall(sample, tool.name(), "task_refused");
            throw McpError.builder(McpSchema.ErrorCodes.METHOD_NOT_FOUND).message("Tool '" + tool.name()
                    + "' cannot run as a task (tools/list shows execution.taskSupport on those that can); call it without \"task\"")
                    .build();
        }
        List<String> problems = argumentCheck.problems(tool.tool().inputSchema(), request.arguments());
        if (!problems.isEmpty() && task != null) {
            metrics.toolCall(sample, tool.name(), "invalid_arguments");
            throw McpProtocol.invalidParams("Invalid arguments for tool '" + tool.name() + "': " + String.join("; ", problems)
                    + "; no task was started.");
        }
        if (!problems.isEmpty()) {
            metrics.toolCall(sample, tool.name(), "invalid_arguments");
            return errorResult("Invalid arguments for tool '" + tool.name() + "': " + String.join("; ", problems)
                    + ". The tool's inputSchema in tools/list says what it accepts.");
        }
        Object progressToken = request.meta() == null ? null : request.meta().get("progressToken");
        ClientChannel channel = new ClientChannel(new McpSyncServerExchange(exchange), progressToken,
                () -> minimumLevel.apply(exchange.sessionId()));
        ToolCall call = new ToolCall(caller, tool.name(), request.arguments(), channel, request.meta());
        if (task != null) {
            Map<String, Object> created = startTask((TaskHandler) tool.handler(), call, TaskMethods.requestedTtl(task));
            metrics.toolCall(sample, tool.name(), "task_started");
            return created;
        }
        McpSchema.CallToolResult result = run(tool, call);
        metrics.toolCall(sample, tool.name(), Boolean.TRUE.equals(result.isError()) ? "tool_error" : "ok");
        return result;
    }

    private static Map<String, Object> startTask(TaskHandler handler, ToolCall call, Long ttl) {
        try {
            return TaskMethods.created(handler.start(call, ttl), call.name());
        } catch (ToolException e) {
            throw McpProtocol.invalidParams(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw McpProtocol.invalidParams("Tool '" + call.name() + "' was interrupted before its task started");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("starting a task of " + call.name() + " failed", e);
        }
    }

    private boolean tasksOn() {
        return extensions.tasks().isPresent();
    }

    private McpSchema.CallToolResult run(ServedTool tool, ToolCall call) {
        try {
            McpSchema.CallToolResult result = tool.handler().call(call);
            if (result == null) {
                throw new IllegalStateException("tool " + tool.name() + " returned no result");
            }
            return result;
        } catch (ToolException e) {
            return errorResult(e.getMessage());
        } catch (McpError e) {
            String message = e.getJsonRpcError() == null ? "the client refused the request" : e.getJsonRpcError().message();
            return errorResult("Tool '" + tool.name() + "' could not complete: " + message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return errorResult("Tool '" + tool.name() + "' was interrupted");
        } catch (Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("tool {} failed (reference {})", tool.name(), reference, e);
            return errorResult("Tool '" + tool.name() + "' failed with an internal error (reference " + reference
                    + "); the server log has details");
        }
    }

    /**
     * The caller's full tool list for paging. A client walks thousands of tools in dozens of
     * requests within a second or two: the first page builds the list, the following pages reuse
     * it for a few seconds instead of rebuilding it each time (a change still reaches clients
     * through notifications/tools/list_changed).
     */
    private List<ServedTool> listing(Caller caller, Scope scope, boolean firstPage) {
        ListingKey key = new ListingKey(caller, scope);
        Listing cached = listings.get(key);
        long now = System.nanoTime();
        if (!firstPage && cached != null && now - cached.builtAt() < LISTING_REUSE_NANOS) {
            return cached.tools();
        }
        List<ServedTool> tools = served(caller, scope);
        if (listings.size() > 1_000) {
            listings.clear();
        }
        listings.put(key, new Listing(tools, now));
        return tools;
    }

    private record ListingKey(Caller caller, Scope scope) {
    }

    private record Listing(List<ServedTool> tools, long builtAt) {
    }

    private List<ServedTool> served(Caller caller, Scope scope) {
        List<ServedTool> all = new ArrayList<>();
        for (ToolProvider provider : extensions.toolProviders()) {
            for (ServedTool tool : provider.tools(caller)) {
                if (scope.includes(tool.name())) {
                    all.add(tool);
                }
            }
        }
        return all;
    }

    private static McpSchema.CallToolResult unknownTool(String name, List<ServedTool> tools) {
        List<String> names = tools.stream().map(ServedTool::name).toList();
        List<String> close = Suggestions.closest(name, names, 3);
        String hint = close.isEmpty() ? "" : " Did you mean: " + String.join(", ", close) + "?";
        return errorResult("Unknown tool '" + name + "'." + hint + " tools/list shows every tool you can call.");
    }

    static McpSchema.CallToolResult errorResult(String message) {
        return McpSchema.CallToolResult.builder()
                .content(List.of(new McpSchema.TextContent(message)))
                .isError(true)
                .build();
    }
}
