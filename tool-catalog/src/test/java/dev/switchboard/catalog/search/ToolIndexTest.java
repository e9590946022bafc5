package dev.switchboard.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolIndexTest {

    private final ToolIndex index = ToolIndex.of(Catalog.bundled());

    private List<String> top(String query, Set<String> apps) {
        return index.search(query, apps, 3).stream().map(hit -> hit.entry().tool()).toList();
    }

    @Test
    void englishAndFrenchQueriesFindTheSameAction() {
        assertThat(top("send an email", Set.of())).first().isEqualTo("email__send_email");
        assertThat(top("envoyer un courriel", Set.of())).first().isEqualTo("email__send_email");
    }

    @Test
    void wordFormsMeet() {
        assertThat(Vocabulary.terms("created files")).isEqualTo(Vocabulary.terms("create file"));
        assertThat(Vocabulary.terms("Données du formulaire")).containsExactly("data", "form");
    }

    @Test
    void appFilterKeepsOnlyThoseApps() {
        assertThat(index.search("value", Set.of("storage"), 10)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.entry().app()).isEqualTo("storage"));
    }

    @Test
    void unknownWordsFindNothing() {
        assertThat(index.search("zzzz qqqq", Set.of(), 5)).isEmpty();
    }
}
