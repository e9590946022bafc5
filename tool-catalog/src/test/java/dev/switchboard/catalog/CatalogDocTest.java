package dev.switchboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.CatalogDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/catalog.md is generated from the connector files and must be up to date. */
class CatalogDocTest {

    private static final Path DOC = Path.of("../docs/catalog.md");

    @Test
    void catalogDocIsUpToDate() throws Exception {
        String expected = CatalogDoc.render(Catalog.bundled());
        if (Boolean.getBoolean("catalog.doc.write")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.exists(DOC)).as("docs/catalog.md exists; generate it with -Dcatalog.doc.write=true").isTrue();
        assertThat(Files.readString(DOC)).as("docs/catalog.md is stale: regenerate it with "
                + "mvn -pl tool-catalog test -Dtest=CatalogDocTest -Dcatalog.doc.write=true").isEqualTo(expected);
    }
}
