package dev.switchboard.server.mcp;

import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code resources/list}, {@code resources/templates/list}, {@code resources/read}, (un)subscribe. */
final class ResourceMethods {

    private final Extensions extensions;
    private final McpJsonMapper json;
    private final int pageSize;

    ResourceMethods(Extensions extensions, McpJsonMapper json, int pageSize) {
        this.extensions = extensions;
        this.json = json;
        this.pageSize = pageSize;
    }

    McpSchema.ListResourcesResult list(Caller caller, Object params) {
        List<McpSchema.Resource> all = new ArrayList<>();
        for (ResourceProvider provider : extensions.resourceProviders()) {
            all.addAll(provider.resources(caller));
        }
        Page<McpSchema.Resource> page = Page.of(all, cursor(params), pageSize);
        return McpSchema.ListResourcesResult.builder(page.items()).nextCursor(page.nextCursor()).build();
    }

    McpSchema.ListResourceTemplatesResult templates(Caller caller, Object params) {
        List<McpSchema.ResourceTemplate> all = new ArrayList<>();
        for (ResourceProvider provider : extensions.resourceProviders()) {
            all.addAll(provider.templates(caller));
        }
        Page<McpSchema.ResourceTemplate> page = Page.of(all, cursor(params), pageSize);
        return McpSchema.ListResourceTemplatesResult.builder(page.items()).nextCursor(page.nextCursor()).build();
    }

    McpSchema.ReadResourceResult read(Caller caller, Object params) {
        String uri = uri(params, "resources/read");
        for (ResourceProvider provider : extensions.resourceProviders()) {
            Optional<McpSchema.ReadResourceResult> result = provider.read(caller, uri);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw notFound(uri);
    }

    /** Subscribing needs nothing kept yet: the resource must exist, and the answer is empty. */
    Object subscribe(Caller caller, Object params) {
        read(caller, Map.of("uri", uri(params, "resources/subscribe")));
        return Map.of();
    }

    private String uri(Object params, String method) {
        McpSchema.ReadResourceRequest request;
        try {
            request = json.convertValue(params == null ? Map.of() : params, McpSchema.ReadResourceRequest.class);
        } catch (RuntimeException e) {
            throw McpProtocol.invalidParams(method + " needs {\"uri\": string}");
        }
        if (request.uri() == null || request.uri().isBlank()) {
            throw McpProtocol.invalidParams(method + " needs \"uri\": a resource URI from resources/list");
        }
        return request.uri();
    }

    private String cursor(Object params) {
        return params == null ? null : json.convertValue(params, McpSchema.PaginatedRequest.class).cursor();
    }

    private static McpError notFound(String uri) {
        return McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                .message("Resource not found: " + uri + "; resources/list and resources/templates/list show what exists")
                .data(Map.of("uri", uri))
                .build();
    }
}
