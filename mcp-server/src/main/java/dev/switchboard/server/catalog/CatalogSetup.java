package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the server's catalog: the bundled connectors, then those imported into
 * {@code <data>/connectors/} (OpenAPI imports), then per-app API origin overrides.
 *
 * <pre>{@code
 * Catalog catalog = CatalogSetup.load(dataDir.resolve("connectors"), Map.of("jira", "https://jira.sandbox.example"));
 * }</pre>
 */
public final class CatalogSetup {

    private CatalogSetup() {
    }

    public static Catalog load(Path importedDir, Map<String, String> apiOrigins) {
        Catalog catalog = Catalog.bundled();
        if (Files.isDirectory(importedDir)) {
            try (Stream<Path> files = Files.list(importedDir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        catalog.add(ConnectorLoader.read(file.getFileName().toString(), in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read imported connectors in " + importedDir, e);
            }
        }
        for (Map.Entry<String, String> origin : apiOrigins.entrySet()) {
            Connector connector = catalog.connector(origin.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "--api-origin names the unknown app '" + origin.getKey() + "'"));
            catalog.add(withOrigin(connector, origin.getValue()));
        }
        return catalog;
    }

    /** The connector with every base URL's scheme, host and port replaced, paths kept. */
    static Connector withOrigin(Connector c, String origin) {
        Map<String, String> bases = new LinkedHashMap<>();
        c.baseUrls().forEach((name, url) -> bases.put(name, url.replaceFirst("^https?://[^/]+", origin)));
        return new Connector(c.format(), c.app(), c.name(), c.description(), c.icon(), c.sources(), bases, c.auth(),
                c.connectionFields(), c.actions(), c.triggers(), c.error(), c.test());
    }

    /** The imported connectors' folder inside a data directory. */
    public static Path importedDir(Path dataDir) {
        return dataDir.resolve("connectors");
    }
}
