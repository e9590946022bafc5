package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.spec.McpError;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void of_walksEveryItemOnceThroughTheCursors() {
        Page<Integer> first = Page.of(items, null, 3);
        Page<Integer> second = Page.of(items, first.nextCursor(), 3);
        Page<Integer> last = Page.of(items, second.nextCursor(), 3);
        assertThat(first.items()).containsExactly(1, 2, 3);
        assertThat(second.items()).containsExactly(4, 5, 6);
        assertThat(last.items()).containsExactly(7);
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void of_exactMultiple_hasNoEmptyLastPage() {
        assertThat(Page.of(List.of(1, 2), null, 2).nextCursor()).isNull();
    }

    @Test
    void of_forgedOrOutOfRangeCursor_isInvalidParams() {
        assertThatThrownBy(() -> Page.of(items, "garbage!", 3)).isInstanceOf(McpError.class);
        assertThatThrownBy(() -> Page.of(items, Page.encode(99), 3)).isInstanceOf(McpError.class)
                .hasMessageContaining("invalid cursor");
        assertThatThrownBy(() -> Page.of(items, Page.encode(-1), 3)).isInstanceOf(McpError.class);
    }
}
