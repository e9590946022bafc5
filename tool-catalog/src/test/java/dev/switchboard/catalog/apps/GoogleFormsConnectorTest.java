package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class GoogleFormsConnectorTest {

    private static final String TOKEN = "ya29.forms-token";
    private static final Credentials AUTH = new Credentials.Bearer(TOKEN);

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private static MappingBuilder authed(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private JsonNode run(String action, String input) {
        return api.run("google_forms", action, input, AUTH, Map.of());
    }

    @Test
    void getForm_returnsTheQuestionsWithTheirIds_includingGridRows() {
        api.wireMock().stubFor(authed(get(urlEqualTo("/v1/forms/form-1"))).willReturn(okJson("""
                {"formId": "form-1", "responderUri": "https://docs.google.com/forms/d/e/xyz/viewform",
                 "info": {"title": "Event feedback", "documentTitle": "Feedback (copy)", "description": "Tell us"},
                 "items": [
                   {"itemId": "i1", "title": "Your name", "questionItem": {"question": {"questionId": "q1", "required": true, "textQuestion": {}}}},
                   {"itemId": "i2", "title": "Welcome!", "textItem": {}},
                   {"itemId": "i3", "title": "Rate", "questionGroupItem": {"questions": [
                      {"questionId": "q3a", "rowQuestion": {"title": "Food"}},
                      {"questionId": "q3b", "required": true, "rowQuestion": {"title": "Venue"}}], "grid": {}}}]}""")));

        JsonNode out = run("get_form", "{\"form_id\": \"form-1\"}");

        assertThat(out.path("title").asString()).isEqualTo("Event feedback");
        assertThat(out.path("description").asString()).isEqualTo("Tell us");
        assertThat(out.path("responder_uri").asString()).isEqualTo("https://docs.google.com/forms/d/e/xyz/viewform");
        assertThat(out.path("questions").toString()).isEqualTo("""
                [{"question_id":"q1","item_id":"i1","title":"Your name","required":true},\
                {"question_id":"q3a","item_id":"i3","title":"Rate - Food","required":false},\
                {"question_id":"q3b","item_id":"i3","title":"Rate - Venue","required":true}]""");
    }

    @Test
    void listResponses_filtersBySubmissionTime_andGathersEveryPage() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v1/forms/form-1/responses")))
                .withQueryParam("filter", equalTo("timestamp > 2024-05-01T00:00:00Z"))
                .withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"responses\": [{\"responseId\": \"r1\"}], \"nextPageToken\": \"n2\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v1/forms/form-1/responses")))
                .withQueryParam("filter", equalTo("timestamp > 2024-05-01T00:00:00Z"))
                .withQueryParam("pageToken", equalTo("n2"))
                .willReturn(okJson("""
                        {"responses": [{"responseId": "r2", "answers": {"q1": {"questionId": "q1",
                          "textAnswers": {"answers": [{"value": "Ann"}]}}}}]}""")));

        JsonNode out = run("list_responses", "{\"form_id\": \"form-1\", \"submitted_after\": \"2024-05-01T00:00:00Z\"}");

        assertThat(out.path("responses").findValuesAsString("responseId")).containsExactly("r1", "r2");
        assertThat(out.path("responses").get(1).path("answers").path("q1").path("textAnswers").path("answers").get(0)
                .path("value").asString()).isEqualTo("Ann");
    }

    @Test
    void listResponses_withoutATime_sendsNoFilter() {
        api.wireMock().stubFor(authed(get(urlEqualTo("/v1/forms/form-1/responses"))).willReturn(okJson("{}")));

        JsonNode out = run("list_responses", "{\"form_id\": \"form-1\"}");

        assertThat(out.path("responses").isArray()).isTrue();
        assertThat(out.path("responses")).isEmpty();
    }

    @Test
    void formWithoutAccess_failsWithGooglesStatusAndMessage() {
        api.wireMock().stubFor(authed(get(urlEqualTo("/v1/forms/secret"))).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED"}}""")));

        assertThatThrownBy(() -> run("get_form", "{\"form_id\": \"secret\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("HTTP 403").contains("The caller does not have permission");
                });
    }

    @Test
    void newResponse_firstPollRecordsTheBaseline_thenEmitsOnlyTheNewResponseOnce() {
        stubResponses("{\"responses\": [{\"responseId\": \"r1\", \"createTime\": \"2024-05-01T10:00:00Z\"}]}");
        assertThat(poll()).isEmpty();

        stubResponses("""
                {"responses": [{"responseId": "r1", "createTime": "2024-05-01T10:00:00Z"},
                               {"responseId": "r2", "createTime": "2024-05-02T08:00:00Z", "respondentEmail": "bob@example.com"}]}""");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("responseId").asString()).isEqualTo("r2");
        assertThat(fresh.get(0).path("respondentEmail").asString()).isEqualTo("bob@example.com");

        assertThat(poll()).isEmpty();
    }

    private void stubResponses(String body) {
        api.wireMock().stubFor(authed(get(urlEqualTo("/v1/forms/form-1/responses"))).willReturn(okJson(body)));
    }

    private List<JsonNode> poll() {
        return api.poll("google_forms", "new_response", "{\"form_id\": \"form-1\"}", AUTH, Map.of(), "flow-1");
    }
}
