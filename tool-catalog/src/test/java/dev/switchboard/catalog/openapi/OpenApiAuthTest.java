package dev.switchboard.catalog.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.catalog.connector.AuthSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.openapi.ImportResult.Skipped;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security schemes become the connector's auth list; the ones a connection cannot hold are reported. */
class OpenApiAuthTest {

    private static ImportResult withSchemes(String schemes, String security) {
        return OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Secure, version: "1"}
                servers: [{url: "https://secure.example.com/api"}]
                security: %s
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses: {"200": {description: ok}}
                    post:
                      operationId: addThing
                      security: [{oauth: [things.write]}]
                      responses: {"200": {description: ok}}
                components:
                  securitySchemes:
                %s
                """.formatted(security, schemes.indent(4)), "secure");
    }

    @Test
    void apiKeyInHeaderOrQuery_becomesApiKey_andOnlyTheFirstIsKept() {
        ImportResult result = withSchemes("""
                headerKey: {type: apiKey, in: header, name: X-Api-Key}
                queryKey: {type: apiKey, in: query, name: key}
                cookieKey: {type: apiKey, in: cookie, name: session}
                """, "[]");

        assertThat(result.connector().auth()).containsExactly(new AuthSpec("api_key", "header", "X-Api-Key", "", null, null, null, null));
        assertThat(result.skipped()).containsExactly(
                new Skipped("", "components.securitySchemes.queryKey",
                        "a connection holds one API key, sent as the first apiKey scheme 'headerKey' says"),
                new Skipped("", "components.securitySchemes.cookieKey",
                        "an API key in a cookie is not supported (only header or query)"));
    }

    @Test
    void httpBasicAndBearer_becomeBasicAndBearer_otherHttpSchemesAreReported() {
        ImportResult result = withSchemes("""
                basic: {type: http, scheme: basic}
                token: {type: http, scheme: Bearer, bearerFormat: JWT}
                digest: {type: http, scheme: digest}
                """, "[]");

        assertThat(result.connector().auth()).extracting(AuthSpec::type).containsExactly("basic", "bearer");
        assertThat(result.skipped()).containsExactly(new Skipped("", "components.securitySchemes.digest",
                "the HTTP authentication scheme 'digest' is not supported (only basic and bearer)"));
    }

    @Test
    void oauth2Flows_carryTheirUrls_andTheScopesTheOperationsAskFor() {
        ImportResult result = withSchemes("""
                oauth:
                  type: oauth2
                  flows:
                    authorizationCode:
                      authorizationUrl: https://login.example.com/authorize
                      tokenUrl: /oauth/token
                      refreshUrl: https://login.example.com/refresh
                      scopes: {things.read: Read things., things.write: Write things., admin: Everything.}
                    clientCredentials:
                      tokenUrl: https://login.example.com/token
                      scopes: {things.read: Read things.}
                    implicit:
                      authorizationUrl: https://login.example.com/authorize
                      scopes: {}
                    password:
                      tokenUrl: https://login.example.com/token
                      scopes: {}
                """, "[{oauth: [things.read]}]");

        // listThings uses the document's requirement (things.read), addThing its own (things.write)
        assertThat(result.connector().auth()).containsExactly(
                new AuthSpec("oauth2_code", null, null, null, "https://login.example.com/authorize",
                        "https://secure.example.com/oauth/token", "https://login.example.com/refresh", List.of("things.read", "things.write")),
                new AuthSpec("oauth2_client_credentials", null, null, null, null, "https://login.example.com/token", null,
                        List.of("things.read", "things.write")));
        assertThat(result.skipped()).extracting(Skipped::path).containsExactly(
                "components.securitySchemes.oauth.flows.implicit", "components.securitySchemes.oauth.flows.password");
    }

    @Test
    void oauth2WithoutScopeRequirements_asksForEveryScopeOfTheFlow() {
        ImportResult result = OpenApiTestSupport.importText("""
                openapi: 3.0.3
                info: {title: Secure, version: "1"}
                servers: [{url: "https://secure.example.com"}]
                paths:
                  /things: {get: {operationId: listThings, responses: {"200": {description: ok}}}}
                components:
                  securitySchemes:
                    oauth:
                      type: oauth2
                      flows:
                        clientCredentials:
                          tokenUrl: https://login.example.com/token
                          scopes: {a: A., b: B.}
                """, "secure");

        assertThat(result.connector().auth()).singleElement().satisfies(a -> assertThat(a.scopes()).containsExactly("a", "b"));
    }

    @Test
    void openIdConnect_isReported_andWithoutUsableSchemesTheConnectorNeedsNoCredentials() {
        ImportResult result = withSchemes("""
                oidc: {type: openIdConnect, openIdConnectUrl: https://login.example.com/.well-known/openid-configuration}
                """, "[]");
        Connector connector = result.connector();

        assertThat(connector.auth()).containsExactly(new AuthSpec("none", null, null, null, null, null, null, null));
        assertThat(connector.needsConnection()).isFalse();
        assertThat(result.skipped()).containsExactly(new Skipped("", "components.securitySchemes.oidc",
                "openIdConnect needs the provider's discovery document, which is never fetched"));
        assertThat(OpenApiTestSupport.problems(connector)).isEmpty();
    }
}
