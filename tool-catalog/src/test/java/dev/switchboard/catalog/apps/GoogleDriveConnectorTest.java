package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.files.FileRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class GoogleDriveConnectorTest {

    private static final String TOKEN = "ya29.drive-token";
    private static final String FIELDS = "id,name,mimeType,parents,webViewLink,createdTime,modifiedTime,size";
    private static final Credentials AUTH = new Credentials.Bearer(TOKEN);

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private static MappingBuilder authed(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private JsonNode run(String action, String input) {
        return api.run("google_drive", action, input, AUTH, Map.of());
    }

    @Test
    void uploadFile_sendsMultipartRelatedMetadataThenContent_andReturnsTheNewFile() {
        byte[] pdf = "%PDF-1.4 quarterly".getBytes(StandardCharsets.UTF_8);
        FileRef ref = api.blobs().put("alice", "q1.pdf", "application/pdf", pdf);
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/upload/drive/v3/files")))
                .withQueryParam("uploadType", equalTo("multipart"))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .withQueryParam("fields", equalTo(FIELDS))
                .withHeader("Content-Type", matching("multipart/related; boundary=[^;]+"))
                .willReturn(okJson("""
                        {"id": "f-1", "name": "Q1 report.pdf", "mimeType": "application/pdf", "parents": ["fold-9"],
                         "webViewLink": "https://drive.google.com/file/d/f-1/view", "size": "18"}""")));

        JsonNode out = run("upload_file", """
                {"file": {"file_id": "%s", "name": "q1.pdf", "mime": "application/pdf", "size": %d},
                 "name": "Q1 report.pdf", "folder_id": "fold-9", "description": "Quarterly numbers"}"""
                .formatted(ref.fileId(), pdf.length));

        assertThat(out.path("id").asString()).isEqualTo("f-1");
        assertThat(out.path("webViewLink").asString()).isEqualTo("https://drive.google.com/file/d/f-1/view");
        List<Part> parts = multipartOf(singleRequest());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).headers()).isEqualTo("Content-Type: application/json; charset=UTF-8");
        assertThat(StubbedApi.JSON.readTree(parts.get(0).body())).isEqualTo(StubbedApi.JSON.readTree("""
                {"name": "Q1 report.pdf", "parents": ["fold-9"], "description": "Quarterly numbers"}"""));
        assertThat(parts.get(1).headers()).isEqualTo("Content-Type: application/pdf");
        assertThat(parts.get(1).body()).isEqualTo("%PDF-1.4 quarterly");
    }

    @Test
    void uploadFile_withoutNameOrFolder_namesItAfterTheFileReference_inTheRoot() {
        FileRef ref = api.blobs().put("alice", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/upload/drive/v3/files")))
                .withQueryParam("uploadType", equalTo("multipart"))
                .willReturn(okJson("{\"id\": \"f-2\", \"name\": \"notes.txt\", \"mimeType\": \"text/plain\"}")));

        JsonNode out = run("upload_file", "{\"file\": {\"file_id\": \"%s\", \"name\": \"notes.txt\"}}".formatted(ref.fileId()));

        assertThat(out.path("name").asString()).isEqualTo("notes.txt");
        List<Part> parts = multipartOf(singleRequest());
        assertThat(StubbedApi.JSON.readTree(parts.get(0).body())).isEqualTo(StubbedApi.JSON.readTree("{\"name\": \"notes.txt\"}"));
        assertThat(parts.get(1).headers()).isEqualTo("Content-Type: text/plain");
        assertThat(parts.get(1).body()).isEqualTo("hello");
    }

    @Test
    void uploadFile_withAFileThatIsNotTheCallers_failsBeforeSending() {
        assertThatThrownBy(() -> run("upload_file", "{\"file\": {\"file_id\": \"00000000-0000-0000-0000-000000000000\"}}"))
                .isInstanceOf(ActionException.class).hasMessageContaining("does not exist or is not yours");
        assertThat(api.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void createFolder_postsAFolderMimeTypeInTheParent() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/drive/v3/files")))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .withQueryParam("fields", equalTo(FIELDS))
                .withRequestBody(equalToJson("""
                        {"name": "Invoices 2024", "mimeType": "application/vnd.google-apps.folder", "parents": ["root-folder"]}"""))
                .willReturn(okJson("""
                        {"id": "fold-1", "name": "Invoices 2024", "mimeType": "application/vnd.google-apps.folder",
                         "parents": ["root-folder"], "webViewLink": "https://drive.google.com/drive/folders/fold-1"}""")));

        JsonNode out = run("create_folder", "{\"name\": \"Invoices 2024\", \"parent_folder_id\": \"root-folder\"}");

        assertThat(out.path("id").asString()).isEqualTo("fold-1");
        assertThat(out.path("mimeType").asString()).isEqualTo("application/vnd.google-apps.folder");
    }

    @Test
    void listFiles_combinesTheFiltersIntoOneDriveQuery_andGathersEveryPage() {
        String q = "'fold-1' in parents and name contains 'it\\'s' and mimeType = 'application/pdf' and (modifiedTime > '2024-01-01') and trashed = false";
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files")))
                .withQueryParam("q", equalTo(q))
                .withQueryParam("orderBy", equalTo("createdTime desc"))
                .withQueryParam("pageSize", equalTo("100"))
                .withQueryParam("fields", equalTo("nextPageToken,files(" + FIELDS + ")"))
                .withQueryParam("includeItemsFromAllDrives", equalTo("true"))
                .withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"files\": [{\"id\": \"a\", \"name\": \"it's a.pdf\"}], \"nextPageToken\": \"page-2\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files")))
                .withQueryParam("q", equalTo(q))
                .withQueryParam("pageToken", equalTo("page-2"))
                .willReturn(okJson("{\"files\": [{\"id\": \"b\", \"name\": \"it's b.pdf\"}]}")));

        JsonNode out = run("list_files", """
                {"folder_id": "fold-1", "name_contains": "it's", "mime_type": "application/pdf",
                 "query": "modifiedTime > '2024-01-01'"}""");

        assertThat(out.path("files").findValuesAsString("id")).containsExactly("a", "b");
    }

    @Test
    void listFiles_includingTrash_withoutFilters_sendsNoQuery() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files")))
                .withQueryParam("q", absent())
                .willReturn(okJson("{\"files\": [{\"id\": \"t\", \"name\": \"old.txt\"}]}")));

        JsonNode out = run("list_files", "{\"include_trashed\": true}");

        assertThat(out.path("files").findValuesAsString("id")).containsExactly("t");
    }

    @Test
    void downloadFile_readsTheNameThenStoresTheContentInTheBlobStore() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/f-7")))
                .withQueryParam("alt", absent())
                .withQueryParam("fields", equalTo("id,name,mimeType,size"))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .willReturn(okJson("{\"id\": \"f-7\", \"name\": \"logo.png\", \"mimeType\": \"image/png\", \"size\": \"7\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/f-7")))
                .withQueryParam("alt", equalTo("media"))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png)));

        JsonNode out = run("download_file", "{\"file_id\": \"f-7\"}");

        assertThat(out.path("name").asString()).isEqualTo("logo.png");
        assertThat(out.path("mime_type").asString()).isEqualTo("image/png");
        JsonNode file = out.path("file");
        assertThat(file.path("name").asString()).isEqualTo("logo.png");
        assertThat(file.path("mime").asString()).isEqualTo("image/png");
        assertThat(file.path("size").asLong()).isEqualTo(7);
        assertThat(api.blobs().read("alice", file.path("file_id").asString())).hasValue(png);
    }

    @Test
    void downloadFile_missingFile_failsWithGooglesStatusAndMessage() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/nope")))
                .willReturn(notFound().withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 404, "message": "File not found: nope.", "errors": [{"domain": "global",
                         "reason": "notFound", "message": "File not found: nope."}]}}""")));

        assertThatThrownBy(() -> run("download_file", "{\"file_id\": \"nope\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("File not found: nope.").doesNotContain(TOKEN);
                });
    }

    @Test
    void exportFile_exportsAGoogleDocToTheRequestedType_intoTheBlobStore() {
        byte[] pdf = "%PDF-1.7 minutes".getBytes(StandardCharsets.UTF_8);
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/doc-1")))
                .withQueryParam("fields", equalTo("id,name,mimeType"))
                .willReturn(okJson("{\"id\": \"doc-1\", \"name\": \"Minutes\", \"mimeType\": \"application/vnd.google-apps.document\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/doc-1/export")))
                .withQueryParam("mimeType", equalTo("application/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(pdf)));

        JsonNode out = run("export_file", "{\"file_id\": \"doc-1\", \"mime_type\": \"application/pdf\"}");

        assertThat(out.path("name").asString()).isEqualTo("Minutes");
        assertThat(out.path("file").path("mime").asString()).isEqualTo("application/pdf");
        assertThat(api.blobs().read("alice", out.path("file").path("file_id").asString())).hasValue(pdf);
    }

    @Test
    void shareFile_createsAPermission_andReturnsItWithTheFilesLink() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/drive/v3/files/f-1/permissions")))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .withQueryParam("sendNotificationEmail", equalTo("true"))
                .withQueryParam("emailMessage", equalTo("Here is the report"))
                .withQueryParam("fields", equalTo("id,type,role,emailAddress,domain"))
                .withRequestBody(equalToJson("{\"role\": \"writer\", \"type\": \"user\", \"emailAddress\": \"bob@example.com\"}"))
                .willReturn(okJson("{\"id\": \"perm-5\", \"type\": \"user\", \"role\": \"writer\", \"emailAddress\": \"bob@example.com\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/f-1")))
                .withQueryParam("fields", equalTo("id,webViewLink"))
                .willReturn(okJson("{\"id\": \"f-1\", \"webViewLink\": \"https://drive.google.com/file/d/f-1/view\"}")));

        JsonNode out = run("share_file", """
                {"file_id": "f-1", "role": "writer", "type": "user", "email_address": "bob@example.com",
                 "send_notification_email": true, "email_message": "Here is the report"}""");

        assertThat(out.path("permission_id").asString()).isEqualTo("perm-5");
        assertThat(out.path("role").asString()).isEqualTo("writer");
        assertThat(out.path("email_address").asString()).isEqualTo("bob@example.com");
        assertThat(out.path("web_view_link").asString()).isEqualTo("https://drive.google.com/file/d/f-1/view");
    }

    @Test
    void shareFile_withAnyoneWithTheLink_sendsNoEmailFields() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/drive/v3/files/f-2/permissions")))
                .withQueryParam("sendNotificationEmail", absent())
                .withRequestBody(equalToJson("{\"role\": \"reader\", \"type\": \"anyone\", \"allowFileDiscovery\": false}"))
                .willReturn(okJson("{\"id\": \"anyoneWithLink\", \"type\": \"anyone\", \"role\": \"reader\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files/f-2")))
                .willReturn(okJson("{\"id\": \"f-2\", \"webViewLink\": \"https://drive.google.com/file/d/f-2/view\"}")));

        JsonNode out = run("share_file", "{\"file_id\": \"f-2\", \"role\": \"reader\", \"type\": \"anyone\", \"allow_file_discovery\": false}");

        assertThat(out.path("permission_id").asString()).isEqualTo("anyoneWithLink");
        assertThat(out.has("email_address")).isFalse();
    }

    @Test
    void newFile_firstPollRecordsTheBaseline_thenEmitsOnlyTheNewFileOnce() {
        String q = "'fold-1' in parents and trashed = false";
        String one = "{\"id\": \"a\", \"name\": \"a.pdf\"}";
        String two = "{\"id\": \"b\", \"name\": \"b.pdf\", \"createdTime\": \"2024-05-01T10:00:00Z\"}";
        stubNewFiles(q, "{\"files\": [" + one + "]}");
        assertThat(poll()).isEmpty();

        stubNewFiles(q, "{\"files\": [" + two + ", " + one + "]}");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("id").asString()).isEqualTo("b");
        assertThat(fresh.get(0).path("name").asString()).isEqualTo("b.pdf");

        assertThat(poll()).isEmpty();
    }

    private void stubNewFiles(String q, String body) {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/drive/v3/files")))
                .withQueryParam("q", equalTo(q))
                .withQueryParam("orderBy", equalTo("createdTime desc"))
                .withQueryParam("pageSize", equalTo("100"))
                .withQueryParam("fields", equalTo("files(" + FIELDS + ")"))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .withQueryParam("includeItemsFromAllDrives", equalTo("true"))
                .willReturn(okJson(body)));
    }

    private List<JsonNode> poll() {
        return api.poll("google_drive", "new_file", "{\"folder_id\": \"fold-1\"}", AUTH, Map.of(), "flow-1");
    }

    private LoggedRequest singleRequest() {
        assertThat(api.wireMock().getAllServeEvents()).hasSize(1);
        return api.wireMock().getAllServeEvents().get(0).getRequest();
    }

    record Part(String headers, String body) {
    }

    /** The parts of a multipart body: their header block and their content. */
    static List<Part> multipartOf(LoggedRequest request) {
        String contentType = request.getHeader("Content-Type");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String body = new String(request.getBody(), StandardCharsets.ISO_8859_1);
        assertThat(body).endsWith("--" + boundary + "--\r\n");
        List<Part> parts = new ArrayList<>();
        String[] chunks = body.split("--" + java.util.regex.Pattern.quote(boundary));
        for (int i = 1; i < chunks.length - 1; i++) {
            String chunk = chunks[i].substring(2, chunks[i].length() - 2); // the CRLF after the boundary and before the next
            int split = chunk.indexOf("\r\n\r\n");
            parts.add(new Part(chunk.substring(0, split), chunk.substring(split + 4)));
        }
        return parts;
    }
}
