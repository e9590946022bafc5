package dev.switchboard.server.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import tools.jackson.databind.util.RawValue;

/**
 * The JSON of {@code tools/list} pages, assembled from each tool's JSON written once. Listing
 * thousands of tools used to serialize every schema again on every page of every listing; the
 * tool objects of the catalog live as long as its version, so their JSON is kept per object
 * (by identity: records compare deeply, and hashing a big schema costs as much as writing it).
 * The text is what the SDK's own mapper writes for the tool, so clients see the same JSON.
 *
 * <pre>{@code
 * Object result = toolJson.page(page.items(), page.nextCursor());   // {"tools": [...], "nextCursor": "..."}
 * }</pre>
 */
final class ToolJson {

    /** Tools of replaced catalog versions stay until this bound clears the map. */
    private static final int MAX_CACHED = 100_000;
    private static final String TASK_SUPPORT = ",\"execution\":{\"taskSupport\":\"optional\"}}";

    private final McpJsonMapper json;
    private final Map<Identity, String> written = new ConcurrentHashMap<>();

    ToolJson(McpJsonMapper json) {
        this.json = json;
    }

    /** One page as a raw JSON value that the transport copies into its response unchanged. */
    RawValue page(List<McpSchema.Tool> tools, String nextCursor) {
        return page(tools, i -> false, nextCursor);
    }

    /**
     * One page where the tools at the indexes {@code asTask} accepts carry
     * {@code execution.taskSupport: "optional"}, a field the SDK's {@code Tool} record lacks.
     */
    RawValue page(List<McpSchema.Tool> tools, IntPredicate asTask, String nextCursor) {
        StringBuilder out = new StringBuilder(tools.size() * 2_048 + 64).append("{\"tools\":[");
        for (int i = 0; i < tools.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String tool = of(tools.get(i));
            if (asTask.test(i)) {
                // the cached object ends with '}': the field goes in just before it
                out.append(tool, 0, tool.length() - 1).append(TASK_SUPPORT);
            } else {
                out.append(tool);
            }
        }
        out.append(']');
        if (nextCursor != null) {
            out.append(",\"nextCursor\":").append(write(nextCursor));
        }
        return new RawValue(out.append('}').toString());
    }

    private String of(McpSchema.Tool tool) {
        Identity key = new Identity(tool);
        String text = written.get(key);
        if (text == null) {
            text = write(tool);
            if (written.size() >= MAX_CACHED) {
                written.clear();
            }
            written.put(key, text);
        }
        return text;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a tool definition could not be written as JSON", e);
        }
    }

    /** A map key that is equal only to the same object. */
    private record Identity(McpSchema.Tool tool) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.tool == tool;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tool);
        }
    }
}
