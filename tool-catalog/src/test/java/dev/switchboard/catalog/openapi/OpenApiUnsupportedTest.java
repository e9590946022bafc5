package dev.switchboard.catalog.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.switchboard.catalog.openapi.ImportResult.Skipped;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What cannot become an action is listed with its reason, never dropped, and nothing is ever fetched. */
class OpenApiUnsupportedTest {

    WireMockServer remote;

    @BeforeEach
    void start() {
        remote = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        remote.start();
        // were the importer to fetch, it would get a valid schema: the test must see no request at all
        remote.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/.*"))
                .willReturn(okJson("{\"Pet\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}}}")));
    }

    @AfterEach
    void stop() {
        remote.stop();
    }

    @Test
    void remoteRefs_areNeverFetched_andTheOperationsNeedingThemAreSkipped() {
        String base = "http://127.0.0.1:" + remote.port();
        ImportResult result = OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Pets, version: "1"}
                servers: [{url: "https://pets.example.com"}]
                paths:
                  /pets:
                    post:
                      operationId: addPet
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: "%1$s/x.json#/Pet"}
                      responses: {"201": {description: created}}
                    get:
                      operationId: listPets
                      parameters:
                        - $ref: "%1$s/params.yaml#/limit"
                      responses: {"200": {description: ok}}
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  owner: {$ref: "%1$s/x.json#/Owner"}
                  /stores:
                    $ref: "%1$s/paths.yaml#/stores"
                  /health:
                    get:
                      operationId: health
                      responses: {"200": {description: ok}}
                """.formatted(base), "pets");

        assertThat(remote.getAllServeEvents()).isEmpty();
        assertThat(result.connector().actions()).extracting(a -> a.id()).containsExactly("health");
        assertThat(result.skipped()).containsExactlyInAnyOrder(
                new Skipped("POST", "/pets", "needs the remote $ref '" + base + "/x.json#/Pet' (remote references are never fetched)"),
                new Skipped("GET", "/pets", "needs the remote $ref '" + base + "/params.yaml#/limit' (remote references are never fetched)"),
                new Skipped("GET", "/pets/{id}", "needs the remote $ref '" + base + "/x.json#/Owner' (remote references are never fetched)"),
                new Skipped("", "paths./stores", "the path item needs the remote $ref '" + base
                        + "/paths.yaml#/stores' (remote references are never fetched)"));
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
    }

    @Test
    void remoteRefs_inAn31Document_areNeverFetchedEither() {
        String base = "http://127.0.0.1:" + remote.port();
        ImportResult result = OpenApiTestSupport.importText("""
                {"openapi": "3.1.0", "info": {"title": "Pets", "version": "1"},
                 "servers": [{"url": "https://pets.example.com"}],
                 "paths": {"/pets": {"post": {"operationId": "addPet",
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "%s/x.json#/Pet"}}}},
                   "responses": {"201": {"description": "created"}}}}}}
                """.formatted(base), "pets");

        assertThat(remote.getAllServeEvents()).isEmpty();
        assertThat(result.connector().actions()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("remote $ref"));
    }

    @Test
    void cookieParameters_optionsAndTrace_deepObjects_andNamelessMultipart_areSkippedWithTheirReason() {
        ImportResult result = OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Odd, version: "1"}
                servers: [{url: "https://odd.example.com"}]
                paths:
                  /session:
                    get:
                      operationId: whoAmI
                      parameters: [{name: sid, in: cookie, schema: {type: string}}]
                      responses: {"200": {description: ok}}
                    options:
                      responses: {"200": {description: ok}}
                    trace:
                      responses: {"200": {description: ok}}
                  /search:
                    get:
                      operationId: search
                      parameters:
                        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}}}}
                      responses: {"200": {description: ok}}
                  /upload:
                    post:
                      operationId: upload
                      requestBody:
                        content:
                          multipart/form-data:
                            schema: {type: array, items: {type: string}}
                      responses: {"200": {description: ok}}
                  /ok:
                    get:
                      responses: {"200": {description: ok}}
                """, "odd");

        assertThat(result.connector().actions()).extracting(a -> a.id()).containsExactly("get_ok");
        assertThat(result.skipped()).containsExactlyInAnyOrder(
                new Skipped("GET", "/session", "cookie parameter 'sid' (connectors send only path, query and header parameters)"),
                new Skipped("OPTIONS", "/session", "connectors send only GET, POST, PUT, PATCH, DELETE and HEAD requests"),
                new Skipped("TRACE", "/session", "connectors send only GET, POST, PUT, PATCH, DELETE and HEAD requests"),
                new Skipped("GET", "/search", "the query parameter 'filter' is an object in style deepObject"),
                new Skipped("POST", "/upload", "a multipart/form-data body without named fields"));
        assertThat(result.skippedOperations()).hasSize(5);
    }

    @Test
    void brokenLocalRefs_skipTheOperation() {
        ImportResult result = OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Broken, version: "1"}
                servers: [{url: "https://broken.example.com"}]
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        "200":
                          description: ok
                          content: {application/json: {schema: {$ref: "#/components/schemas/Nowhere"}}}
                """, "broken");

        assertThat(result.connector().actions()).isEmpty();
        assertThat(result.skipped()).containsExactly(new Skipped("GET", "/things",
                "the $ref '#/components/schemas/Nowhere' points to nothing in the document"));
    }

    @Test
    void textThatIsNoOpenApi3Document_isRefusedWithTheParsersMessages() {
        assertThatThrownBy(() -> OpenApiTestSupport.importText("swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n", "old"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an OpenAPI 3 document");
        assertThatThrownBy(() -> OpenApiTestSupport.importText("just some words", "old"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an OpenAPI 3 document");
    }

    @Test
    void anAppNameThatCannotBeAToolPrefix_isRefused() {
        assertThatThrownBy(() -> OpenApiTestSupport.importText("openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\n", "My-App"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app name");
    }
}
