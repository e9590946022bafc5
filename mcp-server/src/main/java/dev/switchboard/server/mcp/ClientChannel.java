package dev.switchboard.server.mcp;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.function.Supplier;

/**
 * The way back to the client during one request. Messages sent here travel on the request's
 * own stream, so a client that only reads the response of its POST still receives them.
 *
 * <pre>{@code
 * channel.log(McpSchema.LoggingLevel.INFO, "fetching page 2");
 * if (channel.canSample()) { channel.sample(request); }
 * }</pre>
 */
public final class ClientChannel {

    private final McpSyncServerExchange exchange;
    private final Object progressToken;
    private final Supplier<McpSchema.LoggingLevel> minimumLevel;

    public ClientChannel(McpSyncServerExchange exchange, Object progressToken,
            Supplier<McpSchema.LoggingLevel> minimumLevel) {
        this.exchange = exchange;
        this.progressToken = progressToken;
        this.minimumLevel = minimumLevel;
    }

    /** The progress token of the request this channel answers, or null when it sent none. */
    public Object progressToken() {
        return progressToken;
    }

    /**
     * The same channel reporting progress under another token: a task's progress keeps the token
     * of the call that started it, even while the client waits in a later {@code tasks/result}.
     */
    public ClientChannel withProgressToken(Object token) {
        return new ClientChannel(exchange, token, minimumLevel);
    }

    /** Reports progress when the client asked for it (it sent a progress token); otherwise does nothing. */
    public void progress(double progress, Double total, String message) {
        if (progressToken != null) {
            exchange.progressNotification(new McpSchema.ProgressNotification(progressToken, progress, total, message));
        }
    }

    /** Sends a log message unless the client set a higher minimum level with {@code logging/setLevel}. */
    public void log(McpSchema.LoggingLevel level, String message) {
        if (level.level() >= minimumLevel.get().level()) {
            exchange.loggingNotification(McpSchema.LoggingMessageNotification.builder(level, message)
                    .logger("switchboard")
                    .build());
        }
    }

    public boolean canSample() {
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        return capabilities != null && capabilities.sampling() != null;
    }

    public boolean canElicit() {
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        return capabilities != null && capabilities.elicitation() != null;
    }

    /** Whether the client can open a URL for the user (elicitation in URL mode), e.g. an OAuth consent page. */
    public boolean canElicitUrl() {
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        return capabilities != null && capabilities.elicitation() != null && capabilities.elicitation().url() != null;
    }

    /** Asks the client's model for a completion; check {@link #canSample()} first. */
    public McpSchema.CreateMessageResult sample(McpSchema.CreateMessageRequest request) {
        if (!canSample()) {
            throw new ToolException("this client does not offer sampling");
        }
        return exchange.createMessage(request);
    }

    /** Asks the user for structured input through the client; check {@link #canElicit()} first. */
    public McpSchema.ElicitResult elicit(McpSchema.ElicitRequest request) {
        if (!canElicit()) {
            throw new ToolException("this client does not offer elicitation");
        }
        return exchange.createElicitation(request);
    }
}
