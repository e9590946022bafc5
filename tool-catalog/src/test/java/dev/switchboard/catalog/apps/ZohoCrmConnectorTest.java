package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class ZohoCrmConnectorTest {

    private static final Credentials TOKEN = new Credentials.ApiKey("1000.zoho-access-token");
    private static final String AUTH = "Zoho-oauthtoken 1000.zoho-access-token";
    private static final Map<String, String> EU = Map.of("domain", "eu");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("zoho_crm", action, input, TOKEN, EU);
    }

    private static final String SAVED = """
            {"data": [{"code": "SUCCESS", "status": "success", "message": "record added",
                       "details": {"id": "4150868000000225013", "Created_Time": "2026-11-20T10:00:00+01:00",
                                   "Modified_Time": "2026-11-20T10:00:00+01:00"}}]}""";

    @Test
    void createLead_postsTheLeadAsTheOnlyRecordOfData_withTheZohoTokenHeader() {
        api.wireMock().stubFor(post(urlEqualTo("/crm/v7/Leads"))
                .withHeader("Authorization", equalTo(AUTH))
                .withRequestBody(equalToJson("""
                        {"data": [{"Last_Name": "Lee", "Company": "Acme", "Email": "ann@acme.com", "Region__c": "North"}],
                         "trigger": ["workflow"]}"""))
                .willReturn(okJson(SAVED).withStatus(201)));
        JsonNode out = run("create_lead", """
                {"lead": {"Last_Name": "Lee", "Company": "Acme", "Email": "ann@acme.com", "Region__c": "North"}, "trigger": ["workflow"]}""");
        assertThat(out.path("id").asString()).isEqualTo("4150868000000225013");
        assertThat(out.path("code").asString()).isEqualTo("SUCCESS");
        assertThat(out.path("created_time").asString()).isEqualTo("2026-11-20T10:00:00+01:00");
    }

    @Test
    void createRecord_postsToTheNamedModule_withoutTriggerWhenNotGiven() {
        api.wireMock().stubFor(post(urlEqualTo("/crm/v7/Deals"))
                .withHeader("Authorization", equalTo(AUTH))
                .withRequestBody(equalToJson("""
                        {"data": [{"Deal_Name": "Renewal", "Stage": "Qualification", "Account_Name": {"id": "4150868000000224005"}}]}"""))
                .willReturn(okJson(SAVED).withStatus(201)));
        JsonNode out = run("create_record", """
                {"module": "Deals", "record": {"Deal_Name": "Renewal", "Stage": "Qualification", "Account_Name": {"id": "4150868000000224005"}}}""");
        assertThat(out.path("status").asString()).isEqualTo("success");
    }

    @Test
    void createRecord_recordLevelErrorInASuccessfulResponse_failsWithZohosCodeAndMessage() {
        api.wireMock().stubFor(post(urlEqualTo("/crm/v7/Contacts"))
                .willReturn(okJson("""
                        {"data": [{"code": "MANDATORY_NOT_FOUND", "details": {"api_name": "Last_Name"},
                                   "message": "required field not found", "status": "error"}]}""").withStatus(207)));
        assertThatThrownBy(() -> run("create_record", "{\"module\": \"Contacts\", \"record\": {\"First_Name\": \"Ann\"}}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(207);
                    assertThat(e.getMessage()).contains("MANDATORY_NOT_FOUND: required field not found");
                });
    }

    @Test
    void executeFunction_postsToTheExecuteEndpoint_withOauthAuthTypeAndJsonArguments() {
        api.wireMock().stubFor(post(urlPathEqualTo("/crm/v7/functions/createfollowuptasks/actions/execute"))
                .withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("auth_type", equalTo("oauth"))
                .withQueryParam("arguments", equalToJson("{\"lead_id\": \"4150868000000225013\", \"days\": 3}"))
                .willReturn(okJson("""
                        {"code": "success", "details": {"output": "{\\"tasks\\":2}", "output_type": "string", "id": "4150868000000396001"},
                         "message": "function executed successfully"}""")));
        JsonNode out = run("execute_function", """
                {"function_api_name": "createfollowuptasks", "arguments": {"lead_id": "4150868000000225013", "days": 3}}""");
        assertThat(out.path("code").asString()).isEqualTo("success");
        assertThat(out.path("output").asString()).isEqualTo("{\"tasks\":2}");
    }

    @Test
    void getRecords_readsEveryPage_sortedNewestFirstByDefault() {
        String page1 = IntStream.range(0, 200).mapToObj(i -> "{\"id\": \"" + i + "\", \"Last_Name\": \"L" + i + "\"}")
                .collect(Collectors.joining(","));
        api.wireMock().stubFor(get(urlPathEqualTo("/crm/v7/Leads"))
                .withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("fields", equalTo("Last_Name,Email")).withQueryParam("sort_by", equalTo("Created_Time"))
                .withQueryParam("sort_order", equalTo("desc"))
                .withQueryParam("page", equalTo("1")).withQueryParam("per_page", equalTo("200"))
                .willReturn(okJson("{\"data\": [" + page1 + "], \"info\": {\"page\": 1, \"per_page\": 200, \"more_records\": true}}")));
        api.wireMock().stubFor(get(urlPathEqualTo("/crm/v7/Leads"))
                .withQueryParam("page", equalTo("2")).withQueryParam("per_page", equalTo("200"))
                .willReturn(okJson("{\"data\": [{\"id\": \"200\", \"Last_Name\": \"L200\"}], \"info\": {\"page\": 2, \"more_records\": false}}")));
        JsonNode out = run("get_records", "{\"module\": \"Leads\", \"fields\": \"Last_Name,Email\"}");
        assertThat(out.path("records")).hasSize(201);
        assertThat(out.path("records").get(200).path("Last_Name").asString()).isEqualTo("L200");
    }

    @Test
    void providerError_comesBackWithStatusAndZohoMessage() {
        api.wireMock().stubFor(post(urlEqualTo("/crm/v7/Leads"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": \"INVALID_TOKEN\", \"details\": {}, \"message\": \"invalid oauth token\", \"status\": \"error\"}")));
        assertThatThrownBy(() -> run("create_lead", "{\"lead\": {\"Last_Name\": \"Lee\"}}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("HTTP 401").contains("invalid oauth token").doesNotContain("zoho-access-token");
                });
    }

    @Test
    void newRecord_firstPollIsTheBaseline_thenOnlyNewRecordsFireOnce() {
        stubPoll("{\"data\": [{\"id\": \"1\", \"Created_Time\": \"2026-11-01T10:00:00+01:00\", \"Email\": \"a@x.com\"}]}");
        assertThat(api.poll("zoho_crm", "new_record", "{\"module\": \"Leads\", \"fields\": \"Email\"}", TOKEN, EU, "flow-1")).isEmpty();

        stubPoll("{\"data\": [{\"id\": \"2\", \"Created_Time\": \"2026-11-02T10:00:00+01:00\", \"Email\": \"b@x.com\"},"
                + " {\"id\": \"1\", \"Created_Time\": \"2026-11-01T10:00:00+01:00\", \"Email\": \"a@x.com\"}]}");
        List<JsonNode> second = api.poll("zoho_crm", "new_record", "{\"module\": \"Leads\", \"fields\": \"Email\"}", TOKEN, EU, "flow-1");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("Email").asString()).isEqualTo("b@x.com");

        assertThat(api.poll("zoho_crm", "new_record", "{\"module\": \"Leads\", \"fields\": \"Email\"}", TOKEN, EU, "flow-1")).isEmpty();
    }

    @Test
    void newRecord_onAnEmptyModule_emitsNothing() {
        api.wireMock().stubFor(get(urlPathEqualTo("/crm/v7/Deals")).willReturn(aResponse().withStatus(204)));
        assertThat(api.poll("zoho_crm", "new_record", "{\"module\": \"Deals\"}", TOKEN, EU, "flow-2")).isEmpty();
        assertThat(api.poll("zoho_crm", "new_record", "{\"module\": \"Deals\"}", TOKEN, EU, "flow-2")).isEmpty();
    }

    private void stubPoll(String body) {
        api.wireMock().stubFor(get(urlPathEqualTo("/crm/v7/Leads"))
                .withHeader("Authorization", equalTo(AUTH))
                .withQueryParam("fields", equalTo("Created_Time,Email")).withQueryParam("sort_by", equalTo("Created_Time"))
                .withQueryParam("sort_order", equalTo("desc")).withQueryParam("per_page", equalTo("100"))
                .willReturn(okJson(body)));
    }
}
