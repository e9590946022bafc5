package dev.switchboard.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final List<String> names = List.of("list_flows", "get_flow", "create_flow", "list_runs");

    @Test
    void closest_findsTyposAndPrefixes() {
        assertThat(Suggestions.closest("list_flow", names, 3)).first().isEqualTo("list_flows");
        assertThat(Suggestions.closest("creat_flow", names, 3)).first().isEqualTo("create_flow");
    }

    @Test
    void closest_offersNothingForUnrelatedNames() {
        assertThat(Suggestions.closest("send_email", names, 3)).isEmpty();
    }

    @Test
    void distance_isLevenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
