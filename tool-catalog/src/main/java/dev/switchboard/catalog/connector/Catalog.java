package dev.switchboard.catalog.connector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every connector the server knows: the bundled ones (listed in {@code connectors/index.txt})
 * and those added at run time (OpenAPI imports).
 *
 * <pre>{@code
 * Catalog catalog = Catalog.bundled();
 * catalog.connector("slack").flatMap(c -> c.action("send_message"));
 * }</pre>
 */
public final class Catalog {

    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    /** The connectors shipped in this jar. */
    public static Catalog bundled() {
        Catalog catalog = new Catalog();
        for (String file : bundledFiles()) {
            try (InputStream in = Catalog.class.getResourceAsStream("/connectors/" + file)) {
                if (in == null) {
                    throw new InvalidConnectorException("connectors/index.txt lists " + file + ", which is missing");
                }
                catalog.add(ConnectorLoader.read(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    /** File names from {@code connectors/index.txt}. */
    public static List<String> bundledFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = Catalog.class.getResourceAsStream("/connectors/index.txt")) {
            if (in == null) {
                return files;
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Adds or replaces a connector. */
    public void add(Connector connector) {
        connectors.put(connector.app(), connector);
        version.incrementAndGet();
    }

    public boolean remove(String app) {
        boolean removed = connectors.remove(app) != null;
        version.incrementAndGet();
        return removed;
    }

    /** Grows by one at every change, so that derived views know when to rebuild. */
    public long version() {
        return version.get();
    }

    public Optional<Connector> connector(String app) {
        return Optional.ofNullable(connectors.get(app));
    }

    /** App ids close to a wrong one ("slak" gives slack), closest first: the "did you mean" of an unknown app. */
    public List<String> nearApps(String app) {
        return dev.switchboard.catalog.search.Suggestions.closest(app, connectors.keySet());
    }

    /** All connectors, sorted by app id. */
    public List<Connector> connectors() {
        return connectors.values().stream().sorted(Comparator.comparing(Connector::app)).toList();
    }
}
