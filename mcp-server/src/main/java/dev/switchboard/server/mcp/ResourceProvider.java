package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Optional;

/**
 * The extension point for resources (flows, runs, connectors, fixtures).
 *
 * <pre>{@code
 * extensions.addResources(new FlowResources(store));
 * }</pre>
 */
public interface ResourceProvider {

    /** Concrete resources this caller may read, in a stable order. */
    List<McpSchema.Resource> resources(Caller caller);

    /** URI templates this provider answers. */
    default List<McpSchema.ResourceTemplate> templates(Caller caller) {
        return List.of();
    }

    /**
     * Suggested values for one variable of one of this provider's URI templates (as listed by
     * {@link #templates}), starting with {@code prefix}; only what this caller may read.
     */
    default List<String> complete(Caller caller, String uriTemplate, String argument, String prefix) {
        return List.of();
    }

    /** The contents of {@code uri}, or empty when this provider does not serve it for this caller. */
    Optional<McpSchema.ReadResourceResult> read(Caller caller, String uri);
}
