package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code tasks/get}, {@code tasks/result}, {@code tasks/list} and {@code tasks/cancel}
 * (protocol 2025-11-25; the SDK has none of them). Each request is answered for the caller's own
 * tasks: an unknown task id and another owner's look the same.
 */
final class TaskMethods {

    /** The key that ties a message to its task, per the specification. */
    static final String RELATED_TASK = "io.modelcontextprotocol/related-task";

    private final Extensions extensions;
    private final int pageSize;

    TaskMethods(Extensions extensions, int pageSize) {
        this.extensions = extensions;
        this.pageSize = pageSize;
    }

    /** What {@code initialize} declares under {@code capabilities.tasks}, or null when no provider is set. */
    static Map<String, Object> capability(Extensions extensions) {
        if (extensions.tasks().isEmpty()) {
            return null;
        }
        return Map.of("list", Map.of(), "cancel", Map.of(), "requests", Map.of("tools", Map.of("call", Map.of())));
    }

    Map<String, Object> get(Caller caller, Object params) {
        String id = taskId(params, "tasks/get");
        return provider().get(caller, id).orElseThrow(() -> unknown(id)).toWire();
    }

    McpSchema.CallToolResult result(Caller caller, ClientChannel client, Object params) {
        String id = taskId(params, "tasks/result");
        McpSchema.CallToolResult result;
        try {
            result = provider().result(caller, id, client).orElseThrow(() -> unknown(id));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                    .message("the server stopped while waiting for task " + id + "; ask tasks/result again").build();
        }
        Map<String, Object> meta = result.meta() == null ? new HashMap<>() : new HashMap<>(result.meta());
        meta.put(RELATED_TASK, Map.of("taskId", id));
        McpSchema.CallToolResult.Builder answer = McpSchema.CallToolResult.builder().content(result.content())
                .isError(result.isError()).meta(meta);
        if (result.structuredContent() != null) {
            answer.structuredContent(result.structuredContent());
        }
        return answer.build();
    }

    Map<String, Object> list(Caller caller, Object params) {
        String cursor = params instanceof Map<?, ?> map && map.get("cursor") instanceof String c ? c : null;
        TaskProvider.TaskPage page;
        try {
            page = provider().list(caller, cursor, pageSize);
        } catch (IllegalArgumentException e) {
            throw McpProtocol.invalidParams("invalid cursor for tasks/list: pass the nextCursor of the previous page "
                    + "unchanged, or no cursor for the first page");
        }
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("tasks", page.tasks().stream().map(Task::toWire).toList());
        if (page.nextCursor() != null) {
            wire.put("nextCursor", page.nextCursor());
        }
        return wire;
    }

    Map<String, Object> cancel(Caller caller, Object params) {
        String id = taskId(params, "tasks/cancel");
        Task task = provider().get(caller, id).orElseThrow(() -> unknown(id));
        if (task.status().terminal()) {
            throw McpProtocol.invalidParams("task " + id + " has already ended (" + task.status().wire() + "); there is nothing to cancel");
        }
        return provider().cancel(caller, id).orElseThrow(() -> unknown(id)).toWire();
    }

    /** The answer to a task-augmented {@code tools/call}: the new task, and a line for the model meanwhile. */
    static Map<String, Object> created(Task task, String toolName) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("task", task.toWire());
        wire.put("_meta", Map.of("io.modelcontextprotocol/model-immediate-response", "The tool " + toolName
                + " is running as task " + task.taskId() + "; its result will follow."));
        return wire;
    }

    /** The {@code ttl} of a task-augmented request's {@code task} parameter, or null. */
    static Long requestedTtl(Object task) {
        return task instanceof Map<?, ?> map && map.get("ttl") instanceof Number ttl ? ttl.longValue() : null;
    }

    private TaskProvider provider() {
        return extensions.tasks().orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.METHOD_NOT_FOUND)
                .message("this server runs no tasks").build());
    }

    private static String taskId(Object params, String method) {
        if (params instanceof Map<?, ?> map && map.get("taskId") instanceof String id && !id.isBlank()) {
            return id;
        }
        throw McpProtocol.invalidParams(method + " needs {\"taskId\": string}: the id a task-augmented tools/call "
                + "or tasks/list gave");
    }

    private static McpError unknown(String id) {
        return McpProtocol.invalidParams("Failed to retrieve task: no task '" + id + "'; tasks/list shows your tasks");
    }
}
