package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.connector.InvalidConnectorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the catalog in step with {@code <data>/connectors/}: a connector imported by the CLI
 * while the server runs appears (and a deleted file disappears) without a restart. Checked by
 * file modification times, so a check that finds no change reads nothing.
 *
 * <pre>{@code
 * ImportedConnectors imported = new ImportedConnectors(catalog, dataDir.resolve("connectors"));
 * if (imported.refresh()) { notifyToolsChanged(); }
 * }</pre>
 */
public final class ImportedConnectors {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedConnectors.class);

    private final Catalog catalog;
    private final Path dir;
    private final Set<String> bundled = new HashSet<>();
    private Map<Path, Long> seen = new HashMap<>();
    private final Map<Path, String> appOf = new HashMap<>();

    public ImportedConnectors(Catalog catalog, Path dir) {
        this.catalog = catalog;
        this.dir = dir;
        catalog.connectors().forEach(c -> bundled.add(c.app()));
    }

    /** Loads new or changed files and drops removed ones; true when the catalog changed. */
    public synchronized boolean refresh() {
        Map<Path, Long> now = new HashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    now.put(file, Files.getLastModifiedTime(file).toMillis());
                }
            } catch (IOException e) {
                LOG.warn("cannot list imported connectors in {}: {}", dir, e.getMessage());
                return false;
            }
        }
        boolean changed = false;
        for (Map.Entry<Path, Long> file : now.entrySet()) {
            if (file.getValue().equals(seen.get(file.getKey()))) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file.getKey())) {
                Connector connector = ConnectorLoader.read(file.getKey().getFileName().toString(), in);
                if (bundled.contains(connector.app())) {
                    LOG.warn("{} defines app '{}', which is bundled; ignored", file.getKey(), connector.app());
                    continue;
                }
                catalog.add(connector);
                appOf.put(file.getKey(), connector.app());
                changed = true;
            } catch (IOException | InvalidConnectorException e) {
                LOG.warn("imported connector {} not loaded: {}", file.getKey(), e.getMessage());
            }
        }
        for (Path gone : seen.keySet()) {
            if (!now.containsKey(gone) && appOf.containsKey(gone)) {
                catalog.remove(appOf.remove(gone));
                changed = true;
            }
        }
        seen = now;
        return changed;
    }
}
