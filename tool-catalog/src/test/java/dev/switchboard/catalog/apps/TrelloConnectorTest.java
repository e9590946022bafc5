package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class TrelloConnectorTest {

    private static final Credentials TOKEN = new Credentials.ApiKey("ATTA-trello-secret-token");
    private static final Map<String, String> KEY = Map.of("api_key", "public-key-123");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run("trello", action, input, TOKEN, KEY);
    }

    @Test
    void createCard_sendsTheFieldsAsQueryParameters_withKeyAndTokenInTheQuery() {
        api.wireMock().stubFor(post(urlPathEqualTo("/1/cards"))
                .withQueryParam("key", equalTo("public-key-123"))
                .withQueryParam("token", equalTo("ATTA-trello-secret-token"))
                .withQueryParam("idList", equalTo("5abbe4b7ddc1b351ef961414"))
                .withQueryParam("name", equalTo("Call Acme & friends"))
                .withQueryParam("desc", equalTo("About the *renewal*"))
                .withQueryParam("pos", equalTo("top"))
                .withQueryParam("due", equalTo("2026-12-01T17:00:00Z"))
                .withQueryParam("idLabels", equalTo("lab1,lab2"))
                .withQueryParam("idMembers", absent())
                .withHeader("Authorization", absent())
                .willReturn(okJson("""
                        {"id": "5f0c1", "name": "Call Acme & friends", "desc": "About the *renewal*", "url": "https://trello.com/c/AbC/1-call",
                         "shortUrl": "https://trello.com/c/AbC", "idList": "5abbe4b7ddc1b351ef961414", "idBoard": "b1",
                         "due": "2026-12-01T17:00:00.000Z", "closed": false, "labels": [{"id": "lab1", "name": "Sales"}, {"id": "lab2", "name": "Q4"}]}""")));
        JsonNode out = run("create_card", """
                {"list_id": "5abbe4b7ddc1b351ef961414", "name": "Call Acme & friends", "desc": "About the *renewal*", "pos": "top",
                 "due": "2026-12-01T17:00:00Z", "label_ids": "lab1,lab2"}""");
        assertThat(out.path("id").asString()).isEqualTo("5f0c1");
        assertThat(out.path("short_url").asString()).isEqualTo("https://trello.com/c/AbC");
        assertThat(out.path("list_id").asString()).isEqualTo("5abbe4b7ddc1b351ef961414");
        assertThat(out.path("labels")).extracting(JsonNode::asString).containsExactly("Sales", "Q4");
    }

    @Test
    void getBoards_listsTheOpenBoardsOfTheUser() {
        api.wireMock().stubFor(get(urlPathEqualTo("/1/members/me/boards"))
                .withQueryParam("filter", equalTo("open")).withQueryParam("fields", equalTo("name,url"))
                .withQueryParam("key", equalTo("public-key-123")).withQueryParam("token", equalTo("ATTA-trello-secret-token"))
                .willReturn(okJson("[{\"id\": \"b1\", \"name\": \"Sales\", \"url\": \"https://trello.com/b/b1\"}]")));
        JsonNode out = run("get_boards", "{}");
        assertThat(out.path("boards")).hasSize(1);
        assertThat(out.path("boards").get(0).path("name").asString()).isEqualTo("Sales");
    }

    @Test
    void getLists_listsTheOpenListsOfABoard() {
        api.wireMock().stubFor(get(urlPathEqualTo("/1/boards/b1/lists"))
                .withQueryParam("filter", equalTo("open")).withQueryParam("fields", equalTo("name"))
                .withQueryParam("key", equalTo("public-key-123")).withQueryParam("token", equalTo("ATTA-trello-secret-token"))
                .willReturn(okJson("[{\"id\": \"l1\", \"name\": \"To do\"}, {\"id\": \"l2\", \"name\": \"Done\"}]")));
        JsonNode out = run("get_lists", "{\"board_id\": \"b1\"}");
        assertThat(out.path("lists")).hasSize(2);
        assertThat(out.path("lists").get(1).path("id").asString()).isEqualTo("l2");
    }

    @Test
    void providerError_comesBackWithStatusAndTrelloMessage_withoutTheToken() {
        api.wireMock().stubFor(post(urlPathEqualTo("/1/cards"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/plain").withBody("invalid value for idList")));
        assertThatThrownBy(() -> run("create_card", "{\"list_id\": \"nope\", \"name\": \"x\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("invalid value for idList")
                            .doesNotContain("ATTA-trello-secret-token");
                });
    }

    @Test
    void newCard_firstPollIsTheBaseline_thenOnlyNewCardsFireOnce() {
        stubCards("[{\"id\": \"c1\", \"name\": \"Old\"}]");
        assertThat(api.poll("trello", "new_card", "{\"board_id\": \"b1\"}", TOKEN, KEY, "flow-1")).isEmpty();

        stubCards("[{\"id\": \"c1\", \"name\": \"Old\"}, {\"id\": \"c2\", \"name\": \"New\", \"idList\": \"l1\"}]");
        List<JsonNode> second = api.poll("trello", "new_card", "{\"board_id\": \"b1\"}", TOKEN, KEY, "flow-1");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("name").asString()).isEqualTo("New");

        assertThat(api.poll("trello", "new_card", "{\"board_id\": \"b1\"}", TOKEN, KEY, "flow-1")).isEmpty();
    }

    private void stubCards(String cards) {
        api.wireMock().stubFor(get(urlPathEqualTo("/1/boards/b1/cards"))
                .withQueryParam("key", equalTo("public-key-123"))
                .withQueryParam("token", equalTo("ATTA-trello-secret-token"))
                .willReturn(okJson(cards)));
    }
}
