package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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

class OutlookConnectorTest {

    private static final Credentials TOKEN = new Credentials.Bearer("graph-token");
    private static final String SELECT = "id,subject,from,toRecipients,ccRecipients,receivedDateTime,bodyPreview,body,"
            + "hasAttachments,importance,isRead,conversationId,internetMessageId,webLink";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void sendEmail_postsAGraphMessageToSendMail_andReportsTheAccepted202() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/sendMail"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"message": {"subject": "Lunch?", "body": {"contentType": "Text", "content": "Noon at the cafe."},
                          "toRecipients": [{"emailAddress": {"address": "ann@example.com", "name": "Ann"}}],
                          "ccRecipients": [{"emailAddress": {"address": "bob@example.com"}}]},
                         "saveToSentItems": false}"""))
                .willReturn(aResponse().withStatus(202)));

        JsonNode out = api.run("outlook", "send_email", """
                {"to": [{"emailAddress": {"address": "ann@example.com", "name": "Ann"}}],
                 "cc": [{"emailAddress": {"address": "bob@example.com"}}],
                 "subject": "Lunch?", "body": "Noon at the cafe.", "save_to_sent_items": false}""", TOKEN, Map.of());

        assertThat(out.path("sent").asBoolean()).isTrue();
    }

    @Test
    void sendEmail_withAttachments_sendsGraphFileAttachmentsWithTheBytesInContentBytes() {
        byte[] pdf = {37, 80, 68, 70, -1, 0, 10};
        dev.switchboard.catalog.files.FileRef ref = api.blobs().put("alice", "inv.pdf", "application/pdf", pdf);
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/sendMail"))
                .withRequestBody(equalToJson("""
                        {"message": {"subject": "Invoice", "body": {"contentType": "Text", "content": "Attached."},
                          "toRecipients": [{"emailAddress": {"address": "ann@example.com"}}],
                          "attachments": [{"@odata.type": "#microsoft.graph.fileAttachment", "name": "invoice-7.pdf",
                                           "contentType": "application/pdf", "contentBytes": "%s"}]}}"""
                        .formatted(java.util.Base64.getEncoder().encodeToString(pdf))))
                .willReturn(aResponse().withStatus(202)));

        JsonNode out = api.run("outlook", "send_email", """
                {"to": [{"emailAddress": {"address": "ann@example.com"}}], "subject": "Invoice", "body": "Attached.",
                 "attachments": [{"file_id": "%s", "name": "invoice-7.pdf", "mime": "application/pdf"}]}"""
                .formatted(ref.fileId()), TOKEN, Map.of());

        assertThat(out.path("sent").asBoolean()).isTrue();
    }

    @Test
    void sendEmail_graphErrorCarriesStatusAndMessage() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/sendMail"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "ErrorInvalidRecipients",
                          "message": "At least one recipient isn't valid., Recipient 'nobody' isn't resolved."}}""")));

        assertThatThrownBy(() -> api.run("outlook", "send_email", """
                {"to": [{"emailAddress": {"address": "nobody"}}], "subject": "x", "body": "y"}""", TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("At least one recipient isn't valid");
                });
    }

    @Test
    void replyToEmail_postsTheCommentToReplyOrReplyAll() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/messages/AAMkAGI2TG93AAA%3D/replyAll"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withRequestBody(equalToJson("{\"comment\": \"Thanks, received.\"}"))
                .willReturn(aResponse().withStatus(202)));

        JsonNode out = api.run("outlook", "reply_to_email",
                "{\"message_id\": \"AAMkAGI2TG93AAA=\", \"comment\": \"Thanks, received.\", \"reply_all\": true}", TOKEN, Map.of());

        assertThat(out.path("sent").asBoolean()).isTrue();
    }

    @Test
    void listMessages_readsEveryPageThroughOdataNextLink_newestFirst() {
        api.wireMock().stubFor(get(urlPathEqualTo("/v1.0/me/mailFolders/inbox/messages"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withQueryParam("$orderby", equalTo("receivedDateTime desc"))
                .withQueryParam("$top", equalTo("2"))
                .withQueryParam("$select", equalTo("id,subject,from,receivedDateTime,bodyPreview,isRead,hasAttachments,conversationId,webLink"))
                .withQueryParam("$search", absent())
                .withQueryParam("$skip", absent())
                .willReturn(okJson("""
                        {"value": [
                          {"id": "m1", "subject": "Invoice 1", "receivedDateTime": "2024-05-02T10:00:00Z", "isRead": false,
                           "from": {"emailAddress": {"name": "Ann", "address": "ann@example.com"}}},
                          {"id": "m2", "subject": "Invoice 2", "receivedDateTime": "2024-05-01T10:00:00Z", "isRead": true,
                           "from": {"emailAddress": {"name": "Bob", "address": "bob@example.com"}}}],
                         "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages?%24orderby=receivedDateTime+desc&%24top=2&%24skip=2"}""")));
        api.wireMock().stubFor(get(urlPathEqualTo("/v1.0/me/mailFolders/inbox/messages"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withQueryParam("$skip", equalTo("2"))
                .willReturn(okJson("""
                        {"value": [{"id": "m3", "subject": "Invoice 3", "receivedDateTime": "2024-04-30T10:00:00Z",
                          "from": {"emailAddress": {"name": "Cy", "address": "cy@example.com"}}}]}""")));

        JsonNode out = api.run("outlook", "list_messages", "{\"folder_id\": \"inbox\", \"top\": 2}", TOKEN, Map.of());

        assertThat(out.path("messages")).hasSize(3);
        assertThat(out.path("messages").get(0).path("id").asString()).isEqualTo("m1");
        assertThat(out.path("messages").get(0).path("from").asString()).isEqualTo("ann@example.com");
        assertThat(out.path("messages").get(0).path("from_name").asString()).isEqualTo("Ann");
        assertThat(out.path("messages").get(0).path("is_read").asBoolean()).isFalse();
        assertThat(out.path("messages").get(2).path("subject").asString()).isEqualTo("Invoice 3");
    }

    @Test
    void listMessages_searchQuotesTheKqlAndDropsTheOrdering() {
        api.wireMock().stubFor(get(urlPathEqualTo("/v1.0/me/messages"))
                .withQueryParam("$search", equalTo("\"from:ann@example.com invoice\""))
                .withQueryParam("$orderby", absent())
                .withQueryParam("$top", equalTo("25"))
                .willReturn(okJson("{\"value\": [{\"id\": \"m9\", \"subject\": \"Invoice\"}]}")));

        JsonNode out = api.run("outlook", "list_messages", "{\"search\": \"from:ann@example.com invoice\"}", TOKEN, Map.of());

        assertThat(out.path("messages")).hasSize(1);
        assertThat(out.path("messages").get(0).path("id").asString()).isEqualTo("m9");
    }

    @Test
    void createEvent_postsSubjectTimesAttendeesAndOnlineMeeting_andReturnsTheJoinUrl() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/events"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withRequestBody(equalToJson("""
                        {"subject": "Kick-off", "body": {"contentType": "HTML", "content": "<p>Agenda</p>"},
                         "start": {"dateTime": "2024-06-03T14:00:00", "timeZone": "Europe/Paris"},
                         "end": {"dateTime": "2024-06-03T15:00:00", "timeZone": "Europe/Paris"},
                         "location": {"displayName": "Room 4"},
                         "attendees": [{"emailAddress": {"address": "ann@example.com", "name": "Ann"}, "type": "required"}],
                         "isOnlineMeeting": true}"""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "AAMkEVENT", "subject": "Kick-off", "webLink": "https://outlook.office365.com/owa/?itemid=AAMkEVENT",
                         "start": {"dateTime": "2024-06-03T14:00:00.0000000", "timeZone": "Europe/Paris"},
                         "end": {"dateTime": "2024-06-03T15:00:00.0000000", "timeZone": "Europe/Paris"},
                         "onlineMeeting": {"joinUrl": "https://teams.microsoft.com/l/meetup-join/abc"}}""")));

        JsonNode out = api.run("outlook", "create_event", """
                {"subject": "Kick-off", "start": "2024-06-03T14:00:00", "end": "2024-06-03T15:00:00",
                 "time_zone": "Europe/Paris", "body": "<p>Agenda</p>", "body_type": "HTML", "location": "Room 4",
                 "attendees": [{"emailAddress": {"address": "ann@example.com", "name": "Ann"}, "type": "required"}],
                 "is_online_meeting": true}""", TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("AAMkEVENT");
        assertThat(out.path("start").asString()).startsWith("2024-06-03T14:00:00");
        assertThat(out.path("time_zone").asString()).isEqualTo("Europe/Paris");
        assertThat(out.path("join_url").asString()).isEqualTo("https://teams.microsoft.com/l/meetup-join/abc");
    }

    @Test
    void createEvent_inAnotherCalendar_defaultsTheTimeZoneToUtc() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/me/calendars/AAMkCAL%3D%3D/events"))
                .withRequestBody(equalToJson("""
                        {"subject": "Deploy", "body": {"contentType": "Text"},
                         "start": {"dateTime": "2024-06-03T08:00:00", "timeZone": "UTC"},
                         "end": {"dateTime": "2024-06-03T09:00:00", "timeZone": "UTC"}}"""))
                .willReturn(okJson("{\"id\": \"E2\", \"subject\": \"Deploy\"}")));

        JsonNode out = api.run("outlook", "create_event", """
                {"subject": "Deploy", "start": "2024-06-03T08:00:00", "end": "2024-06-03T09:00:00", "calendar_id": "AAMkCAL=="}""",
                TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("E2");
    }

    @Test
    void newEmail_firstPollIsTheBaseline_thenOnlyTheNewMessage_thenNothing() {
        stubInbox("""
                {"value": [{"id": "m1", "subject": "Old", "receivedDateTime": "2024-05-01T10:00:00Z"}]}""");
        assertThat(poll()).isEmpty();

        stubInbox("""
                {"value": [
                  {"id": "m2", "subject": "New order", "receivedDateTime": "2024-05-02T10:00:00Z",
                   "from": {"emailAddress": {"name": "Shop", "address": "shop@example.com"}}},
                  {"id": "m1", "subject": "Old", "receivedDateTime": "2024-05-01T10:00:00Z"}]}""");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("id").asString()).isEqualTo("m2");
        assertThat(fresh.get(0).path("subject").asString()).isEqualTo("New order");
        assertThat(fresh.get(0).path("from").path("emailAddress").path("address").asString()).isEqualTo("shop@example.com");

        assertThat(poll()).isEmpty();
    }

    private void stubInbox(String body) {
        api.wireMock().stubFor(get(urlPathEqualTo("/v1.0/me/mailFolders/inbox/messages"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withQueryParam("$orderby", equalTo("receivedDateTime desc"))
                .withQueryParam("$top", equalTo("50"))
                .withQueryParam("$select", equalTo(SELECT))
                .willReturn(okJson(body)));
    }

    private List<JsonNode> poll() {
        return api.poll("outlook", "new_email", "{}", TOKEN, Map.of(), "flow-1");
    }
}
