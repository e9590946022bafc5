package dev.switchboard.catalog.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Annotations;
import dev.switchboard.catalog.connector.BodySpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.RequestSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Servers, bodies of every media type, responses and annotations map onto the connector format. */
class OpenApiRequestMappingTest {

    static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: Shop, version: "1", description: Sells things., x-logo: {url: "https://shop.example.com/logo.png"}}
            externalDocs: {url: "https://shop.example.com/docs"}
            servers: [{url: /api/v1}]
            paths:
              /orders:
                get:
                  operationId: listOrders
                  responses: {"200": {description: ok, content: {text/csv: {schema: {type: string}}}}}
                post:
                  operationId: createOrder
                  summary: Create an order
                  externalDocs: {url: "https://shop.example.com/docs/orders"}
                  requestBody:
                    content:
                      application/xml: {schema: {type: object}}
                      application/json: {schema: {type: object, properties: {item: {type: string}}}}
                  responses: {"201": {description: created}}
                put:
                  operationId: replaceOrders
                  requestBody:
                    required: true
                    content: {application/merge-patch+json: {schema: {type: object}}}
                  responses: {"204": {description: done}}
                delete:
                  operationId: clearOrders
                  deprecated: true
                  responses: {"204": {description: done}}
                patch:
                  operationId: noteOrders
                  requestBody: {content: {text/plain: {schema: {type: string}}}}
                  responses: {"204": {description: done}}
                head:
                  operationId: checkOrders
                  responses: {"200": {description: ok}}
              /login:
                post:
                  operationId: login
                  servers: [{url: "https://auth.shop.example.com"}]
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema: {type: object, required: [user], properties: {user: {type: string}, password: {type: string}}}
                  responses: {"200": {description: ok}}
              /photos:
                post:
                  operationId: uploadPhoto
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            caption: {type: string}
                            meta: {type: object, properties: {tags: {type: array, items: {type: string}}}}
                            image: {type: string, format: binary, description: The picture.}
                        encoding: {image: {contentType: image/jpeg}}
                  responses: {"200": {description: ok}}
            """;

    @Test
    void aRelativeServer_isJoinedToTheConnectionSettingBaseUrl_andOtherServersGetTheirOwnBase() {
        Connector shop = OpenApiTestSupport.importText(DOCUMENT, "shop").connector();

        assertThat(shop.baseUrls()).isEqualTo(Map.of("api", "{{connection.base_url}}/api/v1", "server_2", "https://auth.shop.example.com"));
        assertThat(shop.connectionFields().path("base_url").path("type").asString()).isEqualTo("string");
        // with several bases every request names its own
        assertThat(request(shop, "list_orders").base()).isEqualTo("api");
        assertThat(request(shop, "login").base()).isEqualTo("server_2");
        assertThat(OpenApiTestSupport.problems(shop)).isEmpty();
    }

    @Test
    void theDocumentsInfo_namesTheConnector() {
        Connector shop = OpenApiTestSupport.importText(DOCUMENT, "shop").connector();

        assertThat(shop.name()).isEqualTo("Shop");
        assertThat(shop.description()).isEqualTo("Sells things.");
        assertThat(shop.icon()).isEqualTo("https://shop.example.com/logo.png");
        assertThat(shop.sources()).containsExactly("https://shop.example.com/docs");
        assertThat(shop.action("create_order").orElseThrow().source()).isEqualTo("https://shop.example.com/docs/orders");
    }

    @Test
    void jsonIsPreferred_anOptionalObjectBodyIsSentOnlyWhenGiven_andOtherJsonTypesKeepTheirContentType() {
        Connector shop = OpenApiTestSupport.importText(DOCUMENT, "shop").connector();

        assertThat(request(shop, "create_order").body()).isEqualTo(new BodySpec("auto", text("{{input.body}}"), null, null));
        assertThat(shop.action("create_order").orElseThrow().input().path("properties").path("body").path("properties").has("item")).isTrue();
        assertThat(request(shop, "replace_orders").body())
                .isEqualTo(new BodySpec("json", text("{{input.body}}"), null, "application/merge-patch+json"));
        assertThat(request(shop, "note_orders").body()).isEqualTo(new BodySpec("text", text("{{input.body}}"), null, "text/plain"));
    }

    @Test
    void formBodies_areUrlEncoded_andMultipartFieldsBecomeParts() {
        Connector shop = OpenApiTestSupport.importText(DOCUMENT, "shop").connector();

        assertThat(request(shop, "login").body()).isEqualTo(new BodySpec("form", text("{{input.body}}"), null, null));
        JsonNode login = shop.action("login").orElseThrow().input();
        assertThat(login.path("required").get(0).asString()).isEqualTo("body");
        assertThat(login.path("properties").path("body").path("required").get(0).asString()).isEqualTo("user");

        BodySpec upload = request(shop, "upload_photo").body();
        assertThat(upload.type()).isEqualTo("multipart_form");
        assertThat(upload.parts()).containsExactly(
                new BodySpec.Part("caption", null, text("{{input.body.caption}}"), null, null),
                new BodySpec.Part("meta", null, text("{{input.body.meta}}"), null, "application/json"),
                new BodySpec.Part("image", null, null, text("{{input.body.image}}"), "image/jpeg"));
        JsonNode image = shop.action("upload_photo").orElseThrow().input().path("properties").path("body").path("properties").path("image");
        assertThat(image.path("description").asString()).isEqualTo("The picture.");
        assertThat(image.path("properties").has("file_id")).isTrue();
    }

    @Test
    void textAndEmptyResponses_andAnnotationsFollowTheMethod() {
        Connector shop = OpenApiTestSupport.importText(DOCUMENT, "shop").connector();

        assertThat(request(shop, "list_orders").response().type()).isEqualTo("text");
        assertThat(shop.action("list_orders").orElseThrow().output().path("properties").path("result").path("type").asString())
                .isEqualTo("string");
        assertThat(shop.action("replace_orders").orElseThrow().output()).isNull();
        assertThat(annotations(shop, "list_orders")).isEqualTo(new Annotations(true, false, true, true));
        assertThat(annotations(shop, "check_orders")).isEqualTo(new Annotations(true, false, true, true));
        assertThat(annotations(shop, "replace_orders")).isEqualTo(new Annotations(false, false, true, true));
        assertThat(annotations(shop, "clear_orders")).isEqualTo(new Annotations(false, true, true, true));
        assertThat(annotations(shop, "create_order")).isEqualTo(new Annotations(false, false, false, true));
        assertThat(annotations(shop, "note_orders")).isEqualTo(new Annotations(false, false, false, true));
        assertThat(shop.action("clear_orders").orElseThrow().description()).isEqualTo("Deprecated. DELETE /orders");
        assertThat(shop.action("create_order").orElseThrow().title()).isEqualTo("Create an order");
    }

    private static RequestSpec request(Connector connector, String action) {
        return connector.action(action).orElseThrow().requests().get(0);
    }

    private static Annotations annotations(Connector connector, String action) {
        ActionSpec spec = connector.action(action).orElseThrow();
        return spec.annotations();
    }

    private static JsonNode text(String value) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value);
    }
}
