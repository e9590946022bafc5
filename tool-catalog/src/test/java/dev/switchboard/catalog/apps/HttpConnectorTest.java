package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HttpConnectorTest {

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void request_sendsMethodHeadersQueryAndJsonBody_andReturnsStatusHeadersBody() {
        api.wireMock().stubFor(post(urlEqualTo("/v1/items?page=2&q=a%20b"))
                .withHeader("X-Trace", equalTo("t1"))
                .withHeader("Authorization", equalTo("Bearer tok-123"))
                .withRequestBody(equalToJson("{\"name\":\"pen\",\"qty\":3}"))
                .willReturn(okJson("{\"id\":7}").withHeader("X-Rate", "99").withStatus(201)));
        JsonNode out = api.run("http", "request", """
                {"method": "POST", "url": "https://api.example.com/v1/items", "headers": {"X-Trace": "t1"},
                 "query": {"page": "2", "q": "a b"}, "body": {"name": "pen", "qty": 3}}""",
                new Credentials.Bearer("tok-123"), Map.of());
        assertThat(out.path("status").asInt()).isEqualTo(201);
        assertThat(out.path("body").path("id").asInt()).isEqualTo(7);
        assertThat(out.path("headers").path("x-rate").asString()).isEqualTo("99");
    }

    @Test
    void request_textBodyAndNoConnection() {
        api.wireMock().stubFor(post(urlPathEqualTo("/hook")).withRequestBody(equalTo("plain words"))
                .withHeader("Authorization", absent())
                .willReturn(aResponse().withStatus(200).withBody("fine")));
        JsonNode out = api.run("http", "request", "{\"method\": \"POST\", \"url\": \"https://hooks.example.com/hook\", \"body\": \"plain words\"}",
                new Credentials.None(), Map.of());
        assertThat(out.path("body").asString()).isEqualTo("fine");
    }

    @Test
    void request_providerErrorCarriesStatusAndMessage_withoutTheSecret() {
        api.wireMock().stubFor(get(urlPathEqualTo("/missing"))
                .willReturn(notFound().withBody("{\"error\":{\"message\":\"no such item for tok-secret-99\"}}")));
        assertThatThrownBy(() -> api.run("http", "request", "{\"method\": \"GET\", \"url\": \"https://api.example.com/missing\"}",
                new Credentials.Bearer("tok-secret-99"), Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("no such item").doesNotContain("tok-secret-99");
                });
    }

    @Test
    void request_badMethod_isRefusedBeforeSending() {
        assertThatThrownBy(() -> api.run("http", "request", "{\"method\": \"BREW\", \"url\": \"https://api.example.com/\"}",
                new Credentials.None(), Map.of()))
                .isInstanceOf(ActionException.class).hasMessageContaining("method must be one of");
        assertThat(api.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void request_redirectToAnotherHost_dropsCredentials() {
        int port = api.wireMock().port();
        api.wireMock().stubFor(get(urlPathEqualTo("/start")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://localhost:" + port + "/landed")));
        api.wireMock().stubFor(get(urlPathEqualTo("/landed")).willReturn(okJson("{\"ok\":true}")));
        JsonNode out = api.run("http", "request", "{\"method\": \"GET\", \"url\": \"https://api.example.com/start\"}",
                new Credentials.Bearer("tok-1"), Map.of());
        assertThat(out.path("body").path("ok").asBoolean()).isTrue();
        api.wireMock().verify(getRequestedFor(urlPathEqualTo("/start")).withHeader("Authorization", equalTo("Bearer tok-1")));
        api.wireMock().verify(getRequestedFor(urlPathEqualTo("/landed")).withoutHeader("Authorization"));
    }
}
