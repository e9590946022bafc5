package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers to build the server's catalog: where imported connectors live, and per-app API origin
 * overrides.
 *
 * <pre>{@code
 * CatalogSetup.applyOrigins(catalog, Map.of("jira", "https://jira.sandbox.example"));
 * }</pre>
 */
public final class CatalogSetup {

    private CatalogSetup() {
    }

    /** Points the named apps' API calls at other origins (paths kept). */
    public static void applyOrigins(Catalog catalog, Map<String, String> apiOrigins) {
        for (Map.Entry<String, String> origin : apiOrigins.entrySet()) {
            Connector connector = catalog.connector(origin.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "--api-origin names the unknown app '" + origin.getKey() + "'"));
            catalog.add(withOrigin(connector, origin.getValue()));
        }
    }

    /** The connector with every base URL's scheme, host and port replaced, paths kept. */
    static Connector withOrigin(Connector c, String origin) {
        Map<String, String> bases = new LinkedHashMap<>();
        c.baseUrls().forEach((name, url) -> bases.put(name, url.replaceFirst("^https?://[^/]+", origin)));
        return new Connector(c.format(), c.app(), c.name(), c.description(), c.icon(), c.sources(), bases, c.auth(),
                c.connectionFields(), c.actions(), c.triggers(), c.error(), c.test(), c.notes());
    }

    /** The imported connectors' folder inside a data directory. */
    public static Path importedDir(Path dataDir) {
        return dataDir.resolve("connectors");
    }
}
