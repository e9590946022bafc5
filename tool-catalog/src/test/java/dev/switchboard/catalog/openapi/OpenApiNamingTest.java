package dev.switchboard.catalog.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.schema.SchemaLint;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Action ids and input names: snake_case, unique, short enough, and mapped back to the real names. */
class OpenApiNamingTest {

    private static final String LONG_ID = "getTheVeryLongListOfAllTheWorkflowTransitionRulesConfiguredForEveryProjectInTheSite";

    private static final String YAML = """
            openapi: 3.0.3
            info: {title: Names, version: "1"}
            servers: [{url: "https://names.example.com/v1"}]
            paths:
              /projects/{projectIdOrKey}/issues:
                parameters:
                  - {name: projectIdOrKey, in: path, required: true, description: The project., schema: {type: string}}
                  - {name: X-Request-Id, in: header, schema: {type: string}}
                get:
                  responses: {"200": {description: ok}}
                post:
                  operationId: createIssue
                  parameters:
                    - {name: X-Request-Id, in: header, required: true, description: Required here., schema: {type: string}}
                    - {name: notifyUsers, in: query, schema: {type: boolean}}
                  requestBody:
                    required: true
                    content: {application/json: {schema: {type: object, properties: {summary: {type: string}}}}}
                  responses: {"201": {description: created}}
              /issues:
                get:
                  operationId: create_issue
                  parameters:
                    - {name: id, in: query, schema: {type: string}}
                    - {name: id, in: header, schema: {type: string}}
                    - {name: body, in: query, schema: {type: string}}
                    - {name: "$.xgafv", in: query, schema: {type: string}}
                    - {name: 2fa, in: query, schema: {type: string}}
                    - {name: Accept, in: header, schema: {type: string}}
                  responses: {"200": {description: ok}}
                put:
                  operationId: createIssue
                  requestBody:
                    content: {application/json: {schema: {type: object}}}
                  responses: {"200": {description: ok}}
              /rules:
                get:
                  operationId: %1$s
                  responses: {"200": {description: ok}}
                post:
                  operationId: %1$sAgain
                  responses: {"200": {description: ok}}
                put:
                  operationId: %1$s
                  responses: {"200": {description: ok}}
              /orphans/{orphanId}:
                delete:
                  operationId: "123 delete!"
                  responses: {"204": {description: gone}}
            """.formatted(LONG_ID);

    @Test
    void ids_comeFromOperationIdsInSnakeCase_orFromMethodAndPath_andAreMadeUnique() {
        ImportResult result = OpenApiTestSupport.importText(YAML, "names");

        assertThat(result.connector().actions()).extracting(ActionSpec::id).startsWith(
                "get_projects_project_id_or_key_issues", "create_issue", "create_issue_2", "create_issue_3");
        assertThat(result.connector().actions()).extracting(ActionSpec::id).contains("op_123_delete");
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
    }

    @Test
    void longIds_areCutWithAHashSuffix_soThatEveryToolNameFits64Characters() {
        String app = "a_rather_long_application_name"; // 30 characters, the longest app id
        ImportResult result = OpenApiTestSupport.importText(YAML, app);

        List<String> ruleIds = result.connector().actions().stream().map(ActionSpec::id)
                .filter(id -> id.startsWith("get_the_very_long")).toList();
        assertThat(ruleIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(ruleIds).allSatisfy(id -> {
            assertThat(app + "__" + id).hasSizeLessThanOrEqualTo(64).matches(SchemaLint.TOOL_NAME);
            assertThat(id).matches("[a-z][a-z0-9_]*_[0-9a-f]{6}(_[0-9])?");
        });
        // the same document gives the same ids every time
        assertThat(OpenApiTestSupport.importText(YAML, app).connector().actions()).extracting(ActionSpec::id)
                .isEqualTo(result.connector().actions().stream().map(ActionSpec::id).toList());
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
    }

    @Test
    void pathLevelParameters_areInherited_andTheOperationsOwnOverrideThem() {
        ActionSpec list = action(OpenApiTestSupport.importText(YAML, "names"), "get_projects_project_id_or_key_issues");
        ActionSpec create = action(OpenApiTestSupport.importText(YAML, "names"), "create_issue");

        assertThat(list.input().path("properties").propertyNames()).containsExactly("project_id_or_key", "x_request_id");
        assertThat(list.input().path("required")).extracting(JsonNode::asString).containsExactly("project_id_or_key");
        assertThat(create.input().path("properties").path("x_request_id").path("description").asString()).isEqualTo("Required here.");
        assertThat(create.input().path("required")).extracting(JsonNode::asString)
                .containsExactly("project_id_or_key", "x_request_id", "body");
    }

    @Test
    void inputNames_areSafe_andTheRequestUsesTheRealNames() {
        ImportResult result = OpenApiTestSupport.importText(YAML, "names");
        RequestSpec create = action(result, "create_issue").requests().get(0);
        ActionSpec search = action(result, "create_issue_2");

        assertThat(create.path()).isEqualTo("/projects/{project_id_or_key}/issues");
        assertThat(create.headers()).containsOnlyKeys("X-Request-Id");
        assertThat(create.headers().get("X-Request-Id").asString()).isEqualTo("{{input.x_request_id}}");
        assertThat(create.query().get("notifyUsers").asString()).isEqualTo("{{input.notify_users}}");
        // a clash takes the location as suffix; 'body' stays free for request bodies; Accept is the engine's
        assertThat(search.input().path("properties").propertyNames())
                .containsExactly("id", "id_header", "body", "xgafv", "p_2fa");
        RequestSpec request = search.requests().get(0);
        assertThat(request.query()).containsOnlyKeys("id", "body", "$.xgafv", "2fa");
        assertThat(request.query().get("2fa").asString()).isEqualTo("{{input.p_2fa}}");
        assertThat(request.headers()).containsOnlyKeys("id");
        assertThat(request.headers().get("id").asString()).isEqualTo("{{input.id_header}}");
    }

    @Test
    void aBodyNextToAParameterNamedBody_keepsTheNameBody() {
        ImportResult result = OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Names, version: "1"}
                servers: [{url: "https://names.example.com"}]
                paths:
                  /notes:
                    post:
                      operationId: addNote
                      parameters: [{name: body, in: query, schema: {type: string}}]
                      requestBody: {content: {application/json: {schema: {type: object}}}}
                      responses: {"200": {description: ok}}
                """, "names");
        ActionSpec add = action(result, "add_note");

        assertThat(add.input().path("properties").propertyNames()).containsExactly("body_query", "body");
        assertThat(add.requests().get(0).query().get("body").asString()).isEqualTo("{{input.body_query}}");
    }

    @Test
    void titlesAndDescriptions_fallBackToMethodAndPath() {
        ActionSpec list = action(OpenApiTestSupport.importText(YAML, "names"), "get_projects_project_id_or_key_issues");

        assertThat(list.title()).isEqualTo("GET /projects/{projectIdOrKey}/issues");
        assertThat(list.description()).isEqualTo("GET /projects/{projectIdOrKey}/issues");
    }

    @Test
    void namesHelper_snakeCasesEveryKindOfName() {
        assertThat(Names.snake("issueIdOrKey")).isEqualTo("issue_id_or_key");
        assertThat(Names.snake("getHTTPResponseCode")).isEqualTo("get_http_response_code");
        assertThat(Names.snake("drive.files.create")).isEqualTo("drive_files_create");
        assertThat(Names.snake("X-Atlassian-Token")).isEqualTo("x_atlassian_token");
        assertThat(Names.snake("page[size]")).isEqualTo("page_size");
        assertThat(Names.describe("issueIdOrKey")).isEqualTo("Issue id or key.");
        assertThat(Names.fit("abcdefghijklmnopqrstuvwxyz", 12)).hasSize(12).startsWith("abcde_");
    }

    static ActionSpec action(ImportResult result, String id) {
        return result.connector().action(id).orElseThrow(() -> new AssertionError("no action " + id + " in "
                + result.connector().actions().stream().map(ActionSpec::id).toList()));
    }
}
