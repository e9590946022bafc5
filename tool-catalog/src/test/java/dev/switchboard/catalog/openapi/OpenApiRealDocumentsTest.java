package dev.switchboard.catalog.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.openapi.ImportResult.Skipped;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five public documents of test/resources/openapi (see NOTICE.md there) import completely into valid tools. */
class OpenApiRealDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Skipped GOOGLE_IMPLICIT = new Skipped("", "components.securitySchemes.Oauth2.flows.implicit",
            "the OAuth2 implicit flow is not supported (only authorizationCode and clientCredentials)");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jira, jira, 499", "asana, asana, 167", "google-drive, google_drive, 50", "google-sheets, google_sheets, 17",
            "gmail, gmail, 79"})
    void everyOperation_becomesAValidTool(String document, String app, int operations) {
        String text = OpenApiTestSupport.resource(document + ".json");
        ImportResult result = OpenApiTestSupport.importText(text, app);

        assertThat(operationsIn(text)).isEqualTo(operations);
        assertThat(result.connector().actions()).hasSize(operations);
        assertThat(result.skippedOperations()).isEmpty();
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
        assertThat(result.connector().actions()).allSatisfy(a -> {
            assertThat(a.output() == null || a.output().path("type").asString().equals("object")).as(a.id()).isTrue();
            assertThat(a.requests()).singleElement().satisfies(r -> assertThat(r.path()).doesNotContainPattern("\\{[^}]*[A-Z-.][^}]*}"));
        });
    }

    @Test
    void jira_allItsOperations_withBasicAndOAuth2Auth() {
        ImportResult result = OpenApiTestSupport.importText(OpenApiTestSupport.resource("jira.json"), "jira");
        Connector jira = result.connector();

        assertThat(jira.actions()).hasSize(499);
        assertThat(result.skipped()).isEmpty();
        assertThat(jira.baseUrls()).containsExactly(java.util.Map.entry("api", "https://your-domain.atlassian.net"));
        assertThat(jira.auth()).extracting(AuthSpec::type).containsExactly("oauth2_code", "basic");
        AuthSpec oauth = jira.auth().get(0);
        assertThat(oauth.authorizeUrl()).isEqualTo("https://auth.atlassian.com/authorize");
        assertThat(oauth.tokenUrl()).isEqualTo("https://auth.atlassian.com/oauth/token");
        assertThat(oauth.scopes()).contains("read:jira-work", "write:jira-work");

        ActionSpec getIssue = jira.action("get_issue").orElseThrow();
        assertThat(getIssue.title()).isEqualTo("Get issue");
        assertThat(getIssue.annotations().readOnly()).isTrue();
        assertThat(getIssue.requests().get(0).path()).isEqualTo("/rest/api/3/issue/{issue_id_or_key}");
        assertThat(getIssue.output().path("properties").has("fields")).isTrue();
        ActionSpec deleteIssue = jira.action("delete_issue").orElseThrow();
        assertThat(deleteIssue.annotations().destructive()).isTrue();
        assertThat(deleteIssue.annotations().idempotent()).isTrue();
        // bodies that are not JSON still become tools: raw bytes from a file, multipart with the field 'file'
        assertThat(jira.action("create_project_avatar").orElseThrow().requests().get(0).body().type()).isEqualTo("file");
        assertThat(jira.action("add_attachment").orElseThrow().requests().get(0).body().parts())
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("file"));
    }

    @Test
    void asana_joinsItsUnexplodedArrays_andDropsReadOnlyFieldsFromInputs() {
        Connector asana = OpenApiTestSupport.importText(OpenApiTestSupport.resource("asana.json"), "asana").connector();
        ActionSpec create = asana.action("create_task").orElseThrow();
        RequestSpec request = create.requests().get(0);

        assertThat(request.query().get("opt_fields").asString()).isEqualTo("{{= $join(input.opt_fields.$string(), \",\")}}");
        JsonNode data = create.input().path("properties").path("body").path("properties").path("data");
        assertThat(data.path("properties").has("name")).isTrue();
        assertThat(data.path("properties").has("gid")).isFalse();
        assertThat(create.output().path("properties").path("data").path("properties").has("gid")).isTrue();
        assertThat(asana.auth()).extracting(AuthSpec::type).containsExactly("oauth2_code", "bearer");
    }

    @Test
    void googleDocuments_reportTheImplicitFlow_andUseTheAuthorizationCodeFlow() {
        for (String[] doc : new String[][] {{"google-drive", "google_drive"}, {"google-sheets", "google_sheets"}, {"gmail", "gmail"}}) {
            ImportResult result = OpenApiTestSupport.importText(OpenApiTestSupport.resource(doc[0] + ".json"), doc[1]);

            assertThat(result.skipped()).as(doc[0]).containsExactly(GOOGLE_IMPLICIT);
            assertThat(result.connector().auth()).as(doc[0]).singleElement().satisfies(a -> {
                assertThat(a.type()).isEqualTo("oauth2_code");
                assertThat(a.tokenUrl()).isEqualTo("https://accounts.google.com/o/oauth2/token");
            });
        }
        Connector drive = OpenApiTestSupport.importText(OpenApiTestSupport.resource("google-drive.json"), "google_drive").connector();
        assertThat(drive.baseUrls()).containsEntry("api", "https://www.googleapis.com/drive/v3");
        assertThat(drive.action("drive_files_list").orElseThrow().requests().get(0).query().get("$.xgafv").asString())
                .isEqualTo("{{input.xgafv}}");
    }

    @Test
    void importingTwice_givesTheSameConnector() {
        String text = OpenApiTestSupport.resource("jira.json");

        assertThat(OpenApiTestSupport.importText(text, "jira")).isEqualTo(OpenApiTestSupport.importText(text, "jira"));
    }

    private static int operationsIn(String document) {
        int count = 0;
        for (JsonNode item : JSON.readTree(document).path("paths")) {
            count += (int) item.propertyNames().stream().filter(METHODS::contains).count();
        }
        return count;
    }
}
