package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class SalesforceConnectorTest {

    private static final String V = "/services/data/v64.0";
    private static final Credentials TOKEN = new Credentials.Bearer("00Dxx!sf-token");
    private static final Map<String, String> ORG = Map.of("instance_url", "https://acme.my.salesforce.com");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("salesforce", action, input, TOKEN, ORG);
    }

    private void stubCreate(String sobject, String expectedBody, String id) {
        api.wireMock().stubFor(post(urlEqualTo(V + "/sobjects/" + sobject + "/"))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(expectedBody))
                .willReturn(okJson("{\"id\": \"" + id + "\", \"errors\": [], \"success\": true}").withStatus(201)));
    }

    @Test
    void createLead_postsTheFieldsToTheLeadSObject_andReturnsTheNewId() {
        stubCreate("Lead", "{\"LastName\": \"Doe\", \"Company\": \"Acme\", \"Email\": \"jane@acme.com\", \"Region__c\": \"EMEA\"}",
                "00Q5g00000AbCdEAAA");
        JsonNode out = run("create_lead", """
                {"fields": {"LastName": "Doe", "Company": "Acme", "Email": "jane@acme.com", "Region__c": "EMEA"}}""");
        assertThat(out.path("id").asString()).isEqualTo("00Q5g00000AbCdEAAA");
        assertThat(out.path("success").asBoolean()).isTrue();
    }

    @Test
    void createContact_postsToTheContactSObject() {
        stubCreate("Contact", "{\"LastName\": \"Doe\", \"FirstName\": \"Jane\", \"AccountId\": \"0015g00000XyZabAAB\"}",
                "0035g00000AbCdEAAA");
        JsonNode out = run("create_contact", """
                {"fields": {"LastName": "Doe", "FirstName": "Jane", "AccountId": "0015g00000XyZabAAB"}}""");
        assertThat(out.path("id").asString()).isEqualTo("0035g00000AbCdEAAA");
    }

    @Test
    void createOpportunity_postsToTheOpportunitySObject_keepingNumbers() {
        stubCreate("Opportunity", "{\"Name\": \"Acme renewal\", \"StageName\": \"Prospecting\", \"CloseDate\": \"2026-12-31\", \"Amount\": 12500.5}",
                "0065g00000AbCdEAAA");
        JsonNode out = run("create_opportunity", """
                {"fields": {"Name": "Acme renewal", "StageName": "Prospecting", "CloseDate": "2026-12-31", "Amount": 12500.5}}""");
        assertThat(out.path("id").asString()).isEqualTo("0065g00000AbCdEAAA");
    }

    @Test
    void createQuote_postsToTheQuoteSObject() {
        stubCreate("Quote", "{\"Name\": \"Q-1 Acme\", \"OpportunityId\": \"0065g00000AbCdEAAA\", \"ExpirationDate\": \"2027-01-31\"}",
                "0Q05g00000AbCdEAAA");
        JsonNode out = run("create_quote", """
                {"fields": {"Name": "Q-1 Acme", "OpportunityId": "0065g00000AbCdEAAA", "ExpirationDate": "2027-01-31"}}""");
        assertThat(out.path("id").asString()).isEqualTo("0Q05g00000AbCdEAAA");
    }

    @Test
    void createRecord_postsToTheNamedObject() {
        stubCreate("Invoice__c", "{\"Name\": \"INV-7\", \"Total__c\": 99}", "a015g00000AbCdEAAA");
        JsonNode out = run("create_record", "{\"object\": \"Invoice__c\", \"fields\": {\"Name\": \"INV-7\", \"Total__c\": 99}}");
        assertThat(out.path("id").asString()).isEqualTo("a015g00000AbCdEAAA");
    }

    @Test
    void updateRecord_patchesOnlyTheGivenFields_andReportsSuccessOnNoContent() {
        api.wireMock().stubFor(patch(urlEqualTo(V + "/sobjects/Opportunity/0065g00000AbCdEAAA"))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .withRequestBody(equalToJson("{\"StageName\": \"Closed Won\", \"NextStep\": null}"))
                .willReturn(aResponse().withStatus(204)));
        JsonNode out = run("update_record", """
                {"object": "Opportunity", "record_id": "0065g00000AbCdEAAA", "fields": {"StageName": "Closed Won", "NextStep": null}}""");
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("id").asString()).isEqualTo("0065g00000AbCdEAAA");
    }

    @Test
    void getRecord_readsTheRecordWithTheListedFields() {
        api.wireMock().stubFor(get(urlPathEqualTo(V + "/sobjects/Contact/0035g00000AbCdEAAA"))
                .withQueryParam("fields", equalTo("Name,Email"))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .willReturn(okJson("""
                        {"attributes": {"type": "Contact", "url": "/services/data/v64.0/sobjects/Contact/0035g00000AbCdEAAA"},
                         "Name": "Jane Doe", "Email": "jane@acme.com", "Id": "0035g00000AbCdEAAA"}""")));
        JsonNode out = run("get_record", "{\"object\": \"Contact\", \"record_id\": \"0035g00000AbCdEAAA\", \"fields\": \"Name,Email\"}");
        assertThat(out.path("Email").asString()).isEqualTo("jane@acme.com");
        assertThat(out.path("attributes").path("type").asString()).isEqualTo("Contact");
    }

    @Test
    void findRecords_thenGetMoreRecords_returnsEveryBatchOfAPagedQuery() {
        String soql = "SELECT Id, Name FROM Account WHERE Industry = 'Retail'";
        api.wireMock().stubFor(get(urlPathEqualTo(V + "/query"))
                .withQueryParam("q", equalTo(soql))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .willReturn(okJson("""
                        {"totalSize": 3, "done": false, "nextRecordsUrl": "/services/data/v64.0/query/01gRO0000016PIAYA2-2",
                         "records": [{"attributes": {"type": "Account"}, "Id": "001A", "Name": "Alpha"},
                                     {"attributes": {"type": "Account"}, "Id": "001B", "Name": "Beta"}]}""")));
        api.wireMock().stubFor(get(urlEqualTo(V + "/query/01gRO0000016PIAYA2-2"))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .willReturn(okJson("""
                        {"totalSize": 3, "done": true,
                         "records": [{"attributes": {"type": "Account"}, "Id": "001C", "Name": "Gamma"}]}""")));

        JsonNode first = run("find_records", "{\"soql\": \"" + soql + "\"}");
        assertThat(first.path("total_size").asInt()).isEqualTo(3);
        assertThat(first.path("done").asBoolean()).isFalse();
        assertThat(first.path("records").size()).isEqualTo(2);
        String next = first.path("next_records_url").asString();
        assertThat(next).isEqualTo("/services/data/v64.0/query/01gRO0000016PIAYA2-2");

        JsonNode second = run("get_more_records", "{\"next_records_url\": \"" + next + "\"}");
        assertThat(second.path("done").asBoolean()).isTrue();
        assertThat(second.has("next_records_url")).isFalse();
        List<String> names = new java.util.ArrayList<>();
        first.path("records").forEach(r -> names.add(r.path("Name").asString()));
        second.path("records").forEach(r -> names.add(r.path("Name").asString()));
        assertThat(names).containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void providerError_comesBackWithStatusAndSalesforceMessage() {
        api.wireMock().stubFor(post(urlEqualTo(V + "/sobjects/Lead/"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        [{"message": "Required fields are missing: [Company]", "errorCode": "REQUIRED_FIELD_MISSING", "fields": ["Company"]}]""")));
        assertThatThrownBy(() -> run("create_lead", "{\"fields\": {\"LastName\": \"Doe\"}}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("Required fields are missing: [Company]")
                            .doesNotContain("sf-token");
                });
    }

    @Test
    void newRecord_firstPollIsTheBaseline_thenOnlyNewRecordsFireOnce() {
        String soql = "SELECT FIELDS(ALL) FROM Lead ORDER BY CreatedDate DESC LIMIT 200";
        String old = "{\"attributes\": {\"type\": \"Lead\"}, \"Id\": \"00Q1\", \"LastName\": \"Old\", \"CreatedDate\": \"2026-11-01T10:00:00.000+0000\"}";
        String fresh = "{\"attributes\": {\"type\": \"Lead\"}, \"Id\": \"00Q2\", \"LastName\": \"New\", \"CreatedDate\": \"2026-11-02T10:00:00.000+0000\"}";
        stubPoll(soql, "[" + old + "]");
        assertThat(api.poll("salesforce", "new_record", "{\"object\": \"Lead\"}", TOKEN, ORG, "flow-1")).isEmpty();

        stubPoll(soql, "[" + fresh + ", " + old + "]");
        List<JsonNode> second = api.poll("salesforce", "new_record", "{\"object\": \"Lead\"}", TOKEN, ORG, "flow-1");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("Id").asString()).isEqualTo("00Q2");
        assertThat(second.get(0).path("LastName").asString()).isEqualTo("New");

        assertThat(api.poll("salesforce", "new_record", "{\"object\": \"Lead\"}", TOKEN, ORG, "flow-1")).isEmpty();
    }

    @Test
    void newRecord_withFieldsAndConditions_buildsTheSoqlQuery() {
        stubPoll("SELECT Id, CreatedDate, Name, Email FROM Contact WHERE LeadSource = 'Web' ORDER BY CreatedDate DESC LIMIT 200", "[]");
        assertThat(api.poll("salesforce", "new_record",
                "{\"object\": \"Contact\", \"fields\": \"Name, Email\", \"conditions\": \"LeadSource = 'Web'\"}", TOKEN, ORG, "flow-2"))
                .isEmpty();
        assertThat(api.wireMock().getAllServeEvents()).hasSize(1);
        assertThat(api.wireMock().getAllServeEvents().get(0).getResponse().getStatus()).isEqualTo(200);
    }

    private void stubPoll(String soql, String records) {
        api.wireMock().stubFor(get(urlPathEqualTo(V + "/query"))
                .withQueryParam("q", equalTo(soql))
                .withHeader("Authorization", equalTo("Bearer 00Dxx!sf-token"))
                .willReturn(okJson("{\"totalSize\": 1, \"done\": true, \"records\": " + records + "}")));
    }
}
