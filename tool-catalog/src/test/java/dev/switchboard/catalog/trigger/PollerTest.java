package dev.switchboard.catalog.trigger;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.connector.TriggerSpec;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A polling trigger emits each item once, also after the process restarts on the same database. */
class PollerTest {

    @TempDir
    Path temp;

    WireMockServer stub;
    Connector feed;
    HttpEngine engine;
    dev.switchboard.catalog.connection.Connection connection;

    @BeforeEach
    void setUp() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        feed = ConnectorLoader.read("feed.json", getClass().getResourceAsStream("/test-connectors/feed.json"));
        String origin = "http://127.0.0.1:" + stub.port();
        engine = new HttpEngine(new OutboundGuard(List.of("127.0.0.1")), new BlobStore(temp.resolve("blobs")),
                uri -> URI.create(origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())),
                Duration.ofSeconds(5));
        connection = new dev.switchboard.catalog.connection.Connection("c", "feed", "feed", "alice",
                new Credentials.Bearer("tok"), Map.of());
    }

    @AfterEach
    void tearDown() {
        stub.stop();
    }

    private void serve(String items) {
        stub.stubFor(get(urlPathEqualTo("/v1/items")).withQueryParam("topic", equalTo("news"))
                .withHeader("Authorization", equalTo("Bearer tok"))
                .willReturn(okJson("{\"items\": " + items + "}")));
    }

    private List<JsonNode> poll(SeenItems seen) {
        TriggerSpec trigger = feed.trigger("new_item").orElseThrow();
        return new Poller(engine, seen).poll(feed, trigger, JsonMapper.builder().build().readTree("{\"topic\": \"news\"}"),
                connection, "alice", "flow-1");
    }

    private JdbcDataSource database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + temp.resolve("state") + ";AUTO_SERVER=FALSE");
        try (java.sql.Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            ResultSet exists = c.getMetaData().getTables(null, null, "TRIGGER_SEEN", null);
            if (!exists.next()) {
                st.execute(new String(getClass().getResourceAsStream("/db/migration/V2__trigger_seen.sql").readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return h2;
    }

    @Test
    void firstPollIsTheBaseline_laterPollsEmitOnlyNewOrUpdatedItems_evenAfterARestart() throws Exception {
        serve("[{\"id\": 1, \"updated\": \"t1\"}, {\"id\": 2, \"updated\": \"t1\"}]");
        assertThat(poll(new JdbcSeenItems(database()))).isEmpty();

        serve("[{\"id\": 1, \"updated\": \"t1\"}, {\"id\": 2, \"updated\": \"t1\"}, {\"id\": 3, \"updated\": \"t2\"}]");
        assertThat(poll(new JdbcSeenItems(database()))).extracting(i -> i.path("id").asInt()).containsExactly(3);

        // "restart": a new store over the same database file
        JdbcSeenItems afterRestart = new JdbcSeenItems(database());
        assertThat(poll(afterRestart)).isEmpty();

        serve("[{\"id\": 1, \"updated\": \"t1\"}, {\"id\": 2, \"updated\": \"t3\"}, {\"id\": 3, \"updated\": \"t2\"}]");
        assertThat(poll(afterRestart)).extracting(i -> i.path("id").asInt()).as("an updated item is new again").containsExactly(2);
        assertThat(poll(afterRestart)).isEmpty();
    }

    @Test
    void itemsAreRememberedOnlyAfterTheHandlerTookThem_soAFailedHandlingIsEmittedAgain() throws Exception {
        serve("[{\"id\": 1, \"updated\": \"t1\"}]");
        JdbcSeenItems seen = new JdbcSeenItems(database());
        assertThat(poll(seen)).isEmpty();
        serve("[{\"id\": 1, \"updated\": \"t1\"}, {\"id\": 2, \"updated\": \"t1\"}]");
        TriggerSpec trigger = feed.trigger("new_item").orElseThrow();
        JsonNode params = JsonMapper.builder().build().readTree("{\"topic\": \"news\"}");
        Poller poller = new Poller(engine, seen);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> poller.poll(feed, trigger, params, connection, "alice", "flow-1", item -> {
            throw new IllegalStateException("the process died while starting the run");
        })).hasMessageContaining("died");

        List<JsonNode> handled = new java.util.ArrayList<>();
        assertThat(poller.poll(feed, trigger, params, connection, "alice", "flow-1", handled::add))
                .extracting(i -> i.path("id").asInt()).containsExactly(2);
        assertThat(handled).extracting(i -> i.path("id").asInt()).containsExactly(2);
        assertThat(poll(seen)).isEmpty();
    }
}
