package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.files.FileRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class SlackConnectorTest {

    private static final Credentials TOKEN = new Credentials.Bearer("xoxb-test-token");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void sendMessage_postsJsonToChatPostMessage_andReturnsTheMessageTs() {
        api.wireMock().stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"channel": "C0123456789", "text": "Build *green*", "thread_ts": "1712345678.000100",
                         "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Build green*"}}]}"""))
                .willReturn(okJson("""
                        {"ok": true, "channel": "C0123456789", "ts": "1712345679.000200",
                         "message": {"type": "message", "text": "Build *green*", "thread_ts": "1712345678.000100"}}""")));

        JsonNode out = api.run("slack", "send_message", """
                {"channel": "C0123456789", "text": "Build *green*", "thread_ts": "1712345678.000100",
                 "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Build green*"}}]}""", TOKEN, Map.of());

        assertThat(out.path("channel").asString()).isEqualTo("C0123456789");
        assertThat(out.path("ts").asString()).isEqualTo("1712345679.000200");
        assertThat(out.path("text").asString()).isEqualTo("Build *green*");
        assertThat(out.path("thread_ts").asString()).isEqualTo("1712345678.000100");
    }

    @Test
    void sendMessage_okFalseInA200_isAnActionExceptionWithSlacksErrorCode() {
        api.wireMock().stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"channel_not_found\"}")));

        assertThatThrownBy(() -> api.run("slack", "send_message", "{\"channel\": \"C404\", \"text\": \"hi\"}", TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("channel_not_found").doesNotContain("xoxb-test-token");
                });
    }

    @Test
    void sendMessage_httpErrorCarriesStatusAndSlacksMessage() {
        api.wireMock().stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\": false, \"error\": \"ratelimited\"}")));

        assertThatThrownBy(() -> api.run("slack", "send_message", "{\"channel\": \"C1\", \"text\": \"hi\"}", TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("HTTP 429").contains("ratelimited");
                });
    }

    @Test
    void uploadFile_getsAnUploadUrl_sendsTheStoredBytes_andCompletesTheUploadInTheChannel() {
        byte[] bytes = "quarterly numbers".getBytes(StandardCharsets.UTF_8);
        FileRef ref = api.blobs().put("alice", "q1.csv", "text/csv", bytes);
        String uploadUrl = "https://files.slack.com/upload/v1/CwABAAAAXwoAAZnKg";

        api.wireMock().stubFor(post(urlEqualTo("/api/files.getUploadURLExternal"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("filename", equalTo("q1.csv"))
                .withFormParam("length", equalTo(String.valueOf(bytes.length)))
                .willReturn(okJson("{\"ok\": true, \"upload_url\": \"" + uploadUrl + "\", \"file_id\": \"F0ABC123\"}")));
        api.wireMock().stubFor(post(urlEqualTo("/upload/v1/CwABAAAAXwoAAZnKg"))
                .withRequestBody(binaryEqualTo(bytes))
                .willReturn(aResponse().withStatus(200).withBody("OK - " + bytes.length)));
        api.wireMock().stubFor(post(urlEqualTo("/api/files.completeUploadExternal"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withRequestBody(equalToJson("""
                        {"files": [{"id": "F0ABC123", "title": "Q1 numbers"}], "channel_id": "C0123456789",
                         "initial_comment": "Here you go"}"""))
                .willReturn(okJson("{\"ok\": true, \"files\": [{\"id\": \"F0ABC123\", \"title\": \"Q1 numbers\"}]}")));

        JsonNode out = api.run("slack", "upload_file", """
                {"file": {"file_id": "%s", "name": "q1.csv", "mime": "text/csv", "size": %d},
                 "channel_id": "C0123456789", "title": "Q1 numbers", "initial_comment": "Here you go"}"""
                .formatted(ref.fileId(), bytes.length), TOKEN, Map.of());

        assertThat(out.path("file_id").asString()).isEqualTo("F0ABC123");
        assertThat(out.path("title").asString()).isEqualTo("Q1 numbers");
        assertThat(out.path("files")).hasSize(1);
        api.wireMock().verify(postRequestedFor(urlEqualTo("/upload/v1/CwABAAAAXwoAAZnKg")).withRequestBody(binaryEqualTo(bytes)));
        assertThat(api.blobs().read("alice", ref.fileId())).hasValue(bytes);
    }

    @Test
    void uploadFile_refusedUploadStopsBeforeSendingBytes() {
        FileRef ref = api.blobs().put("alice", "big.bin", "application/octet-stream", new byte[]{1, 2, 3});
        api.wireMock().stubFor(post(urlEqualTo("/api/files.getUploadURLExternal"))
                .willReturn(okJson("{\"ok\": false, \"error\": \"file_uploads_disabled\"}")));

        assertThatThrownBy(() -> api.run("slack", "upload_file",
                "{\"file\": {\"file_id\": \"" + ref.fileId() + "\", \"size\": 3}, \"channel_id\": \"C1\"}", TOKEN, Map.of()))
                .isInstanceOf(ActionException.class).hasMessageContaining("file_uploads_disabled");
        api.wireMock().verify(0, postRequestedFor(urlPathEqualTo("/api/files.completeUploadExternal")));
    }

    @Test
    void listChannels_followsTheCursorAcrossPages() {
        api.wireMock().stubFor(get(urlPathEqualTo("/api/conversations.list"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withQueryParam("types", equalTo("public_channel,private_channel"))
                .withQueryParam("exclude_archived", equalTo("true"))
                .withQueryParam("limit", equalTo("200"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson("""
                        {"ok": true, "channels": [{"id": "C1", "name": "general", "is_private": false, "is_member": true,
                          "topic": {"value": "Company news"}}],
                         "response_metadata": {"next_cursor": "dGVhbTpDMDYx"}}""")));
        api.wireMock().stubFor(get(urlPathEqualTo("/api/conversations.list"))
                .withQueryParam("cursor", equalTo("dGVhbTpDMDYx"))
                .willReturn(okJson("""
                        {"ok": true, "channels": [{"id": "G2", "name": "ops", "is_private": true, "is_member": false,
                          "topic": {"value": ""}}],
                         "response_metadata": {"next_cursor": ""}}""")));

        JsonNode out = api.run("slack", "list_channels", "{}", TOKEN, Map.of());

        assertThat(out.path("channels")).hasSize(2);
        assertThat(out.path("channels").get(0).path("name").asString()).isEqualTo("general");
        assertThat(out.path("channels").get(0).path("topic").asString()).isEqualTo("Company news");
        assertThat(out.path("channels").get(1).path("id").asString()).isEqualTo("G2");
        assertThat(out.path("channels").get(1).path("is_private").asBoolean()).isTrue();
    }

    @Test
    void findUserByEmail_returnsTheUserId() {
        api.wireMock().stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withQueryParam("email", equalTo("ann@example.com"))
                .willReturn(okJson("""
                        {"ok": true, "user": {"id": "U0AAA", "name": "ann", "real_name": "Ann Lee", "tz": "Europe/Paris",
                          "is_bot": false, "profile": {"display_name": "annie"}}}""")));

        JsonNode out = api.run("slack", "find_user_by_email", "{\"email\": \"ann@example.com\"}", TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("U0AAA");
        assertThat(out.path("real_name").asString()).isEqualTo("Ann Lee");
        assertThat(out.path("display_name").asString()).isEqualTo("annie");
        assertThat(out.path("tz").asString()).isEqualTo("Europe/Paris");
    }

    @Test
    void addReaction_postsChannelTimestampAndEmojiName() {
        api.wireMock().stubFor(post(urlEqualTo("/api/reactions.add"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withRequestBody(equalToJson("{\"channel\": \"C1\", \"timestamp\": \"1712345678.000100\", \"name\": \"eyes\"}"))
                .willReturn(okJson("{\"ok\": true}")));

        JsonNode out = api.run("slack", "add_reaction",
                "{\"channel\": \"C1\", \"timestamp\": \"1712345678.000100\", \"name\": \"eyes\"}", TOKEN, Map.of());

        assertThat(out.path("ok").asBoolean()).isTrue();
    }

    @Test
    void newMessage_firstPollIsTheBaseline_thenOnlyTheNewMessage_thenNothing() {
        String first = """
                {"ok": true, "messages": [
                  {"type": "message", "user": "U1", "text": "older", "ts": "1712345600.000100"}], "has_more": false}""";
        String second = """
                {"ok": true, "messages": [
                  {"type": "message", "user": "U2", "text": "deploy please", "ts": "1712345700.000200"},
                  {"type": "message", "user": "U1", "text": "older", "ts": "1712345600.000100"}], "has_more": false}""";
        stubHistory(first);
        assertThat(poll()).isEmpty();

        stubHistory(second);
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("ts").asString()).isEqualTo("1712345700.000200");
        assertThat(fresh.get(0).path("text").asString()).isEqualTo("deploy please");
        assertThat(fresh.get(0).path("user").asString()).isEqualTo("U2");

        assertThat(poll()).isEmpty();
    }

    private void stubHistory(String body) {
        api.wireMock().stubFor(get(urlPathEqualTo("/api/conversations.history"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withQueryParam("channel", equalTo("C0123456789"))
                .withQueryParam("limit", equalTo("100"))
                .willReturn(okJson(body)));
    }

    private List<JsonNode> poll() {
        return api.poll("slack", "new_message", "{\"channel\": \"C0123456789\"}", TOKEN, Map.of(), "flow-1");
    }
}
