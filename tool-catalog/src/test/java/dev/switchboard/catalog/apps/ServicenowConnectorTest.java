package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class ServicenowConnectorTest {

    private static final String TABLE = "/api/now/table/incident";
    private static final Credentials ADMIN = new Credentials.Basic("integration", "sn-secret-pw");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("integration:sn-secret-pw".getBytes(StandardCharsets.UTF_8));
    private static final Map<String, String> INSTANCE = Map.of("instance", "acme");
    private static final String SYS_ID = "9d385017c611228701d22104cc95c371";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input, Credentials credentials) {
        return api.run("servicenow", action, input, credentials, INSTANCE);
    }

    private static String incident(String number, String state) {
        return "{\"result\": {\"sys_id\": \"" + SYS_ID + "\", \"number\": \"" + number + "\", \"state\": \"" + state
                + "\", \"short_description\": \"VPN down\", \"priority\": \"2\", \"urgency\": \"1\"}}";
    }

    @Test
    void createIncident_postsTheFieldsToTheIncidentTable_andReturnsSysIdAndNumber() {
        api.wireMock().stubFor(post(urlPathEqualTo(TABLE))
                .withHeader("Authorization", equalTo(BASIC))
                .withQueryParam("sysparm_exclude_reference_link", equalTo("true"))
                .withQueryParam("sysparm_input_display_value", equalTo("true"))
                .withQueryParam("sysparm_display_value", absent())
                .withRequestBody(equalToJson("""
                        {"short_description": "VPN down", "urgency": "1", "impact": "2", "caller_id": "Abel Tuter", "u_site": "Paris"}"""))
                .willReturn(okJson(incident("INC0010023", "1")).withStatus(201)));
        JsonNode out = run("create_incident", """
                {"fields": {"short_description": "VPN down", "urgency": "1", "impact": "2", "caller_id": "Abel Tuter", "u_site": "Paris"},
                 "input_display_value": true}""", ADMIN);
        assertThat(out.path("sys_id").asString()).isEqualTo(SYS_ID);
        assertThat(out.path("number").asString()).isEqualTo("INC0010023");
        assertThat(out.path("priority").asString()).isEqualTo("2");
        assertThat(out.path("record").path("urgency").asString()).isEqualTo("1");
    }

    @Test
    void updateIncident_patchesTheRecordBySysId_withAnOAuthToken() {
        api.wireMock().stubFor(patch(urlPathEqualTo(TABLE + "/" + SYS_ID))
                .withHeader("Authorization", equalTo("Bearer sn-oauth-token"))
                .withQueryParam("sysparm_exclude_reference_link", equalTo("true"))
                .withRequestBody(equalToJson("""
                        {"state": "6", "close_code": "Solved (Permanently)", "close_notes": "Restarted the gateway"}"""))
                .willReturn(okJson(incident("INC0010023", "6"))));
        JsonNode out = run("update_incident", """
                {"sys_id": "%s", "fields": {"state": "6", "close_code": "Solved (Permanently)", "close_notes": "Restarted the gateway"}}"""
                .formatted(SYS_ID), new Credentials.Bearer("sn-oauth-token"));
        assertThat(out.path("state").asString()).isEqualTo("6");
        assertThat(out.path("number").asString()).isEqualTo("INC0010023");
    }

    @Test
    void getIncident_readsOneRecordWithDisplayValues() {
        api.wireMock().stubFor(get(urlPathEqualTo(TABLE + "/" + SYS_ID))
                .withHeader("Authorization", equalTo(BASIC))
                .withQueryParam("sysparm_display_value", equalTo("true"))
                .willReturn(okJson(incident("INC0010023", "In Progress"))));
        JsonNode out = run("get_incident", "{\"sys_id\": \"" + SYS_ID + "\", \"display_value\": true}", ADMIN);
        assertThat(out.path("state").asString()).isEqualTo("In Progress");
    }

    @Test
    void findIncidents_readsEveryPageByOffset() {
        String firstPage = IntStream.range(0, 100).mapToObj(i -> "{\"number\": \"INC" + i + "\"}").collect(Collectors.joining(","));
        api.wireMock().stubFor(get(urlPathEqualTo(TABLE))
                .withHeader("Authorization", equalTo(BASIC))
                .withQueryParam("sysparm_query", equalTo("active=true^priority=1"))
                .withQueryParam("sysparm_fields", equalTo("number,short_description"))
                .withQueryParam("sysparm_limit", equalTo("100")).withQueryParam("sysparm_offset", equalTo("0"))
                .willReturn(okJson("{\"result\": [" + firstPage + "]}")));
        api.wireMock().stubFor(get(urlPathEqualTo(TABLE))
                .withQueryParam("sysparm_query", equalTo("active=true^priority=1"))
                .withQueryParam("sysparm_limit", equalTo("100")).withQueryParam("sysparm_offset", equalTo("100"))
                .willReturn(okJson("{\"result\": [{\"number\": \"INC100\"}]}")));
        JsonNode out = run("find_incidents", "{\"query\": \"active=true^priority=1\", \"fields\": \"number,short_description\"}", ADMIN);
        assertThat(out.path("incidents")).hasSize(101);
        assertThat(out.path("incidents").get(100).path("number").asString()).isEqualTo("INC100");
    }

    @Test
    void providerError_comesBackWithStatusAndServiceNowMessage() {
        api.wireMock().stubFor(patch(urlPathEqualTo(TABLE + "/" + SYS_ID))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "No Record found", "detail": "Record doesn't exist or ACL restricts the record retrieval"},
                         "status": "failure"}""")));
        assertThatThrownBy(() -> run("update_incident", "{\"sys_id\": \"" + SYS_ID + "\", \"fields\": {\"state\": \"2\"}}", ADMIN))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("No Record found").doesNotContain("sn-secret-pw");
                });
    }
}
