package dev.switchboard.server.triggers;

import dev.switchboard.server.MovableClock;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.switchboard.server.triggers.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kizeo Forms polling trigger through the real server against a WireMock Kizeo: each new data starts one run, also across restarts. */
class PollingTriggersTest {

    static final String TOKEN = "sb_alice_token_0123456789abcdef";
    static final String DATA_PATH = "/rest/v3/forms/923838/data/advanced";
    static final Map<String, Object> NEW_DATA = Map.of("app", "kizeo_forms", "event", "new_or_updated_data",
            "params", Map.of("form_id", "923838"));

    @TempDir
    Path data;

    WireMockServer kizeo;
    final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T06:00:00Z"));

    @BeforeEach
    void startKizeo() {
        kizeo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        kizeo.start();
    }

    @AfterEach
    void stopKizeo() {
        kizeo.stop();
    }

    @Test
    void newData_startsExactlyOneRun_pollingAgainOrRestartingStartsNone() throws Exception {
        String id;
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            server.app().connections().create(Caller.user("alice"), "kizeo_forms", "main",
                    Map.of("type", "api_key", "key", "kz-secret-token"), Map.of());
            id = Flows.publish(alice, Flows.definition("Kizeo data", NEW_DATA, "data {v}", "{{ trigger._id }}"));
            PollingTriggers polling = server.app().triggers().polling();

            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}");
            assertThat(polling.pollDue()).as("the first poll records what exists").isZero();

            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}, {\"_id\": \"d2\", \"_update_time\": \"2030-01-01 06:02:00\"}");
            assertThat(polling.pollDue()).as("the interval has not passed").isZero();
            clock.advance(Duration.ofMinutes(5));
            assertThat(polling.pollDue()).isEqualTo(1);
            assertThat(runs(server, id)).singleElement().satisfies(run -> assertThat(run.trigger().path("_id").asString()).isEqualTo("d2"));
            kizeo.verify(postRequestedFor(urlPathEqualTo(DATA_PATH)).withHeader("Authorization", equalTo("kz-secret-token")));

            clock.advance(Duration.ofMinutes(5));
            assertThat(polling.pollDue()).as("the same items again").isZero();
        }
        try (RunningServer server = start()) {
            clock.advance(Duration.ofMinutes(5));
            int before = kizeo.countRequestsMatching(postRequestedFor(urlPathEqualTo(DATA_PATH)).build()).getCount();
            assertThat(server.app().triggers().polling().pollDue()).as("after a restart").isZero();
            assertThat(kizeo.countRequestsMatching(postRequestedFor(urlPathEqualTo(DATA_PATH)).build()).getCount()).isEqualTo(before + 1);

            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}, {\"_id\": \"d2\", \"_update_time\": \"2030-01-01 06:20:00\"}");
            clock.advance(Duration.ofMinutes(5));
            assertThat(server.app().triggers().polling().pollDue()).as("d2 was updated").isEqualTo(1);
            assertThat(runs(server, id)).hasSize(2);
        }
    }

    @Test
    void disabledFlow_isNotPolled() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            server.app().connections().create(Caller.user("alice"), "kizeo_forms", "main",
                    Map.of("type", "api_key", "key", "kz-secret-token"), Map.of());
            String id = Flows.publish(alice, Flows.definition("Kizeo off", NEW_DATA, "data {v}", "{{ trigger._id }}"));
            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}");
            assertThat(server.app().triggers().polling().pollDue()).isZero();
            ok(alice, "set_flow_enabled", Map.of("id", id, "enabled", false));

            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}, {\"_id\": \"d2\", \"_update_time\": \"2030-01-01 06:02:00\"}");
            clock.advance(Duration.ofMinutes(10));
            assertThat(server.app().triggers().polling().pollDue()).isZero();
            assertThat(kizeo.countRequestsMatching(postRequestedFor(urlPathEqualTo(DATA_PATH)).build()).getCount()).isEqualTo(1);
            assertThat(runs(server, id)).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void getFlow_showsThePollIntervalAndTheLastPoll() throws Exception {
        try (RunningServer server = start(); McpSyncClient alice = server.client(TOKEN)) {
            server.app().connections().create(Caller.user("alice"), "kizeo_forms", "main",
                    Map.of("type", "api_key", "key", "kz-secret-token"), Map.of());
            String id = Flows.publish(alice, Flows.definition("Kizeo shown", NEW_DATA, "data {v}", "{{ trigger._id }}"));
            Map<String, Object> before = (Map<String, Object>) ok(alice, "get_flow", Map.of("id", id)).get("trigger");
            assertThat(before).containsEntry("type", "polling").containsEntry("event", "new_or_updated_data")
                    .containsEntry("poll_interval_seconds", 300).containsEntry("last_poll_at", null).containsEntry("starts_runs", true);

            data("{\"_id\": \"d1\", \"_update_time\": \"2030-01-01 06:00:00\"}");
            clock.advance(Duration.ofMinutes(1));
            server.app().triggers().polling().pollDue();
            Map<String, Object> after = (Map<String, Object>) ok(alice, "get_flow", Map.of("id", id)).get("trigger");
            assertThat(after).containsEntry("last_poll_at", "2030-01-01T06:01:00Z").containsEntry("next_poll_at", "2030-01-01T06:06:00Z");
        }
    }

    private void data(String items) {
        kizeo.stubFor(post(urlPathEqualTo(DATA_PATH)).willReturn(okJson("{\"status\": \"ok\", \"data\": [" + items + "]}")));
    }

    private RunningServer start() throws Exception {
        RunningServer server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1"))
                .withApiOrigins(Map.of("kizeo_forms", "http://127.0.0.1:" + kizeo.port())), clock, Map.of());
        server.app().tokens().register(TOKEN, Caller.user("alice"), "alice");
        return server;
    }

    private static List<Run> runs(RunningServer server, String flowId) {
        return server.app().runtime().list("alice", flowId, 100);
    }
}
