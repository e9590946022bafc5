package dev.switchboard.server.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON mapper the transports write with, adding {@code capabilities.tasks} to the answer of
 * {@code initialize}: the SDK's {@code ServerCapabilities} has no field for it, and the
 * transports serialize the SDK's records themselves. Everything else passes through unchanged.
 *
 * <pre>{@code
 * McpJsonMapper json = new TaskCapabilityJson(new JacksonMcpJsonMapper(JsonMapper.builder().build()), tasks::capability);
 * }</pre>
 */
final class TaskCapabilityJson implements McpJsonMapper {

    private final McpJsonMapper delegate;
    private final Supplier<Map<String, Object>> capability;

    TaskCapabilityJson(McpJsonMapper delegate, Supplier<Map<String, Object>> capability) {
        this.delegate = delegate;
        this.capability = capability;
    }

    @Override
    public <T> T readValue(String content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(String content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T convertValue(Object value, Class<T> type) {
        return delegate.convertValue(value, type);
    }

    @Override
    public <T> T convertValue(Object value, TypeRef<T> type) {
        return delegate.convertValue(value, type);
    }

    @Override
    public String writeValueAsString(Object value) throws IOException {
        return delegate.writeValueAsString(withTasks(value));
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return delegate.writeValueAsBytes(withTasks(value));
    }

    private Object withTasks(Object value) {
        Map<String, Object> tasks = capability.get();
        if (tasks == null || !(value instanceof McpSchema.JSONRPCResponse response)
                || !(response.result() instanceof McpSchema.InitializeResult)) {
            return value;
        }
        Map<String, Object> result = new LinkedHashMap<>(delegate.convertValue(response.result(), new TypeRef<Map<String, Object>>() {
        }));
        Map<String, Object> capabilities = result.get("capabilities") instanceof Map<?, ?> c
                ? new LinkedHashMap<>(delegate.convertValue(c, new TypeRef<Map<String, Object>>() {
                })) : new LinkedHashMap<>();
        capabilities.put("tasks", tasks);
        result.put("capabilities", capabilities);
        return new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), result, response.error());
    }
}
