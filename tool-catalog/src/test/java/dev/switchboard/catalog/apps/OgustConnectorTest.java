package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class OgustConnectorTest {

    private static final String API_KEY = "24994193332347792252";
    private static final String PRIVATE_KEY = "70D6D865FF2F7671";
    private static final Credentials KEYS = new Credentials.Basic(API_KEY, PRIVATE_KEY);
    private static final String PATH = "/api/v2/apiogust.php";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("ogust", action, input, KEYS, Map.of());
    }

    private static MappingBuilder method(String name) {
        return post(urlPathEqualTo(PATH)).withQueryParam("method", equalTo(name));
    }

    private void stubLogin() {
        api.wireMock().stubFor(method("getToken")
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", absent())
                .withRequestBody(matchingJsonPath("$.key", equalTo(API_KEY)))
                .withRequestBody(matchingJsonPath("$.request", equalTo("GET_TOKEN")))
                .willReturn(okJson("{\"status\": \"OK\", \"token\": \"2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88\"}")));
    }

    private List<LoggedRequest> logins() {
        return api.wireMock().findAll(postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("getToken")));
    }

    @Test
    void createOrUpdateClient_logsInWithTheSignedApiKey_thenCreatesTheClientWithTheSessionToken() throws Exception {
        stubLogin();
        api.wireMock().stubFor(method("setCustomer")
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"token": "2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88", "title": "Mme", "last_name": "Reeves",
                         "first_name": "Matilda", "email": "matilda@example.fr", "mobile_phone": "0612345678", "type": "C",
                         "main_address": {"line": "12 rue des Lilas", "zip": "75005", "city": "PARIS", "country": "FR", "type": "Adrpri"}}"""))
                .willReturn(okJson("""
                        {"status": "OK", "customer": {"id_customer": "344563872", "code": "CLI17039", "last_name": "Reeves",
                         "main_address": {"id_address": "347690736", "zip": "75005"}}}""")));

        JsonNode out = run("create_or_update_client", """
                {"title": "Mme", "last_name": "Reeves", "first_name": "Matilda", "email": "matilda@example.fr",
                 "mobile_phone": "0612345678", "type": "C",
                 "main_address": {"line": "12 rue des Lilas", "zip": "75005", "city": "PARIS", "country": "FR", "type": "Adrpri"}}""");

        assertThat(out.path("id_customer").asString()).isEqualTo("344563872");
        assertThat(out.path("customer").path("code").asString()).isEqualTo("CLI17039");
        List<LoggedRequest> logins = logins();
        assertThat(logins).hasSize(1);
        JsonNode login = StubbedApi.JSON.readTree(logins.get(0).getBodyAsString());
        String time = login.path("time").asString();
        assertThat(time).matches("\\d{14}\\.\\d{6}");
        LocalDateTime stamped = LocalDateTime.parse(time.substring(0, 14), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        assertThat(Duration.between(stamped, LocalDateTime.now(ZoneId.of("Europe/Paris"))).abs())
                .as("the time stamp is Paris time").isLessThan(Duration.ofMinutes(2));
        assertThat(login.path("api_signature").asString()).isEqualTo(hmacSha1UpperHex(PRIVATE_KEY, API_KEY + "+GET_TOKEN+" + time));
        assertThat(logins.get(0).getBodyAsString()).doesNotContain(PRIVATE_KEY);
    }

    @Test
    void createOrUpdateClient_withAnId_updatesThatClient_andReusesTheSessionToken() {
        stubLogin();
        api.wireMock().stubFor(method("setCustomer")
                .withRequestBody(equalToJson("""
                        {"token": "2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88", "id_customer": "344563872", "email": "new@example.fr"}"""))
                .willReturn(okJson("{\"status\": \"OK\", \"customer\": {\"id_customer\": \"344563872\", \"email\": \"new@example.fr\"}}")));

        run("create_or_update_client", "{\"id_customer\": \"344563872\", \"email\": \"new@example.fr\"}");
        JsonNode again = run("create_or_update_client", "{\"id_customer\": \"344563872\", \"email\": \"new@example.fr\"}");

        assertThat(again.path("customer").path("email").asString()).isEqualTo("new@example.fr");
        assertThat(logins()).as("one login for both calls").hasSize(1);
    }

    @Test
    void searchCustomers_sendsTheFiltersWithOgustsDefaults_andTurnsTheNumberedResultIntoAList() {
        stubLogin();
        api.wireMock().stubFor(method("searchCustomer")
                .withRequestBody(equalToJson("""
                        {"token": "2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88", "email": "hu@repmif.ai", "status": "A",
                         "nbperpage": 50, "pagenum": 1}"""))
                .willReturn(okJson("""
                        {"status": "OK", "array_customer": {"pagination": {"count": 2, "nbperpage": 50, "pagenum": 1},
                         "result": {"0": {"id_customer": "344563872", "last_name": "Reeves"},
                                    "1": {"id_customer": "126483758", "last_name": "Reeves"}}}}""")));

        JsonNode out = run("search_customers", "{\"email\": \"hu@repmif.ai\"}");

        assertThat(out.path("customers")).extracting(c -> c.path("id_customer").asString())
                .containsExactly("344563872", "126483758");
        assertThat(out.path("count").asInt()).isEqualTo(2);
        assertThat(out.path("pagenum").asInt()).isEqualTo(1);
    }

    @Test
    void getCustomer_sendsTheIdWithTheToken_andReturnsTheCustomer() {
        stubLogin();
        api.wireMock().stubFor(method("getCustomer")
                .withRequestBody(equalToJson("{\"token\": \"2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88\", \"id_customer\": \"126483758\"}"))
                .willReturn(okJson("""
                        {"status": "OK", "customer": {"id_customer": "126483758", "title": "M.", "first_name": "Joel",
                         "main_address": {"id_address": "618762454", "city": "PARIS"}}}""")));

        JsonNode out = run("get_customer", "{\"id_customer\": \"126483758\"}");

        assertThat(out.path("customer").path("first_name").asString()).isEqualTo("Joel");
        assertThat(out.path("customer").path("main_address").path("id_address").asString()).isEqualTo("618762454");
    }

    @Test
    void searchServices_sendsTheStartWindowAsABetweenFilter_withOgustsDefaults() {
        stubLogin();
        api.wireMock().stubFor(method("searchService")
                .withRequestBody(equalToJson("""
                        {"token": "2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88", "id_customer": "259863037", "status": "@!=|N",
                         "type": "I", "start_date": "@between|202611260000|202612102359", "nbperpage": 20, "pagenum": 2}"""))
                .willReturn(okJson("""
                        {"status": "OK", "array_service": {"pagination": {"count": 21, "nbperpage": 20, "pagenum": 2},
                         "result": {"0": {"id_service": "9001", "id_customer": "259863037", "start_date": "202612011000"}}}}""")));

        JsonNode out = run("search_services", """
                {"from": "202611260000", "to": "202612102359", "id_customer": "259863037", "nbperpage": 20, "pagenum": 2}""");

        assertThat(out.path("services")).hasSize(1);
        assertThat(out.path("services").get(0).path("id_service").asString()).isEqualTo("9001");
        assertThat(out.path("count").asInt()).isEqualTo(21);
    }

    @Test
    void searchEmployees_sendsTheSectorAndActiveStatus_andListsTheEmployees() {
        stubLogin();
        api.wireMock().stubFor(method("searchEmployee")
                .withRequestBody(equalToJson("""
                        {"token": "2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88", "status": "A", "sector": "1b*", "nbperpage": 50, "pagenum": 1}"""))
                .willReturn(okJson("""
                        {"status": "OK", "array_employee": {"pagination": {"count": 1, "nbperpage": 50, "pagenum": 1},
                         "result": [{"id_employee": "266254102", "first_name": "Ann", "sector": "1b*"}]}}""")));

        JsonNode out = run("search_employees", "{\"sector\": \"1b*\"}");

        assertThat(out.path("employees")).extracting(e -> e.path("id_employee").asString()).containsExactly("266254102");
    }

    @Test
    void aRefusedLogin_failsWithOgustsMessage_withoutTheKeys_andSendsNothingElse() {
        api.wireMock().stubFor(method("getToken")
                .willReturn(okJson("{\"status\": \"KO\", \"message\": \"Signature invalide\"}")));

        assertThatThrownBy(() -> run("get_customer", "{\"id_customer\": \"1\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("Signature invalide").doesNotContain(PRIVATE_KEY);
                });
        assertThat(api.wireMock().findAll(postRequestedFor(urlPathEqualTo(PATH)).withQueryParam("method", equalTo("getCustomer"))))
                .isEmpty();
    }

    @Test
    void aFailureReportedInsideA200_isAnErrorWithOgustsMessage() {
        stubLogin();
        api.wireMock().stubFor(method("setCustomer")
                .willReturn(okJson("{\"status\": \"KO\", \"message\": \"Le champ last_name est obligatoire\"}")));

        assertThatThrownBy(() -> run("create_or_update_client", "{\"first_name\": \"Ann\"}"))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("Le champ last_name est obligatoire")
                .hasMessageNotContaining("2432E10TLL4A0S8WWXPLB8K91LF28370K3E61V88");
    }

    private static String hmacSha1UpperHex(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
