package dev.switchboard.server.mcp;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a list method ({@code tools/list}, {@code resources/list}, …). The cursor is
 * opaque to clients; it encodes the offset of the next item.
 *
 * <pre>{@code
 * Page<Tool> page = Page.of(allTools, request.cursor(), 100);
 * ListToolsResult.builder(page.items()).nextCursor(page.nextCursor()).build();
 * }</pre>
 */
public record Page<T>(List<T> items, String nextCursor) {

    private static final String PREFIX = "o:";

    public static <T> Page<T> of(List<T> all, String cursor, int size) {
        int offset = decode(cursor);
        if (offset > all.size()) {
            throw invalidCursor();
        }
        int end = Math.min(all.size(), offset + size);
        String next = end < all.size() ? encode(end) : null;
        return new Page<>(List.copyOf(all.subList(offset, end)), next);
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw invalidCursor();
            }
            int offset = Integer.parseInt(text.substring(PREFIX.length()));
            if (offset < 0) {
                throw invalidCursor();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    private static McpError invalidCursor() {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                .message("invalid cursor: pass the nextCursor of the previous page unchanged, or no cursor for the first page")
                .build();
    }
}
