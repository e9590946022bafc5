package dev.switchboard.runtime;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.ConnectorLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The bundled catalog plus test doubles of kizeo_forms, google_drive and stubapp (src/test/resources/connectors). */
public final class TestCatalog {

    /** The owner's connections the test flows name, each with its app. */
    public static final Map<String, String> CONNECTIONS = Map.of("kizeo", "kizeo_forms", "drive", "google_drive", "stub", "stubapp");

    private TestCatalog() {
    }

    public static Catalog catalog() {
        Catalog catalog = Catalog.bundled();
        for (String file : new String[] {"kizeo_forms.json", "google_drive.json", "stubapp.json"}) {
            try (InputStream in = TestCatalog.class.getResourceAsStream("/connectors/" + file)) {
                catalog.add(ConnectorLoader.read(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    public static String resource(String path) {
        try (InputStream in = TestCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
