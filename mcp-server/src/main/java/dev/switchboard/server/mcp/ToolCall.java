package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a tool: who calls, with which arguments (and the request's {@code _meta}), and
 * the channel back to their client for progress, log messages, sampling and elicitation.
 *
 * <pre>{@code
 * String text = (String) call.arguments().get("text");
 * call.client().progress(50, 100.0, "half way");
 * }</pre>
 */
public record ToolCall(Caller caller, String name, Map<String, Object> arguments, ClientChannel client,
        Map<String, Object> meta) {

    public ToolCall {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? Map.of() : arguments;
        Objects.requireNonNull(client, "client");
        meta = meta == null ? Map.of() : meta;
    }

    public ToolCall(Caller caller, String name, Map<String, Object> arguments, ClientChannel client) {
        this(caller, name, arguments, client, Map.of());
    }
}
