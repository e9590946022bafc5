package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class JiraConnectorTest {

    private static final String API = "/rest/api/3";
    private static final Credentials TOKEN = new Credentials.Basic("ann@acme.com", "ATATT-jira-token");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("ann@acme.com:ATATT-jira-token".getBytes(StandardCharsets.UTF_8));
    private static final Map<String, String> SITE = Map.of("instance_url", "https://acme.atlassian.net");
    private static final String FIELDS = "summary,status,issuetype,project,priority,assignee,reporter,created,updated";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("jira", action, input, TOKEN, SITE);
    }

    @Test
    void createIssue_sendsTheFieldsWithAnAdfDescriptionOneParagraphPerLine() {
        api.wireMock().stubFor(post(urlEqualTo(API + "/issue"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("""
                        {"fields": {
                          "project": {"key": "SUP"},
                          "issuetype": {"name": "Bug"},
                          "summary": "Login fails",
                          "description": {"type": "doc", "version": 1, "content": [
                            {"type": "paragraph", "content": [{"type": "text", "text": "Steps: open /login"}]},
                            {"type": "paragraph"},
                            {"type": "paragraph", "content": [{"type": "text", "text": "Expected \\"OK\\" {not 500}"}]}]},
                          "priority": {"name": "High"},
                          "assignee": {"accountId": "5b10ac8d82e05b22cc7d4ef5"},
                          "labels": ["web", "auth"],
                          "components": [{"name": "Frontend"}],
                          "duedate": "2026-12-01",
                          "customfield_10010": 5}}"""))
                .willReturn(okJson("{\"id\": \"10042\", \"key\": \"SUP-42\", \"self\": \"https://acme.atlassian.net/rest/api/3/issue/10042\"}")
                        .withStatus(201)));
        JsonNode out = run("create_issue", """
                {"project_key": "SUP", "issue_type": "Bug", "summary": "Login fails",
                 "description": "Steps: open /login\\r\\n\\nExpected \\"OK\\" {not 500}", "priority": "High",
                 "assignee_account_id": "5b10ac8d82e05b22cc7d4ef5", "labels": ["web", "auth"], "components": ["Frontend"],
                 "due_date": "2026-12-01", "fields": {"customfield_10010": 5}}""");
        assertThat(out.path("id").asString()).isEqualTo("10042");
        assertThat(out.path("key").asString()).isEqualTo("SUP-42");
        assertThat(out.path("url").asString()).endsWith("/issue/10042");
    }

    @Test
    void createIssue_withOnlyTheRequiredInputs_leavesEveryOptionalFieldOut() {
        api.wireMock().stubFor(post(urlEqualTo(API + "/issue"))
                .withRequestBody(equalToJson("""
                        {"fields": {"project": {"key": "SUP"}, "issuetype": {"id": "10001"}, "summary": "Tidy up",
                                    "parent": {"key": "SUP-1"}}}"""))
                .willReturn(okJson("{\"id\": \"10043\", \"key\": \"SUP-43\", \"self\": \"x\"}").withStatus(201)));
        JsonNode out = run("create_issue", "{\"project_key\": \"SUP\", \"issue_type_id\": \"10001\", \"summary\": \"Tidy up\", \"parent_key\": \"SUP-1\"}");
        assertThat(out.path("key").asString()).isEqualTo("SUP-43");
    }

    @Test
    void addComment_convertsPlainTextToAtlassianDocumentFormat() {
        api.wireMock().stubFor(post(urlEqualTo(API + "/issue/SUP-42/comment"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("""
                        {"body": {"type": "doc", "version": 1, "content": [
                          {"type": "paragraph", "content": [{"type": "text", "text": "Fixed in build 7."}]},
                          {"type": "paragraph", "content": [{"type": "text", "text": "Please retest."}]}]},
                         "visibility": {"type": "role", "value": "Developers"}}"""))
                .willReturn(okJson("""
                        {"id": "10500", "created": "2026-11-20T10:00:00.000+0000", "author": {"displayName": "Ann"},
                         "self": "https://acme.atlassian.net/rest/api/3/issue/10042/comment/10500"}""").withStatus(201)));
        JsonNode out = run("add_comment", "{\"issue_key\": \"SUP-42\", \"body\": \"Fixed in build 7.\\nPlease retest.\", \"visible_to_role\": \"Developers\"}");
        assertThat(out.path("id").asString()).isEqualTo("10500");
        assertThat(out.path("author").asString()).isEqualTo("Ann");
    }

    @Test
    void addComment_singleLine_isOneParagraphWithoutVisibility() {
        api.wireMock().stubFor(post(urlEqualTo(API + "/issue/SUP-42/comment"))
                .withRequestBody(equalToJson("""
                        {"body": {"type": "doc", "version": 1, "content": [
                          {"type": "paragraph", "content": [{"type": "text", "text": "Done."}]}]}}"""))
                .willReturn(okJson("{\"id\": \"10501\"}").withStatus(201)));
        assertThat(run("add_comment", "{\"issue_key\": \"SUP-42\", \"body\": \"Done.\"}").path("id").asString()).isEqualTo("10501");
    }

    @Test
    void listTransitions_returnsIdsNamesAndTargetStatuses() {
        api.wireMock().stubFor(get(urlEqualTo(API + "/issue/SUP-42/transitions"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("""
                        {"transitions": [
                          {"id": "21", "name": "Start progress", "hasScreen": false,
                           "to": {"id": "3", "name": "In Progress", "statusCategory": {"name": "In Progress"}}},
                          {"id": "31", "name": "Done", "hasScreen": true,
                           "to": {"id": "10001", "name": "Done", "statusCategory": {"name": "Done"}}}]}""")));
        JsonNode out = run("list_transitions", "{\"issue_key\": \"SUP-42\"}");
        assertThat(out.path("transitions")).hasSize(2);
        assertThat(out.path("transitions").get(1).path("id").asString()).isEqualTo("31");
        assertThat(out.path("transitions").get(1).path("to_status").asString()).isEqualTo("Done");
        assertThat(out.path("transitions").get(1).path("has_screen").asBoolean()).isTrue();
        assertThat(out.path("transitions").get(0).path("to_category").asString()).isEqualTo("In Progress");
    }

    @Test
    void transitionIssue_postsTheTransitionId_andReportsSuccessOnNoContent() {
        api.wireMock().stubFor(post(urlEqualTo(API + "/issue/SUP-42/transitions"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"transition\": {\"id\": \"31\"}}"))
                .willReturn(aResponse().withStatus(204)));
        JsonNode out = run("transition_issue", "{\"issue_key\": \"SUP-42\", \"transition_id\": \"31\"}");
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("issue_key").asString()).isEqualTo("SUP-42");
    }

    @Test
    void searchIssues_followsNextPageToken_andReturnsEveryPage() {
        String jql = "project = SUP AND status != Done ORDER BY created DESC";
        api.wireMock().stubFor(get(urlPathEqualTo(API + "/search/jql"))
                .withQueryParam("jql", equalTo(jql)).withQueryParam("fields", equalTo(FIELDS))
                .withQueryParam("maxResults", equalTo("2")).withQueryParam("nextPageToken", absent())
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("{\"issues\": [" + issue("1", "SUP-1", "One") + ", " + issue("2", "SUP-2", "Two")
                        + "], \"nextPageToken\": \"tok-2\", \"isLast\": false}")));
        api.wireMock().stubFor(get(urlPathEqualTo(API + "/search/jql"))
                .withQueryParam("jql", equalTo(jql)).withQueryParam("nextPageToken", equalTo("tok-2"))
                .willReturn(okJson("{\"issues\": [" + issue("3", "SUP-3", "Three") + "], \"isLast\": true}")));
        JsonNode out = run("search_issues", "{\"jql\": \"" + jql + "\", \"page_size\": 2}");
        assertThat(out.path("issues")).hasSize(3);
        assertThat(out.path("issues").get(2).path("key").asString()).isEqualTo("SUP-3");
        assertThat(out.path("issues").get(0).path("summary").asString()).isEqualTo("One");
        assertThat(out.path("issues").get(0).path("status").asString()).isEqualTo("To Do");
        assertThat(out.path("issues").get(0).path("assignee").asString()).isEqualTo("Ann");
        assertThat(out.path("issues").get(0).path("project_key").asString()).isEqualTo("SUP");
    }

    @Test
    void getIssue_returnsTheMainFieldsAndTheRawFields() {
        api.wireMock().stubFor(get(urlEqualTo(API + "/issue/SUP-1"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson(issue("1", "SUP-1", "One"))));
        JsonNode out = run("get_issue", "{\"issue_key\": \"SUP-1\"}");
        assertThat(out.path("key").asString()).isEqualTo("SUP-1");
        assertThat(out.path("issue_type").asString()).isEqualTo("Task");
        assertThat(out.path("fields").path("summary").asString()).isEqualTo("One");
    }

    @Test
    void providerError_comesBackWithStatusAndJiraMessage() {
        api.wireMock().stubFor(get(urlEqualTo(API + "/issue/SUP-999/transitions"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\": [\"Issue does not exist or you do not have permission to see it.\"], \"errors\": {}}")));
        assertThatThrownBy(() -> run("list_transitions", "{\"issue_key\": \"SUP-999\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("Issue does not exist").doesNotContain("ATATT");
                });
    }

    @Test
    void newIssue_firstPollIsTheBaseline_thenOnlyNewIssuesFireOnce() {
        stubPoll("[" + issue("1", "SUP-1", "One") + "]");
        assertThat(api.poll("jira", "new_issue", "{\"jql\": \"project = SUP\"}", TOKEN, SITE, "flow-1")).isEmpty();

        stubPoll("[" + issue("2", "SUP-2", "Two") + ", " + issue("1", "SUP-1", "One") + "]");
        List<JsonNode> second = api.poll("jira", "new_issue", "{\"jql\": \"project = SUP\"}", TOKEN, SITE, "flow-1");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("key").asString()).isEqualTo("SUP-2");
        assertThat(second.get(0).path("fields").path("summary").asString()).isEqualTo("Two");

        assertThat(api.poll("jira", "new_issue", "{\"jql\": \"project = SUP\"}", TOKEN, SITE, "flow-1")).isEmpty();
    }

    private void stubPoll(String issues) {
        api.wireMock().stubFor(get(urlPathEqualTo(API + "/search/jql"))
                .withQueryParam("jql", equalTo("project = SUP ORDER BY created DESC"))
                .withQueryParam("fields", equalTo(FIELDS)).withQueryParam("maxResults", equalTo("50"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("{\"issues\": " + issues + ", \"isLast\": true}")));
    }

    private static String issue(String id, String key, String summary) {
        return """
                {"id": "%s", "key": "%s", "self": "https://acme.atlassian.net/rest/api/3/issue/%s",
                 "fields": {"summary": "%s", "status": {"name": "To Do"}, "issuetype": {"name": "Task"},
                            "project": {"key": "SUP"}, "priority": {"name": "Medium"}, "assignee": {"displayName": "Ann"},
                            "reporter": {"displayName": "Bob"}, "created": "2026-11-01T10:00:00.000+0000",
                            "updated": "2026-11-02T10:00:00.000+0000"}}""".formatted(id, key, id, summary);
    }
}
