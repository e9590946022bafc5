package dev.switchboard.catalog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.net.OutboundGuard;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled catalog running against a local WireMock server: every request an action sends to
 * its real host (https://api.trello.com/…, https://forms.kizeo.com/…) goes to the stub instead,
 * with the same path and query, so stubs can assert the provider's exact endpoint.
 *
 * <pre>{@code
 * try (StubbedApi api = StubbedApi.start(tempDir)) {
 *     api.wireMock().stubFor(get(urlEqualTo("/rest/v3/forms")).withHeader("Authorization", equalTo("tok"))
 *             .willReturn(okJson("{\"forms\":[]}")));
 *     JsonNode out = api.run("kizeo_forms", "get_all_forms", "{}", new Credentials.ApiKey("tok"), Map.of());
 * }
 * }</pre>
 */
public final class StubbedApi implements AutoCloseable, org.junit.jupiter.api.extension.BeforeEachCallback,
        org.junit.jupiter.api.extension.AfterEachCallback {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private WireMockServer wireMock;
    private ActionRunner runner;
    private BlobStore blobs;
    private HttpEngine engine;
    private dev.switchboard.catalog.trigger.SeenItems seen;
    private Path ownTemp;

    /**
     * A stub that starts before each test and stops after it, for
     * {@code @RegisterExtension final StubbedApi api = new StubbedApi();}.
     */
    public StubbedApi() {
    }

    public static StubbedApi start(Path temp) {
        StubbedApi api = new StubbedApi();
        api.open(temp);
        return api;
    }

    private void open(Path temp) {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        String origin = "http://127.0.0.1:" + wireMock.port();
        blobs = new BlobStore(temp.resolve("blobs"));
        engine = new HttpEngine(new OutboundGuard(List.of("127.0.0.1")), blobs, uri -> toStub(uri, origin), Duration.ofSeconds(10));
        runner = new ActionRunner(Catalog.bundled(), engine);
        seen = null;
    }

    @Override
    public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) throws java.io.IOException {
        ownTemp = java.nio.file.Files.createTempDirectory("stubbed-api");
        open(ownTemp);
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) throws java.io.IOException {
        close();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(ownTemp)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    static URI toStub(URI uri, String origin) {
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return URI.create(origin + rest);
    }

    public WireMockServer wireMock() {
        return wireMock;
    }

    public ActionRunner runner() {
        return runner;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** Runs an action as owner "alice" with a connection holding these credentials and settings. */
    public JsonNode run(String app, String action, String inputJson, Credentials credentials, Map<String, String> fields) {
        Connection connection = new Connection("c1", "test", app, "alice", credentials, fields);
        return runner.run(new ActionCall(app, action, JSON.readTree(inputJson), connection, "alice"));
    }

    /** One poll of a polling trigger, with durable state in an in-memory H2 database shared by this stub. */
    public java.util.List<JsonNode> poll(String app, String trigger, String paramsJson, Credentials credentials,
            Map<String, String> fields, String subscription) {
        Connection connection = new Connection("c1", "test", app, "alice", credentials, fields);
        dev.switchboard.catalog.connector.Connector connector = runner.catalog().connector(app).orElseThrow();
        return new dev.switchboard.catalog.trigger.Poller(engine, seenItems())
                .poll(connector, connector.trigger(trigger).orElseThrow(), JSON.readTree(paramsJson), connection, "alice", subscription);
    }

    /** Registers a webhook trigger for {@code webhookUrl}; returns the app's subscription id. */
    public String subscribe(String app, String trigger, String paramsJson, String webhookUrl, Credentials credentials,
            Map<String, String> fields) {
        Connection connection = new Connection("c1", "test", app, "alice", credentials, fields);
        dev.switchboard.catalog.connector.Connector connector = runner.catalog().connector(app).orElseThrow();
        return new dev.switchboard.catalog.trigger.Webhooks(engine).subscribe(connector, connector.trigger(trigger).orElseThrow(),
                JSON.readTree(paramsJson), webhookUrl, connection, "alice");
    }

    /** Removes a webhook subscription. */
    public void unsubscribe(String app, String trigger, String paramsJson, String subscriptionId, Credentials credentials,
            Map<String, String> fields) {
        Connection connection = new Connection("c1", "test", app, "alice", credentials, fields);
        dev.switchboard.catalog.connector.Connector connector = runner.catalog().connector(app).orElseThrow();
        new dev.switchboard.catalog.trigger.Webhooks(engine).unsubscribe(connector, connector.trigger(trigger).orElseThrow(),
                JSON.readTree(paramsJson), subscriptionId, connection, "alice");
    }

    /** The trigger's output for an incoming webhook request {@code {"body": …, "headers": …, "query": …}}. */
    public JsonNode event(String app, String trigger, String requestJson) {
        dev.switchboard.catalog.connector.Connector connector = runner.catalog().connector(app).orElseThrow();
        return new dev.switchboard.catalog.trigger.Webhooks(engine).event(connector.trigger(trigger).orElseThrow(),
                JSON.readTree(requestJson));
    }

    private dev.switchboard.catalog.trigger.SeenItems seenItems() {
        if (seen == null) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:seen-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            try (java.sql.Connection c = h2.getConnection(); java.sql.Statement st = c.createStatement();
                    java.io.InputStream in = StubbedApi.class.getResourceAsStream("/db/migration/V2__trigger_seen.sql")) {
                st.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            seen = new dev.switchboard.catalog.trigger.JdbcSeenItems(h2);
        }
        return seen;
    }

    @Override
    public void close() {
        wireMock.stop();
    }
}
