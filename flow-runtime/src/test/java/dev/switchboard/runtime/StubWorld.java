package dev.switchboard.runtime;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The test catalog's actions running against a WireMock server: every request to a real API
 * host goes to the stub with the same path and query. Owner "alice" has the connections named
 * in {@link TestCatalog#CONNECTIONS}, each with the secret {@link #SECRET}.
 */
public final class StubWorld {

    public static final String SECRET = "sekret-key-4711";

    private StubWorld() {
    }

    public static WireMockServer startWireMock() {
        WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        return wireMock;
    }

    public static ActionRunner runner(int port, BlobStore blobs) {
        String origin = "http://127.0.0.1:" + port;
        HttpEngine engine = new HttpEngine(new OutboundGuard(List.of("127.0.0.1")), blobs, uri -> {
            String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return URI.create(origin + rest);
        }, Duration.ofSeconds(10));
        return new ActionRunner(TestCatalog.catalog(), engine);
    }

    public static BlobStore blobs(Path dir) {
        return new BlobStore(dir.resolve("blobs"));
    }

    public static ConnectionSource connections() {
        return (owner, app) -> "alice".equals(owner)
                ? TestCatalog.CONNECTIONS.entrySet().stream().filter(e -> e.getValue().equals(app)).sorted(Map.Entry.comparingByKey())
                        .map(e -> new Connection(e.getKey() + "-id", e.getKey(), app, owner, credentials(app), Map.of())).toList()
                : List.of();
    }

    private static Credentials credentials(String app) {
        return "google_drive".equals(app) ? new Credentials.Bearer(SECRET) : new Credentials.ApiKey(SECRET);
    }
}
