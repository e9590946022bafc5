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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class PandadocConnectorTest {

    private static final Credentials API_KEY = new Credentials.ApiKey("pd-key-123");
    private static final Credentials OAUTH = new Credentials.Bearer("pd-oauth-token");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void createDocument_postsTemplateRecipientsTokensAndFields_withTheApiKeyHeader() {
        api.wireMock().stubFor(post(urlEqualTo("/public/v1/documents"))
                .withHeader("Authorization", equalTo("API-Key pd-key-123"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "Contract for Acme", "template_uuid": "ustHNnVaPCD6MzuoNBbZ8L",
                         "recipients": [{"email": "jane@acme.com", "first_name": "Jane", "last_name": "Roe", "role": "Signer"}],
                         "tokens": [{"name": "Client.Company", "value": "Acme"}],
                         "fields": {"Delivery": {"value": "Same day"}, "Like": {"value": true}},
                         "metadata": {"crm_id": "42"}, "tags": ["q2"]}"""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "XHjv8z3SfDuTseFSnhprML", "name": "Contract for Acme", "status": "document.uploaded",
                         "date_created": "2024-07-05T15:05:27.787341Z", "date_modified": "2024-07-05T15:05:27.787341Z",
                         "expiration_date": null, "uuid": "XHjv8z3SfDuTseFSnhprML"}""")));

        JsonNode out = api.run("pandadoc", "create_document", """
                {"name": "Contract for Acme", "template_uuid": "ustHNnVaPCD6MzuoNBbZ8L",
                 "recipients": [{"email": "jane@acme.com", "first_name": "Jane", "last_name": "Roe", "role": "Signer"}],
                 "tokens": [{"name": "Client.Company", "value": "Acme"}],
                 "fields": {"Delivery": {"value": "Same day"}, "Like": {"value": true}},
                 "metadata": {"crm_id": "42"}, "tags": ["q2"]}""", API_KEY, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("XHjv8z3SfDuTseFSnhprML");
        assertThat(out.path("status").asString()).isEqualTo("document.uploaded");
        assertThat(out.path("date_created").asString()).isEqualTo("2024-07-05T15:05:27.787341Z");
    }

    @Test
    void createDocument_withAnOauthConnection_sendsABearerToken() {
        api.wireMock().stubFor(post(urlEqualTo("/public/v1/documents"))
                .withHeader("Authorization", equalTo("Bearer pd-oauth-token"))
                .withRequestBody(equalToJson("""
                        {"name": "NDA", "template_uuid": "tpl1", "recipients": [{"email": "bob@example.com"}]}"""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"doc2\", \"name\": \"NDA\", \"status\": \"document.uploaded\"}")));

        JsonNode out = api.run("pandadoc", "create_document",
                "{\"name\": \"NDA\", \"template_uuid\": \"tpl1\", \"recipients\": [{\"email\": \"bob@example.com\"}]}", OAUTH, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("doc2");
    }

    @Test
    void createDocument_badRequestCarriesStatusAndPandadocsDetail() {
        api.wireMock().stubFor(post(urlEqualTo("/public/v1/documents"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"type": "request_error", "detail": "Template with uuid tpl-missing does not exist"}""")));

        assertThatThrownBy(() -> api.run("pandadoc", "create_document",
                "{\"name\": \"x\", \"template_uuid\": \"tpl-missing\", \"recipients\": [{\"email\": \"a@b.c\"}]}", API_KEY, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("tpl-missing does not exist")
                            .doesNotContain("pd-key-123");
                });
    }

    @Test
    void sendDocument_postsSubjectMessageAndSilent() {
        api.wireMock().stubFor(post(urlEqualTo("/public/v1/documents/XHjv8z3SfDuTseFSnhprML/send"))
                .withHeader("Authorization", equalTo("API-Key pd-key-123"))
                .withRequestBody(equalToJson("""
                        {"subject": "Please sign", "message": "Hello Jane, here is the contract.", "silent": false}"""))
                .willReturn(okJson("{\"id\": \"XHjv8z3SfDuTseFSnhprML\", \"name\": \"Contract for Acme\", \"status\": \"document.sent\"}")));

        JsonNode out = api.run("pandadoc", "send_document", """
                {"document_id": "XHjv8z3SfDuTseFSnhprML", "subject": "Please sign",
                 "message": "Hello Jane, here is the contract.", "silent": false}""", API_KEY, Map.of());

        assertThat(out.path("status").asString()).isEqualTo("document.sent");
    }

    @Test
    void sendDocument_stillProcessingIsA409() {
        api.wireMock().stubFor(post(urlEqualTo("/public/v1/documents/doc1/send"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("""
                        {"type": "request_error", "detail": "Document should be in draft state"}""")));

        assertThatThrownBy(() -> api.run("pandadoc", "send_document", "{\"document_id\": \"doc1\"}", API_KEY, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("draft state");
                });
    }

    @Test
    void getDocumentStatus_returnsTheStatus() {
        api.wireMock().stubFor(get(urlEqualTo("/public/v1/documents/doc1"))
                .withHeader("Authorization", equalTo("API-Key pd-key-123"))
                .willReturn(okJson("""
                        {"id": "doc1", "name": "NDA", "status": "document.completed", "date_created": "2024-07-01T10:00:00Z",
                         "date_modified": "2024-07-02T10:00:00Z", "date_completed": "2024-07-02T10:00:00Z", "expiration_date": null}""")));

        JsonNode out = api.run("pandadoc", "get_document_status", "{\"document_id\": \"doc1\"}", API_KEY, Map.of());

        assertThat(out.path("status").asString()).isEqualTo("document.completed");
        assertThat(out.path("date_completed").asString()).isEqualTo("2024-07-02T10:00:00Z");
    }

    @Test
    void listTemplates_passesTheSearchAndPaging() {
        api.wireMock().stubFor(get(urlPathEqualTo("/public/v1/templates"))
                .withHeader("Authorization", equalTo("API-Key pd-key-123"))
                .withQueryParam("q", equalTo("sales contract"))
                .withQueryParam("count", equalTo("20"))
                .withQueryParam("page", equalTo("2"))
                .withQueryParam("tag", absent())
                .willReturn(okJson("""
                        {"results": [{"id": "ustHNnVaPCD6MzuoNBbZ8L", "name": "Sales contract", "date_created": "2024-01-01T00:00:00Z",
                                      "date_modified": "2024-02-01T00:00:00Z", "version": "2"}]}""")));

        JsonNode out = api.run("pandadoc", "list_templates", "{\"q\": \"sales contract\", \"count\": 20, \"page\": 2}", API_KEY, Map.of());

        assertThat(out.path("templates")).hasSize(1);
        assertThat(out.path("templates").get(0).path("id").asString()).isEqualTo("ustHNnVaPCD6MzuoNBbZ8L");
        assertThat(out.path("templates").get(0).path("name").asString()).isEqualTo("Sales contract");
    }

    @Test
    void downloadDocument_storesThePdfInTheBlobStore() {
        byte[] pdf = "%PDF-1.7 signed contract".getBytes(StandardCharsets.UTF_8);
        api.wireMock().stubFor(get(urlEqualTo("/public/v1/documents/doc1/download"))
                .withHeader("Authorization", equalTo("API-Key pd-key-123"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(pdf)));

        JsonNode out = api.run("pandadoc", "download_document", "{\"document_id\": \"doc1\"}", API_KEY, Map.of());

        JsonNode file = out.path("file");
        assertThat(file.path("name").asString()).isEqualTo("doc1.pdf");
        assertThat(file.path("mime").asString()).isEqualTo("application/pdf");
        assertThat(file.path("size").asInt()).isEqualTo(pdf.length);
        assertThat(api.blobs().read("alice", file.path("file_id").asString())).hasValue(pdf);
    }
}
