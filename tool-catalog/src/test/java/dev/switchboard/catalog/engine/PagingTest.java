package dev.switchboard.catalog.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PagingTest {

    @TempDir
    Path temp;

    @Test
    void relativeNextLinks_resolveAgainstTheApi_andOauthSchemesFollowTheSpec() {
        WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        try {
            String origin = "http://127.0.0.1:" + stub.port();
            stub.stubFor(get(urlEqualTo("/services/data/v1/query?q=all")).withHeader("Authorization", equalTo("Custom-oauthtoken t1"))
                    .willReturn(okJson("{\"records\": [1, 2], \"nextRecordsUrl\": \"/services/data/v1/query/01gD-2000\"}")));
            stub.stubFor(get(urlEqualTo("/services/data/v1/query/01gD-2000")).withHeader("Authorization", equalTo("Custom-oauthtoken t1"))
                    .willReturn(okJson("{\"records\": [3]}")));
            Connector paged = ConnectorLoader.read("paged.json", getClass().getResourceAsStream("/test-connectors/paged.json"));
            List<URI> sent = new java.util.ArrayList<>();
            HttpEngine engine = new HttpEngine(new OutboundGuard(List.of("127.0.0.1")), new BlobStore(temp), uri -> {
                sent.add(uri);
                return URI.create(origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            }, Duration.ofSeconds(5));
            JsonNode out = engine.execute(paged, paged.action("query").orElseThrow(),
                    JsonMapper.builder().build().readTree("{\"q\": \"all\"}"),
                    new Connection("c", "p", "paged", "alice", new Credentials.Bearer("t1"), Map.of()), "alice");
            assertThat(out.path("items").toString()).isEqualTo("[1,2,3]");
            assertThat(sent.get(1)).hasToString("https://api.paged.example/services/data/v1/query/01gD-2000");
        } finally {
            stub.stop();
        }
    }
}
