package dev.switchboard.catalog.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.schema.SchemaLint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Schemas become the JSON Schema subset every LLM provider accepts. */
class OpenApiSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: "1"}
            servers: [{url: "https://pets.example.com"}]
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content: {application/json: {schema: {$ref: "#/components/schemas/NewPet"}}}
                  responses:
                    "201":
                      description: The pet.
                      content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
                get:
                  operationId: listPets
                  responses:
                    "200":
                      description: The pets.
                      content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}}}
            components:
              schemas:
                Resource:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string, readOnly: true, description: Set by the server.}
                    kind: {type: string, description: The kind of resource.}
                NewPet:
                  allOf:
                    - $ref: "#/components/schemas/Resource"
                    - type: object
                      required: [name]
                      properties:
                        name: {type: string, minLength: 1, example: Rex}
                        nickName: {type: string, nullable: true}
                        weightKg: {type: number, minimum: 0, exclusiveMinimum: true}
                        owner: {$ref: "#/components/schemas/Person"}
                        tags: {type: object, additionalProperties: {type: string}}
                        extra: {type: object}
                        contact:
                          oneOf:
                            - {type: object, properties: {email: {type: string, format: email}}}
                            - {type: object, properties: {phone: {type: string}}}
                          discriminator: {propertyName: kind}
                        born: {type: string, format: date, deprecated: true, description: Day of birth.}
                        "The odd name": {type: integer}
                      xml: {name: pet}
                  description: A pet to add.
                Pet:
                  allOf:
                    - $ref: "#/components/schemas/NewPet"
                    - type: object
                      properties:
                        secret: {type: string, writeOnly: true}
                Person:
                  type: object
                  properties:
                    name: {type: string}
                    parent: {$ref: "#/components/schemas/Person"}
                    friends: {type: array, items: {$ref: "#/components/schemas/Person"}}
            """;

    @Test
    void refsAreInlined_allOfMerged_readOnlyDropped_andEveryPropertyDescribed() {
        JsonNode body = addPet().input().path("properties").path("body");

        assertThat(body.path("type").asString()).isEqualTo("object");
        assertThat(body.path("description").asString()).startsWith("A pet to add.");
        assertThat(body.path("properties").propertyNames())
                .containsExactly("kind", "name", "nickName", "weightKg", "owner", "tags", "extra", "contact", "born");
        assertThat(body.path("required")).extracting(JsonNode::asString).containsExactly("name");
        assertThat(body.path("properties").path("name").path("description").asString()).isEqualTo("Name.");
        assertThat(body.path("properties").path("weightKg").path("description").asString()).isEqualTo("Weight kg.");
        assertThat(body.toString()).doesNotContain("$ref", "allOf", "oneOf", "discriminator", "xml", "readOnly");
    }

    @Test
    void keywordsAreTranslated_toTheirJsonSchemaForms() {
        JsonNode properties = addPet().input().path("properties").path("body").path("properties");

        assertThat(properties.path("name")).isEqualTo(JSON.readTree(
                "{\"type\": \"string\", \"minLength\": 1, \"examples\": [\"Rex\"], \"description\": \"Name.\"}"));
        assertThat(properties.path("nickName").path("nullable").asBoolean()).isTrue();
        assertThat(properties.path("weightKg").path("exclusiveMinimum").asInt()).isZero();
        assertThat(properties.path("weightKg").has("minimum")).isFalse();
        assertThat(properties.path("contact").path("anyOf")).hasSize(2);
        assertThat(properties.path("contact").path("anyOf").get(0).path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(properties.path("born").path("description").asString()).isEqualTo("Deprecated. Day of birth.");
    }

    @Test
    void maps_andFreeFormObjects_stayOpen_whileObjectsWithPropertiesAreClosed() {
        JsonNode properties = addPet().input().path("properties").path("body").path("properties");

        assertThat(properties.path("tags").path("additionalProperties")).isEqualTo(JSON.readTree("{\"type\": \"string\"}"));
        assertThat(properties.path("extra").path("additionalProperties").asBoolean()).isTrue();
        assertThat(properties.path("owner").path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void propertyNamesNoToolSchemaMayDeclare_leaveTheObjectOpen_andAreNamedInItsDescription() {
        JsonNode body = addPet().input().path("properties").path("body");

        assertThat(body.path("properties").has("The odd name")).isFalse();
        assertThat(body.path("additionalProperties").asBoolean()).isTrue();
        assertThat(body.path("description").asString())
                .isEqualTo("A pet to add. Also takes the fields 'The odd name' (their names cannot be declared here).");
        assertThat(body.toString()).doesNotContain(SchemaConverter.UNNAMED);
    }

    @Test
    void recursiveSchemas_endInAnOpenDescribedObject() {
        JsonNode owner = addPet().input().path("properties").path("body").path("properties").path("owner");

        JsonNode parent = owner.path("properties").path("parent");
        assertThat(parent.path("type").asString()).isEqualTo("object");
        assertThat(parent.path("additionalProperties").asBoolean()).isTrue();
        assertThat(parent.path("description").asString()).contains("Contains itself");
        assertThat(owner.path("properties").path("friends").path("items").path("description").asString()).contains("Contains itself");
    }

    @Test
    void deepNesting_isCutAtAFixedDepth() {
        StringBuilder yaml = new StringBuilder("""
                openapi: 3.0.3
                info: {title: Deep, version: "1"}
                servers: [{url: "https://deep.example.com"}]
                paths:
                  /a:
                    post:
                      operationId: post
                      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/L0"}}}}
                      responses: {"204": {description: done}}
                components:
                  schemas:
                """);
        for (int i = 0; i < 8; i++) {
            yaml.append("    L").append(i).append(": {type: object, description: Level ").append(i)
                    .append(", properties: {next: {$ref: \"#/components/schemas/L").append(i + 1).append("\"}}}\n");
        }
        yaml.append("    L8: {type: string}\n");
        JsonNode body = OpenApiTestSupport.importText(yaml.toString(), "deep").connector().action("post").orElseThrow()
                .input().path("properties").path("body");

        JsonNode level = body;
        for (int i = 0; i < SchemaConverter.MAX_DEPTH; i++) {
            assertThat(level.path("description").asString()).isEqualTo("Level " + i);
            level = level.path("properties").path("next");
        }
        assertThat(level.path("description").asString()).startsWith("Level " + SchemaConverter.MAX_DEPTH).contains("Nested deeply");
        assertThat(level.path("additionalProperties").asBoolean()).isTrue();
        assertThat(level.has("properties")).isFalse();
    }

    @Test
    void outputSchemas_describeWithoutRejecting() {
        ImportResult result = OpenApiTestSupport.importText(PETS, "pets");
        JsonNode pet = result.connector().action("add_pet").orElseThrow().output();
        JsonNode list = result.connector().action("list_pets").orElseThrow().output();

        assertThat(pet.path("type").asString()).isEqualTo("object");
        assertThat(pet.path("properties").has("id")).isTrue();       // readOnly: the server sends it
        assertThat(pet.path("properties").has("secret")).isFalse();  // writeOnly: it never comes back
        assertThat(pet.path("properties").path("nickName").path("type")).isEqualTo(JSON.readTree("[\"string\", \"null\"]"));
        assertThat(pet.toString()).doesNotContain("\"required\"", "\"additionalProperties\":false");
        // an array body comes out of the engine as {"result": [...]}
        assertThat(list.path("properties").path("result").path("type").asString()).isEqualTo("array");
        assertThat(list.path("properties").path("result").path("description").asString()).isEqualTo("The pets.");
    }

    @Test
    void openApi31Schemas_typeArraysAndNullOptions_becomeNullable() {
        ImportResult result = OpenApiTestSupport.importText("""
                {"openapi": "3.1.0", "info": {"title": "New", "version": "1"},
                 "servers": [{"url": "https://new.example.com"}],
                 "paths": {"/things": {"post": {"operationId": "addThing",
                   "requestBody": {"required": true, "content": {"application/json": {"schema": {
                     "type": "object", "required": ["label"],
                     "properties": {
                       "label": {"type": ["string", "null"], "description": "A label."},
                       "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "A size."},
                       "either": {"type": ["string", "integer"]},
                       "picture": {"type": "string", "contentMediaType": "image/png"},
                       "fixed": {"const": "yes"}}}}}},
                   "responses": {"204": {"description": "done"}}}}}}
                """, "things");
        JsonNode properties = result.connector().action("add_thing").orElseThrow().input().path("properties").path("body").path("properties");

        assertThat(properties.path("label")).isEqualTo(JSON.readTree("{\"type\": \"string\", \"nullable\": true, \"description\": \"A label.\"}"));
        assertThat(properties.path("size").path("type").asString()).isEqualTo("integer");
        assertThat(properties.path("size").path("nullable").asBoolean()).isTrue();
        assertThat(properties.path("either").path("anyOf")).hasSize(2);
        assertThat(properties.path("picture").path("format").asString()).isEqualTo("binary");
        assertThat(properties.path("fixed").path("const").asString()).isEqualTo("yes");
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
    }

    @Test
    void everyImportedTool_passesTheLint() {
        ImportResult result = OpenApiTestSupport.importText(PETS, "pets");

        assertThat(result.connector().actions()).allSatisfy(a -> assertThat(SchemaLint.tool("pets__" + a.id(), a.input())).isEmpty());
        assertThat(OpenApiTestSupport.problems(result.connector())).isEmpty();
    }

    private static ActionSpec addPet() {
        return OpenApiTestSupport.importText(PETS, "pets").connector().action("add_pet").orElseThrow();
    }
}
