package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class MailchimpConnectorTest {

    private static final Credentials API_KEY = new Credentials.Basic("anystring", "0123456789abcdef0123456789abcdef-us21");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("anystring:0123456789abcdef0123456789abcdef-us21".getBytes(StandardCharsets.UTF_8));
    private static final Map<String, String> DC = Map.of("dc", "us21");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("mailchimp", action, input, API_KEY, DC);
    }

    private static final String MEMBER = """
            {"id": "ff5b6a8a3c6e3b4d6ad4c5b4c4e2b5a1", "contact_id": "c-77", "email_address": "ann@example.com",
             "status": "subscribed", "list_id": "a1b2c3", "merge_fields": {"FNAME": "Ann"},
             "tags": [{"id": 1, "name": "vip"}]}""";

    @Test
    void addMember_postsTheContactToTheAudience() {
        api.wireMock().stubFor(post(urlEqualTo("/3.0/lists/a1b2c3/members"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("""
                        {"email_address": "ann@example.com", "status": "subscribed", "merge_fields": {"FNAME": "Ann"},
                         "tags": ["vip"], "vip": false}"""))
                .willReturn(okJson(MEMBER)));
        JsonNode out = run("add_member", """
                {"list_id": "a1b2c3", "email_address": "ann@example.com", "status": "subscribed",
                 "merge_fields": {"FNAME": "Ann"}, "tags": ["vip"], "vip": false}""");
        assertThat(out.path("id").asString()).isEqualTo("ff5b6a8a3c6e3b4d6ad4c5b4c4e2b5a1");
        assertThat(out.path("status").asString()).isEqualTo("subscribed");
        assertThat(out.path("tags").get(0).asString()).isEqualTo("vip");
    }

    @Test
    void addOrUpdateMember_putsToTheMemberAddressedByEmail_withStatusIfNew() {
        api.wireMock().stubFor(put(urlEqualTo("/3.0/lists/a1b2c3/members/ann%40example.com"))
                .withHeader("Authorization", equalTo("Bearer mc-oauth-token"))
                .withRequestBody(equalToJson("""
                        {"email_address": "ann@example.com", "status_if_new": "pending", "merge_fields": {"FNAME": "Ann"}}"""))
                .willReturn(okJson(MEMBER)));
        JsonNode out = api.run("mailchimp", "add_or_update_member", """
                {"list_id": "a1b2c3", "email_address": "ann@example.com", "status_if_new": "pending", "merge_fields": {"FNAME": "Ann"}}""",
                new Credentials.Bearer("mc-oauth-token"), DC);
        assertThat(out.path("email_address").asString()).isEqualTo("ann@example.com");
    }

    @Test
    void listCampaigns_readsEveryPageByOffsetAndCount() {
        String page1 = IntStream.range(0, 100).mapToObj(MailchimpConnectorTest::campaign).collect(Collectors.joining(","));
        api.wireMock().stubFor(get(urlPathEqualTo("/3.0/campaigns"))
                .withHeader("Authorization", equalTo(BASIC))
                .withQueryParam("status", equalTo("sent")).withQueryParam("type", absent())
                .withQueryParam("sort_field", equalTo("create_time")).withQueryParam("sort_dir", equalTo("DESC"))
                .withQueryParam("count", equalTo("100")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson("{\"campaigns\": [" + page1 + "], \"total_items\": 101}")));
        api.wireMock().stubFor(get(urlPathEqualTo("/3.0/campaigns"))
                .withQueryParam("status", equalTo("sent"))
                .withQueryParam("count", equalTo("100")).withQueryParam("offset", equalTo("100"))
                .willReturn(okJson("{\"campaigns\": [" + campaign(100) + "], \"total_items\": 101}")));
        JsonNode out = run("list_campaigns", "{\"status\": \"sent\"}");
        assertThat(out.path("campaigns")).hasSize(101);
        JsonNode last = out.path("campaigns").get(100);
        assertThat(last.path("id").asString()).isEqualTo("cmp100");
        assertThat(last.path("subject_line").asString()).isEqualTo("News 100");
        assertThat(last.path("list_name").asString()).isEqualTo("Customers");
        assertThat(last.path("emails_sent").asInt()).isEqualTo(1200);
    }

    @Test
    void listAudiences_returnsIdsNamesAndMemberCounts() {
        api.wireMock().stubFor(get(urlPathEqualTo("/3.0/lists"))
                .withQueryParam("fields", equalTo("lists.id,lists.name,lists.stats.member_count,total_items"))
                .withQueryParam("count", equalTo("100")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson("{\"lists\": [{\"id\": \"a1b2c3\", \"name\": \"Customers\", \"stats\": {\"member_count\": 42}}], \"total_items\": 1}")));
        JsonNode out = run("list_audiences", "{}");
        assertThat(out.path("audiences").get(0).path("member_count").asInt()).isEqualTo(42);
    }

    @Test
    void getCampaignReport_flattensOpensClicksAndBounces() {
        api.wireMock().stubFor(get(urlEqualTo("/3.0/reports/cmp7"))
                .withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson("""
                        {"id": "cmp7", "campaign_title": "November news", "subject_line": "News", "list_id": "a1b2c3",
                         "send_time": "2026-11-03T09:00:00+00:00", "emails_sent": 1000, "abuse_reports": 1, "unsubscribed": 4,
                         "bounces": {"hard_bounces": 2, "soft_bounces": 5, "syntax_errors": 0},
                         "opens": {"opens_total": 700, "unique_opens": 450, "open_rate": 0.45},
                         "clicks": {"clicks_total": 120, "unique_clicks": 80, "click_rate": 0.08}}""")));
        JsonNode out = run("get_campaign_report", "{\"campaign_id\": \"cmp7\"}");
        assertThat(out.path("open_rate").asDouble()).isEqualTo(0.45);
        assertThat(out.path("unique_clicks").asInt()).isEqualTo(80);
        assertThat(out.path("hard_bounces").asInt()).isEqualTo(2);
        assertThat(out.path("unsubscribed").asInt()).isEqualTo(4);
    }

    @Test
    void providerError_comesBackWithStatusAndMailchimpDetail() {
        api.wireMock().stubFor(post(urlEqualTo("/3.0/lists/a1b2c3/members"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "https://mailchimp.com/developer/marketing/docs/errors/", "title": "Member Exists", "status": 400,
                         "detail": "ann@example.com is already a list member. Use PUT to insert or update list members.", "instance": "x"}""")));
        assertThatThrownBy(() -> run("add_member", "{\"list_id\": \"a1b2c3\", \"email_address\": \"ann@example.com\", \"status\": \"subscribed\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("already a list member")
                            .doesNotContain("0123456789abcdef0123456789abcdef-us21");
                });
    }

    private static String campaign(int n) {
        return """
                {"id": "cmp%d", "web_id": %d, "type": "regular", "status": "sent", "create_time": "2026-10-01T09:00:00+00:00",
                 "send_time": "2026-10-02T09:00:00+00:00", "emails_sent": 1200, "archive_url": "https://eepurl.com/x%d",
                 "recipients": {"list_id": "a1b2c3", "list_name": "Customers"},
                 "settings": {"subject_line": "News %d", "title": "News %d"}}""".formatted(n, n, n, n, n);
    }
}
