package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class GmailConnectorTest {

    private static final String TOKEN = "ya29.gmail-token";
    private static final Credentials AUTH = new Credentials.Bearer(TOKEN);
    private static final String SENT = "{\"id\": \"m-9\", \"threadId\": \"t-9\", \"labelIds\": [\"SENT\"]}";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private static MappingBuilder authed(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private JsonNode run(String action, String input) {
        return api.run("gmail", action, input, AUTH, Map.of());
    }

    private void stubSend(String bodyJson) {
        api.wireMock().stubFor(authed(post(urlEqualTo("/gmail/v1/users/me/messages/send")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(bodyJson))
                .willReturn(okJson(SENT)));
    }

    /** The RFC 2822 message of the one send request: base64url-decoded {@code raw}. */
    private String sentMessage() {
        assertThat(api.wireMock().getAllServeEvents()).hasSize(1);
        JsonNode body = StubbedApi.JSON.readTree(api.wireMock().getAllServeEvents().get(0).getRequest().getBodyAsString());
        String raw = body.path("raw").asString();
        assertThat(raw).matches("[A-Za-z0-9_-]+"); // base64url without padding
        return new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
    }

    @Test
    void sendEmail_plainText_sendsTheRfc2822MessageAsBase64urlRaw() {
        stubSend("{\"raw\": \"${json-unit.any-string}\"}");

        JsonNode out = run("send_email", """
                {"to": ["bob@example.com", "Cid Doe <cid@example.com>"], "subject": "Weekly report", "body": "All green.\\nSee you."}""");

        assertThat(out.path("id").asString()).isEqualTo("m-9");
        assertThat(out.path("thread_id").asString()).isEqualTo("t-9");
        assertThat(out.path("label_ids").get(0).asString()).isEqualTo("SENT");
        assertThat(sentMessage()).isEqualTo("To: bob@example.com, Cid Doe <cid@example.com>\r\n"
                + "Subject: Weekly report\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getEncoder().encodeToString("All green.\nSee you.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sendEmail_htmlReplyWithAllHeaders_encodesTheNonAsciiSubjectAndWrapsTheBody() {
        stubSend("{\"raw\": \"${json-unit.any-string}\", \"threadId\": \"t-1\"}");
        String subject = "Re: Grüße aus Köln 😀 — Angebot für das nächste Quartal, bitte prüfen";
        String html = "<p>" + "Schöne Grüße, ".repeat(20) + "</p>";

        run("send_email", """
                {"to": ["bob@example.com"], "cc": ["cid@example.com", "dan@example.com"], "bcc": ["audit@example.com"],
                 "from": "sales@example.com", "reply_to": "support@example.com", "subject": "%s", "body": "%s",
                 "body_type": "html", "thread_id": "t-1", "in_reply_to": "<CAF123@mail.gmail.com>"}""".formatted(subject, html));

        String message = sentMessage();
        int split = message.indexOf("\r\n\r\n");
        String headers = message.substring(0, split);
        String body = message.substring(split + 4);
        assertThat(headers).startsWith("From: sales@example.com\r\n"
                + "To: bob@example.com\r\n"
                + "Cc: cid@example.com, dan@example.com\r\n"
                + "Bcc: audit@example.com\r\n"
                + "Reply-To: support@example.com\r\n"
                + "In-Reply-To: <CAF123@mail.gmail.com>\r\n"
                + "References: <CAF123@mail.gmail.com>\r\n"
                + "Subject: =?UTF-8?B?");
        assertThat(headers).endsWith("\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64");
        String subjectHeader = headers.substring(headers.indexOf("Subject: "), headers.indexOf("\r\nMIME-Version"));
        for (String line : subjectHeader.split("\r\n")) {
            assertThat(line.length()).as("folded subject line").isLessThanOrEqualTo(78);
            assertThat(line).matches("(Subject:)? =\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=");
        }
        assertThat(decodeEncodedWords(subjectHeader)).isEqualTo(subject);
        for (String line : body.split("\r\n")) {
            assertThat(line.length()).as("base64 body line").isLessThanOrEqualTo(76);
        }
        assertThat(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void sendEmail_withAttachments_sendsAMultipartMixedMessage_withEachFilesBytesInBase64() throws Exception {
        stubSend("{\"raw\": \"${json-unit.any-string}\"}");
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        dev.switchboard.catalog.files.FileRef report = api.blobs().put("alice", "report.pdf", "application/pdf", pdf);
        dev.switchboard.catalog.files.FileRef notes = api.blobs().put("alice", "notes.txt", "text/plain",
                "Grüße".getBytes(StandardCharsets.UTF_8));

        run("send_email", """
                {"to": ["bob@example.com"], "subject": "Q1", "body": "See attached.",
                 "attachments": [{"file_id": "%s", "name": "report.pdf", "mime": "application/pdf"},
                                 {"file_id": "%s", "name": "Übersicht \\"Q1\\".txt", "mime": "text/plain"}]}"""
                .formatted(report.fileId(), notes.fileId()));

        String message = sentMessage();
        for (String line : message.split("\r\n")) {
            assertThat(line.length()).as("line length").isLessThanOrEqualTo(998);
        }
        jakarta.mail.internet.MimeMessage parsed = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)));
        assertThat(parsed.getContentType()).startsWith("multipart/mixed");
        assertThat(parsed.getSubject()).isEqualTo("Q1");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) parsed.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("See attached.");
        jakarta.mail.BodyPart first = parts.getBodyPart(1);
        assertThat(first.getFileName()).isEqualTo("report.pdf");
        assertThat(first.getContentType()).startsWith("application/pdf");
        assertThat(first.getDisposition()).isEqualTo("attachment");
        assertThat(first.getInputStream().readAllBytes()).isEqualTo(pdf);
        jakarta.mail.BodyPart second = parts.getBodyPart(2);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(second.getFileName())).isEqualTo("Übersicht _Q1_.txt");
        assertThat(second.getInputStream().readAllBytes()).isEqualTo("Grüße".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendEmail_withAnotherOwnersFile_failsSayingSo_andSendsNothing() {
        dev.switchboard.catalog.files.FileRef theirs = api.blobs().put("mallory", "secret.pdf", "application/pdf",
                new byte[] {1, 2, 3});

        assertThatThrownBy(() -> run("send_email", """
                {"to": ["bob@example.com"], "subject": "x", "body": "y", "attachments": [{"file_id": "%s"}]}"""
                .formatted(theirs.fileId())))
                .isInstanceOf(ActionException.class)
                .hasMessageContaining("does not exist or is not yours");
        assertThat(api.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void sendEmail_lineBreaksInHeaderValues_cannotInjectHeaders() {
        stubSend("{\"raw\": \"${json-unit.any-string}\"}");

        run("send_email", """
                {"to": ["bob@example.com\\r\\nBcc: evil@example.com"], "subject": "Hi\\r\\nBcc: evil@example.com", "body": "x"}""");

        String message = sentMessage();
        assertThat(message).startsWith("To: bob@example.com Bcc: evil@example.com\r\nSubject: Hi Bcc: evil@example.com\r\n");
        assertThat(message).doesNotContain("\r\nBcc:");
    }

    @Test
    void sendEmail_rejectedByGmail_failsWithTheStatusAndMessage() {
        api.wireMock().stubFor(authed(post(urlEqualTo("/gmail/v1/users/me/messages/send"))).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 400, "message": "Invalid To header", "errors": [{"message": "Invalid To header",
                         "domain": "global", "reason": "invalidArgument"}], "status": "INVALID_ARGUMENT"}}""")));

        assertThatThrownBy(() -> run("send_email", "{\"to\": [\"not an address\"], \"subject\": \"s\", \"body\": \"b\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("Invalid To header").doesNotContain(TOKEN);
                });
    }

    @Test
    void getEmail_readsHeadersDecodedBodiesAndAttachments() {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString("Hällo Ann,\nsee the file.".getBytes(StandardCharsets.UTF_8));
        String html = Base64.getUrlEncoder().encodeToString("<p>Hällo Ann??</p>".getBytes(StandardCharsets.UTF_8));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/gmail/v1/users/me/messages/m-1")))
                .withQueryParam("format", equalTo("full"))
                .willReturn(okJson("""
                        {"id": "m-1", "threadId": "t-1", "labelIds": ["INBOX", "UNREAD"], "snippet": "Hällo Ann, see the file.",
                         "internalDate": "1714557600000",
                         "payload": {"mimeType": "multipart/mixed", "filename": "",
                           "headers": [{"name": "From", "value": "Bob <bob@example.com>"}, {"name": "To", "value": "ann@example.com"},
                                       {"name": "Subject", "value": "Offer"}, {"name": "Date", "value": "Wed, 1 May 2024 12:00:00 +0200"},
                                       {"name": "Message-ID", "value": "<CAF1@mail.gmail.com>"}],
                           "parts": [
                             {"mimeType": "multipart/alternative", "filename": "", "parts": [
                               {"partId": "0.0", "mimeType": "text/plain", "filename": "", "body": {"size": 26, "data": "%s"}},
                               {"partId": "0.1", "mimeType": "text/html", "filename": "", "body": {"size": 20, "data": "%s"}}]},
                             {"partId": "1", "mimeType": "application/pdf", "filename": "offer.pdf",
                              "body": {"attachmentId": "att-7", "size": 5120}}]}}""".formatted(text, html))));

        JsonNode out = run("get_email", "{\"message_id\": \"m-1\"}");

        assertThat(out.path("thread_id").asString()).isEqualTo("t-1");
        assertThat(out.path("from").asString()).isEqualTo("Bob <bob@example.com>");
        assertThat(out.path("to").asString()).isEqualTo("ann@example.com");
        assertThat(out.path("subject").asString()).isEqualTo("Offer");
        assertThat(out.path("message_id").asString()).isEqualTo("<CAF1@mail.gmail.com>");
        assertThat(out.path("received_at").asString()).isEqualTo("2024-05-01T10:00:00.000Z");
        assertThat(out.path("text").asString()).isEqualTo("Hällo Ann,\nsee the file.");
        assertThat(out.path("html").asString()).isEqualTo("<p>Hällo Ann??</p>");
        assertThat(out.path("label_ids").toString()).isEqualTo("[\"INBOX\",\"UNREAD\"]");
        assertThat(out.path("attachments").toString())
                .isEqualTo("[{\"filename\":\"offer.pdf\",\"mime_type\":\"application/pdf\",\"attachment_id\":\"att-7\",\"size\":5120}]");
        assertThat(out.has("cc")).isFalse();
    }

    @Test
    void searchEmails_sendsTheQueryLabelsAndLimit_andReturnsTheIds() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/gmail/v1/users/me/messages")))
                .withQueryParam("q", equalTo("from:bob@example.com has:attachment"))
                .withQueryParam("labelIds", havingExactly("INBOX", "UNREAD"))
                .withQueryParam("maxResults", equalTo("20"))
                .withQueryParam("includeSpamTrash", absent())
                .willReturn(okJson("""
                        {"messages": [{"id": "m-2", "threadId": "t-2"}, {"id": "m-1", "threadId": "t-1"}], "resultSizeEstimate": 2}""")));

        JsonNode out = run("search_emails", "{\"query\": \"from:bob@example.com has:attachment\", \"label_ids\": [\"INBOX\", \"UNREAD\"]}");

        assertThat(out.path("messages").findValuesAsString("id")).containsExactly("m-2", "m-1");
        assertThat(out.path("result_size_estimate").asInt()).isEqualTo(2);
    }

    @Test
    void searchEmails_withNoMatch_returnsAnEmptyList() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/gmail/v1/users/me/messages")))
                .withQueryParam("maxResults", equalTo("5"))
                .withQueryParam("includeSpamTrash", equalTo("true"))
                .willReturn(okJson("{\"resultSizeEstimate\": 0}")));

        JsonNode out = run("search_emails", "{\"query\": \"nothing\", \"max_results\": 5, \"include_spam_trash\": true}");

        assertThat(out.path("messages").isArray()).isTrue();
        assertThat(out.path("messages")).isEmpty();
    }

    @Test
    void listLabels_returnsIdsNamesAndTypes() {
        api.wireMock().stubFor(authed(get(urlEqualTo("/gmail/v1/users/me/labels"))).willReturn(okJson("""
                {"labels": [{"id": "INBOX", "name": "INBOX", "type": "system", "messageListVisibility": "hide"},
                            {"id": "Label_3", "name": "Invoices", "type": "user"}]}""")));

        JsonNode out = run("list_labels", "{}");

        assertThat(out.path("labels").toString()).isEqualTo(
                "[{\"id\":\"INBOX\",\"name\":\"INBOX\",\"type\":\"system\"},{\"id\":\"Label_3\",\"name\":\"Invoices\",\"type\":\"user\"}]");
    }

    @Test
    void newEmail_firstPollRecordsTheBaseline_thenEmitsOnlyTheNewMessageOnce() {
        stubInbox("{\"messages\": [{\"id\": \"m-1\", \"threadId\": \"t-1\"}], \"resultSizeEstimate\": 1}");
        assertThat(poll()).isEmpty();

        stubInbox("{\"messages\": [{\"id\": \"m-2\", \"threadId\": \"t-1\"}, {\"id\": \"m-1\", \"threadId\": \"t-1\"}]}");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).toString()).isEqualTo("{\"id\":\"m-2\",\"threadId\":\"t-1\"}");

        assertThat(poll()).isEmpty();
    }

    private void stubInbox(String body) {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/gmail/v1/users/me/messages")))
                .withQueryParam("labelIds", havingExactly("INBOX"))
                .withQueryParam("q", equalTo("from:shop@example.com"))
                .withQueryParam("maxResults", equalTo("100"))
                .willReturn(okJson(body)));
    }

    private List<JsonNode> poll() {
        return api.poll("gmail", "new_email", "{\"query\": \"from:shop@example.com\"}", AUTH, Map.of(), "flow-1");
    }

    /** Decodes RFC 2047 "B" encoded words (UTF-8), ignoring the folding between them. */
    private static String decodeEncodedWords(String header) {
        Matcher m = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=").matcher(header);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (m.find()) {
            bytes.writeBytes(Base64.getDecoder().decode(m.group(1)));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
