package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class MicrosoftTeamsConnectorTest {

    private static final Credentials TOKEN = new Credentials.Bearer("graph-token");
    private static final String TEAM = "fbe2bf47-16c8-47cf-b4a5-4b9b187c508b";
    private static final String CHANNEL = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";
    private static final String CHANNEL_IN_PATH = "19%3A4a95f7d8db4c4e7fae857bcebe0623e6%40thread.tacv2";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void sendMessage_postsAChatMessageBodyToTheChannel_andReturnsItsId() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/teams/" + TEAM + "/channels/" + CHANNEL_IN_PATH + "/messages"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"subject": "Release", "importance": "high",
                         "body": {"contentType": "html", "content": "<b>v2.1</b> is out"}}"""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "1616990032035", "createdDateTime": "2024-03-29T03:53:52.035Z", "subject": "Release",
                         "webUrl": "https://teams.microsoft.com/l/message/19%3A4a95@thread.tacv2/1616990032035",
                         "body": {"contentType": "html", "content": "<b>v2.1</b> is out"}}""")));

        JsonNode out = api.run("microsoft_teams", "send_message", """
                {"team_id": "%s", "channel_id": "%s", "content": "<b>v2.1</b> is out", "content_type": "html",
                 "subject": "Release", "importance": "high"}""".formatted(TEAM, CHANNEL), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("1616990032035");
        assertThat(out.path("created_date_time").asString()).isEqualTo("2024-03-29T03:53:52.035Z");
        assertThat(out.path("web_url").asString()).startsWith("https://teams.microsoft.com/l/message/");
        assertThat(out.path("subject").asString()).isEqualTo("Release");
    }

    @Test
    void sendMessage_plainTextLeavesOptionalFieldsOut() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/teams/" + TEAM + "/channels/" + CHANNEL_IN_PATH + "/messages"))
                .withRequestBody(equalToJson("{\"body\": {\"content\": \"hello\"}}"))
                .willReturn(okJson("{\"id\": \"1\"}")));

        JsonNode out = api.run("microsoft_teams", "send_message",
                "{\"team_id\": \"%s\", \"channel_id\": \"%s\", \"content\": \"hello\"}".formatted(TEAM, CHANNEL), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("1");
    }

    @Test
    void sendMessage_graphErrorCarriesStatusAndMessage() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/teams/" + TEAM + "/channels/" + CHANNEL_IN_PATH + "/messages"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "Forbidden", "message": "Missing role permissions on the request."}}""")));

        assertThatThrownBy(() -> api.run("microsoft_teams", "send_message",
                "{\"team_id\": \"%s\", \"channel_id\": \"%s\", \"content\": \"x\"}".formatted(TEAM, CHANNEL), TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("HTTP 403").contains("Missing role permissions");
                });
    }

    @Test
    void replyToMessage_postsToTheMessagesReplies() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/teams/" + TEAM + "/channels/" + CHANNEL_IN_PATH + "/messages/1616990032035/replies"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withRequestBody(equalToJson("{\"body\": {\"contentType\": \"text\", \"content\": \"On it\"}}"))
                .willReturn(okJson("""
                        {"id": "1616990171266", "replyToId": "1616990032035", "createdDateTime": "2024-03-29T03:56:11Z",
                         "webUrl": "https://teams.microsoft.com/l/message/x/1616990171266"}""")));

        JsonNode out = api.run("microsoft_teams", "reply_to_message", """
                {"team_id": "%s", "channel_id": "%s", "message_id": "1616990032035", "content": "On it",
                 "content_type": "text"}""".formatted(TEAM, CHANNEL), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("1616990171266");
        assertThat(out.path("reply_to_id").asString()).isEqualTo("1616990032035");
    }

    @Test
    void listTeams_readsEveryPageThroughOdataNextLink() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/me/joinedTeams"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("""
                        {"value": [{"id": "t1", "displayName": "Sales", "description": "Sales team"}],
                         "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/joinedTeams?$skiptoken=abc"}""")));
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/me/joinedTeams?$skiptoken=abc"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("{\"value\": [{\"id\": \"t2\", \"displayName\": \"Ops\", \"description\": null}]}")));

        JsonNode out = api.run("microsoft_teams", "list_teams", "{}", TOKEN, Map.of());

        assertThat(out.path("teams")).hasSize(2);
        assertThat(out.path("teams").get(0).path("display_name").asString()).isEqualTo("Sales");
        assertThat(out.path("teams").get(1).path("id").asString()).isEqualTo("t2");
    }

    @Test
    void listChannels_returnsIdsAndNames() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/teams/" + TEAM + "/channels"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("""
                        {"value": [{"id": "%s", "displayName": "General", "description": "Main", "membershipType": "standard",
                          "webUrl": "https://teams.microsoft.com/l/channel/x/General"}]}""".formatted(CHANNEL))));

        JsonNode out = api.run("microsoft_teams", "list_channels", "{\"team_id\": \"%s\"}".formatted(TEAM), TOKEN, Map.of());

        assertThat(out.path("channels")).hasSize(1);
        assertThat(out.path("channels").get(0).path("id").asString()).isEqualTo(CHANNEL);
        assertThat(out.path("channels").get(0).path("membership_type").asString()).isEqualTo("standard");
    }

    @Test
    void listChannels_unknownTeamIsA404WithGraphsMessage() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/teams/nope/channels"))
                .willReturn(notFound().withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"NotFound\", \"message\": \"No team found with Group Id nope\"}}")));

        assertThatThrownBy(() -> api.run("microsoft_teams", "list_channels", "{\"team_id\": \"nope\"}", TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("No team found");
                });
    }
}
