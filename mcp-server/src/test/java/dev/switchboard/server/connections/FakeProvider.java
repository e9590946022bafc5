package dev.switchboard.server.connections;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local OAuth2 provider and API (WireMock on 127.0.0.1), and the connector file for it: app
 * {@code fakeapp} with oauth2_code and oauth2_client_credentials, a test endpoint {@code GET /me}
 * and one action {@code get_thing} ({@code GET /thing}).
 */
final class FakeProvider implements AutoCloseable {

    final WireMockServer wire = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    FakeProvider() {
        wire.start();
    }

    String base() {
        return "http://127.0.0.1:" + wire.port();
    }

    /** Writes the connector into the data directory's imported connectors. */
    void writeConnector(Path dataDir) throws IOException {
        Files.createDirectories(dataDir.resolve("connectors"));
        Files.writeString(dataDir.resolve("connectors/fakeapp.json"), """
                {"format": "switchboard.connector/v1", "app": "fakeapp", "name": "Fake App",
                 "description": "A local OAuth2 provider for tests.",
                 "base_urls": {"api": "%1$s"},
                 "auth": [{"type": "oauth2_code", "authorize_url": "%1$s/authorize", "token_url": "%1$s/token", "scopes": ["read", "write"]},
                          {"type": "oauth2_client_credentials", "token_url": "%1$s/token"},
                          {"type": "api_key", "in": "header", "name": "X-Key"}],
                 "test": {"method": "GET", "path": "/me"},
                 "actions": [{"id": "get_thing", "title": "Get thing", "description": "Reads the thing.",
                   "input": {"type": "object", "properties": {}},
                   "requests": [{"method": "GET", "path": "/thing"}]}]}
                """.formatted(base()));
    }

    @Override
    public void close() {
        wire.stop();
    }
}
