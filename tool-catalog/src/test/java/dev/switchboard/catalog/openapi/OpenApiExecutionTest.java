package dev.switchboard.catalog.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.engine.HttpEngine;
import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import dev.switchboard.catalog.net.OutboundGuard;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imported actions run through the HTTP engine against a local stub that asserts the exact
 * request: every request to the API's real host goes to WireMock with the same path and query.
 */
class OpenApiExecutionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String WEATHER = """
            openapi: 3.0.3
            info: {title: Weather, version: "1"}
            servers: [{url: "https://weather.example.com/{version}", variables: {version: {default: v2}}}]
            security: [{appid: []}]
            paths:
              /cities/{cityName}/forecast:
                get:
                  operationId: getForecast
                  parameters:
                    - {name: cityName, in: path, required: true, schema: {type: string}}
                    - {name: days, in: query, schema: {type: integer}}
                    - {name: fields, in: query, explode: false, schema: {type: array, items: {type: string}}}
                    - {name: X-Trace-Id, in: header, schema: {type: string}}
                  responses:
                    "200":
                      description: The forecast.
                      content: {application/json: {schema: {type: object, properties: {temp: {type: number}}}}}
              /stations/{stationIds}/latest:
                get:
                  operationId: latestFromStations
                  parameters: [{name: stationIds, in: path, required: true, schema: {type: array, items: {type: string}}}]
                  responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {}}}}}}
              /reports/{reportId}.pdf:
                get:
                  operationId: downloadReport
                  parameters: [{name: reportId, in: path, required: true, schema: {type: integer}}]
                  responses:
                    "200": {description: The report., content: {application/pdf: {schema: {type: string, format: binary}}}}
            components:
              securitySchemes:
                appid: {type: apiKey, in: query, name: appid}
            """;

    @TempDir
    Path temp;

    WireMockServer api;
    BlobStore blobs;
    HttpEngine engine;

    @BeforeEach
    void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        String origin = "http://127.0.0.1:" + api.port();
        blobs = new BlobStore(temp.resolve("blobs"));
        engine = new HttpEngine(new OutboundGuard(List.of("127.0.0.1")), blobs,
                uri -> URI.create(origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())),
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    /** Imports the document, writes and re-reads it as a connector file, and runs one action. */
    private JsonNode run(String document, String app, String action, String input, Credentials credentials) {
        return run(document, app, action, input, credentials, Map.of());
    }

    private JsonNode run(String document, String app, String action, String input, Credentials credentials,
            Map<String, String> settings) {
        Connector imported = OpenApiTestSupport.importText(document, app).connector();
        Catalog catalog = new Catalog();
        catalog.add(ConnectorLoader.read(app + ".json", new ByteArrayInputStream(OpenApiTestSupport.file(imported))));
        Connection connection = new Connection("c1", "test", app, "alice", credentials, settings);
        return new ActionRunner(catalog, engine).run(new ActionCall(app, action, JSON.readTree(input), connection, "alice"));
    }

    private LoggedRequest onlyRequest() {
        assertThat(api.getAllServeEvents()).hasSize(1);
        return api.getAllServeEvents().get(0).getRequest();
    }

    @Test
    void getWithPathQueryAndHeaderParameters_andAnApiKeyInTheQuery_sendsTheRealNames() {
        api.stubFor(get(urlPathEqualTo("/v2/cities/S%C3%A3o%20Paulo/forecast"))
                .withQueryParam("days", equalTo("3"))
                .withQueryParam("fields", equalTo("temp,wind"))
                .withQueryParam("appid", equalTo("key-123"))
                .withHeader("X-Trace-Id", equalTo("t-1"))
                .willReturn(okJson("{\"temp\": 21.5}")));

        JsonNode out = run(WEATHER, "weather", "get_forecast",
                "{\"city_name\": \"São Paulo\", \"days\": 3, \"fields\": [\"temp\", \"wind\"], \"x_trace_id\": \"t-1\"}",
                new Credentials.ApiKey("key-123"));

        assertThat(out).isEqualTo(JSON.readTree("{\"temp\": 21.5}"));
        assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("days", "fields", "appid");
    }

    @Test
    void absentOptionalParameters_areLeftOut() {
        api.stubFor(get(urlPathEqualTo("/v2/cities/Oslo/forecast")).withHeader("X-Trace-Id", absent())
                .willReturn(okJson("{\"temp\": -3}")));

        run(WEATHER, "weather", "get_forecast", "{\"city_name\": \"Oslo\"}", new Credentials.ApiKey("key-123"));

        assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("appid");
    }

    @Test
    void aRelativeServer_isServedFromTheConnectionsBaseUrl_andAnOmittedOptionalBodySendsNothing() {
        api.stubFor(post(urlPathEqualTo("/shop/api/v1/orders")).withRequestBody(absent())
                .willReturn(aResponse().withStatus(201)));

        JsonNode out = run(OpenApiRequestMappingTest.DOCUMENT, "shop", "create_order", "{}", new Credentials.None(),
                Map.of("base_url", "https://shop.example.com/shop"));

        assertThat(out).isEqualTo(JSON.readTree("{\"result\": null}"));
        assertThat(onlyRequest().getHeader("Content-Type")).isNull();
    }

    @Test
    void aFormBody_isUrlEncoded_toTheOperationsOwnServer() {
        api.stubFor(post(urlPathEqualTo("/login"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("user=ann&password=p%26ss"))
                .willReturn(okJson("{\"ok\": true}")));

        JsonNode out = run(OpenApiRequestMappingTest.DOCUMENT, "shop", "login",
                "{\"body\": {\"user\": \"ann\", \"password\": \"p&ss\"}}", new Credentials.None(), Map.of());

        assertThat(out.path("ok").asBoolean()).isTrue();
        assertThat(onlyRequest().getAbsoluteUrl()).endsWith("/login");
    }

    @Test
    void anArrayPathParameter_isJoinedWithCommas_andEachItemEncoded() {
        api.stubFor(get(urlPathEqualTo("/v2/stations/north%20pier,7/latest")).willReturn(okJson("[1, 2]")));

        JsonNode out = run(WEATHER, "weather", "latest_from_stations", "{\"station_ids\": [\"north pier\", \"7\"]}",
                new Credentials.ApiKey("k"));

        assertThat(out).isEqualTo(JSON.readTree("{\"result\": [1, 2]}"));
    }

    @Test
    void aBinaryResponse_isStoredAsAFile() {
        api.stubFor(get(urlPathEqualTo("/v2/reports/42.pdf"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7")));

        JsonNode out = run(WEATHER, "weather", "download_report", "{\"report_id\": 42}", new Credentials.ApiKey("k"));

        FileRef file = blobs.describe("alice", out.path("file").path("file_id").asString()).orElseThrow();
        assertThat(file.mime()).isEqualTo("application/pdf");
        assertThat(new String(blobs.read("alice", file.fileId()).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
    }

    @Test
    void jiraGetIssue_sendsRepeatedArrayParameters_withBasicAuth() {
        api.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-7"))
                .withQueryParam("fields", havingExactly("summary", "status"))
                .withQueryParam("expand", equalTo("names"))
                .withBasicAuth("me@example.com", "api-token")
                .willReturn(okJson("{\"id\": \"10007\", \"key\": \"PROJ-7\"}")));

        JsonNode out = run(OpenApiTestSupport.resource("jira.json"), "jira", "get_issue",
                "{\"issue_id_or_key\": \"PROJ-7\", \"fields\": [\"summary\", \"status\"], \"expand\": \"names\"}",
                new Credentials.Basic("me@example.com", "api-token"));

        assertThat(out.path("key").asString()).isEqualTo("PROJ-7");
        assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("fields", "expand");
    }

    @Test
    void asanaCreateTask_postsTheJsonBody_withJoinedFieldsAndABearerToken() {
        api.stubFor(post(urlPathEqualTo("/api/1.0/tasks"))
                .withQueryParam("opt_fields", equalTo("name,notes"))
                .withHeader("Authorization", equalTo("Bearer pat-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"data\": {\"name\": \"Buy milk\", \"workspace\": \"123\"}}"))
                .willReturn(okJson("{\"data\": {\"gid\": \"999\", \"name\": \"Buy milk\"}}").withStatus(201)));

        JsonNode out = run(OpenApiTestSupport.resource("asana.json"), "asana", "create_task",
                "{\"opt_fields\": [\"name\", \"notes\"], \"body\": {\"data\": {\"name\": \"Buy milk\", \"workspace\": \"123\"}}}",
                new Credentials.Bearer("pat-1"));

        assertThat(out.path("data").path("gid").asString()).isEqualTo("999");
        assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("opt_fields");
    }

    @Test
    void jiraAddAttachment_uploadsTheFileAsTheMultipartFieldFile() {
        FileRef file = blobs.put("alice", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        api.stubFor(post(urlPathEqualTo("/rest/api/3/issue/PROJ-7/attachments"))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(equalTo("hello")))
                .willReturn(okJson("[{\"id\": \"1\", \"filename\": \"notes.txt\"}]")));

        JsonNode out = run(OpenApiTestSupport.resource("jira.json"), "jira", "add_attachment",
                "{\"issue_id_or_key\": \"PROJ-7\", \"file\": {\"file_id\": \"" + file.fileId() + "\"}}",
                new Credentials.Basic("me@example.com", "api-token"));

        assertThat(out.path("result").get(0).path("filename").asString()).isEqualTo("notes.txt");
        assertThat(onlyRequest().getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    }

    @Test
    void gmailSend_sendsTheFileBytes_withTheFilesMediaType() {
        FileRef mail = blobs.put("alice", "mail.eml", "message/rfc822",
                "To: bob@example.com\r\nSubject: Hi\r\n\r\nHello".getBytes(StandardCharsets.UTF_8));
        api.stubFor(post(urlPathEqualTo("/gmail/v1/users/me/messages/send"))
                .withHeader("Content-Type", equalTo("message/rfc822"))
                .withRequestBody(equalTo("To: bob@example.com\r\nSubject: Hi\r\n\r\nHello"))
                .willReturn(okJson("{\"id\": \"m1\", \"threadId\": \"t1\"}")));

        JsonNode out = run(OpenApiTestSupport.resource("gmail.json"), "gmail", "gmail_users_messages_send",
                "{\"user_id\": \"me\", \"file\": {\"file_id\": \"" + mail.fileId() + "\"}}", new Credentials.Bearer("ya29"));

        assertThat(out.path("id").asString()).isEqualTo("m1");
    }
}
