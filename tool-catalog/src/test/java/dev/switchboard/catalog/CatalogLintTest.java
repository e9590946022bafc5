package dev.switchboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.schema.SchemaLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled connector loads, is listed in index.txt, and has tools every LLM provider accepts. */
class CatalogLintTest {

    @Test
    void everyConnectorFileIsListedInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/connectors"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            assertThat(Catalog.bundledFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void everyActionIsAValidTool() {
        List<String> problems = new ArrayList<>();
        for (Connector connector : Catalog.bundled().connectors()) {
            for (ActionSpec action : connector.actions()) {
                problems.addAll(SchemaLint.tool(connector.app() + "__" + action.id(), action.input()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyConnectorNamesItsSources() {
        assertThat(Catalog.bundled().connectors()).allSatisfy(c -> assertThat(c.sources()).as(c.app()).isNotEmpty());
    }
}
