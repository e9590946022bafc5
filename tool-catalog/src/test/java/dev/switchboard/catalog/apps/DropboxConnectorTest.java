package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

class DropboxConnectorTest {

    private static final Credentials TOKEN = new Credentials.Bearer("sl.dropbox-token");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void uploadFile_sendsTheStoredBytesAsOctetStream_withTheJsonArgumentInAnAsciiHeader() {
        byte[] bytes = "col1,col2\n1,2\n".getBytes(StandardCharsets.UTF_8);
        FileRef ref = api.blobs().put("alice", "data.csv", "text/csv", bytes);
        api.wireMock().stubFor(post(urlPathEqualTo("/2/files/upload"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withHeader("Dropbox-API-Arg", equalTo("{\"path\":\"/Reports/\\u00dcbersicht 2024.csv\",\"mode\":\"add\",\"autorename\":true}"))
                .withQueryParam("arg", absent())
                .withRequestBody(binaryEqualTo(bytes))
                .willReturn(okJson("""
                        {"name": "Übersicht 2024.csv", "id": "id:a4ayc_80_OEAAAAAAAAAXw", "rev": "a1c10ce0dd78",
                         "size": 14, "path_display": "/Reports/Übersicht 2024.csv", "server_modified": "2024-05-01T10:00:00Z",
                         "content_hash": "e3b0c442"}""")));

        JsonNode out = api.run("dropbox", "upload_file", """
                {"path": "/Reports/Übersicht 2024.csv", "file": {"file_id": "%s", "name": "data.csv", "mime": "text/csv", "size": 14}}"""
                .formatted(ref.fileId()), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("id:a4ayc_80_OEAAAAAAAAAXw");
        assertThat(out.path("name").asString()).isEqualTo("Übersicht 2024.csv");
        assertThat(out.path("rev").asString()).isEqualTo("a1c10ce0dd78");
        assertThat(out.path("size").asInt()).isEqualTo(14);
        api.wireMock().verify(postRequestedFor(urlPathEqualTo("/2/files/upload")).withRequestBody(binaryEqualTo(bytes)));
        assertThat(api.blobs().read("alice", ref.fileId())).hasValue(bytes);
    }

    @Test
    void uploadFile_overwriteModeIsPassedThrough() {
        FileRef ref = api.blobs().put("alice", "a.txt", "text/plain", "v2".getBytes(StandardCharsets.UTF_8));
        api.wireMock().stubFor(post(urlPathEqualTo("/2/files/upload"))
                .withHeader("Dropbox-API-Arg", equalToJson("{\"path\": \"/a.txt\", \"mode\": \"overwrite\", \"autorename\": false, \"mute\": true}"))
                .willReturn(okJson("{\"name\": \"a.txt\", \"id\": \"id:1\", \"rev\": \"2\"}")));

        JsonNode out = api.run("dropbox", "upload_file", """
                {"path": "/a.txt", "mode": "overwrite", "autorename": false, "mute": true, "file": {"file_id": "%s"}}"""
                .formatted(ref.fileId()), TOKEN, Map.of());

        assertThat(out.path("rev").asString()).isEqualTo("2");
    }

    @Test
    void uploadFile_conflictIsA409WithDropboxsErrorSummary() {
        FileRef ref = api.blobs().put("alice", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        api.wireMock().stubFor(post(urlPathEqualTo("/2/files/upload"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("""
                        {"error_summary": "path/conflict/file/..", "error": {".tag": "path", "reason": {".tag": "conflict"}}}""")));

        assertThatThrownBy(() -> api.run("dropbox", "upload_file",
                "{\"path\": \"/a.txt\", \"autorename\": false, \"file\": {\"file_id\": \"%s\"}}".formatted(ref.fileId()), TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("HTTP 409").contains("path/conflict/file");
                });
    }

    @Test
    void downloadFile_storesTheBytesInTheBlobStore_andReadsTheMetadataHeader() {
        byte[] pdf = "%PDF-1.4 invoice".getBytes(StandardCharsets.UTF_8);
        api.wireMock().stubFor(post(urlPathEqualTo("/2/files/download"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withHeader("Dropbox-API-Arg", equalToJson("{\"path\": \"/Invoices/inv-7.pdf\"}"))
                .withHeader("Content-Type", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                        .withHeader("Dropbox-API-Result", "{\"name\": \"inv-7.pdf\", \"id\": \"id:inv7\", \"rev\": \"015f\", "
                                + "\"path_display\": \"/Invoices/inv-7.pdf\", \"size\": 16}")
                        .withBody(pdf)));

        JsonNode out = api.run("dropbox", "download_file", "{\"path\": \"/Invoices/inv-7.pdf\"}", TOKEN, Map.of());

        JsonNode file = out.path("file");
        assertThat(file.path("name").asString()).isEqualTo("inv-7.pdf");
        assertThat(file.path("size").asInt()).isEqualTo(pdf.length);
        assertThat(api.blobs().read("alice", file.path("file_id").asString())).hasValue(pdf);
        assertThat(out.path("id").asString()).isEqualTo("id:inv7");
        assertThat(out.path("rev").asString()).isEqualTo("015f");
        assertThat(out.path("path_display").asString()).isEqualTo("/Invoices/inv-7.pdf");
    }

    @Test
    void listFolder_followsHasMoreThroughListFolderContinue_withTheCursorInTheBody() {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withRequestBody(equalToJson("{\"path\": \"/Reports\", \"recursive\": true, \"limit\": 2}"))
                .willReturn(okJson("""
                        {"entries": [{".tag": "folder", "name": "2024", "id": "id:f1", "path_display": "/Reports/2024"},
                                     {".tag": "file", "name": "a.pdf", "id": "id:a", "rev": "1", "size": 10}],
                         "cursor": "AAE-cursor-1", "has_more": true}""")));
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder/continue"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"cursor\": \"AAE-cursor-1\"}"))
                .willReturn(okJson("""
                        {"entries": [{".tag": "file", "name": "b.pdf", "id": "id:b", "rev": "1", "size": 20}],
                         "cursor": "AAE-cursor-2", "has_more": true}""")));
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder/continue"))
                .withRequestBody(equalToJson("{\"cursor\": \"AAE-cursor-2\"}"))
                .willReturn(okJson("""
                        {"entries": [{".tag": "file", "name": "c.pdf", "id": "id:c", "rev": "1", "size": 30}],
                         "cursor": "AAE-cursor-3", "has_more": false}""")));

        JsonNode out = api.run("dropbox", "list_folder", "{\"path\": \"/Reports\", \"recursive\": true, \"limit\": 2}", TOKEN, Map.of());

        assertThat(out.path("entries")).extracting(e -> e.path("name").asString()).containsExactly("2024", "a.pdf", "b.pdf", "c.pdf");
        assertThat(out.path("cursor").asString()).isEqualTo("AAE-cursor-3");
        assertThat(out.path("has_more").asBoolean()).isFalse();
        api.wireMock().verify(1, postRequestedFor(urlEqualTo("/2/files/list_folder")));
        api.wireMock().verify(2, postRequestedFor(urlEqualTo("/2/files/list_folder/continue")));
    }

    @Test
    void listFolder_stopsWhenHasMoreIsFalse_evenWithACursor() {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder"))
                .willReturn(okJson("""
                        {"entries": [{".tag": "file", "name": "only.pdf", "id": "id:o"}], "cursor": "AAE-end", "has_more": false}""")));

        JsonNode out = api.run("dropbox", "list_folder", "{\"path\": \"/One\"}", TOKEN, Map.of());

        assertThat(out.path("entries")).hasSize(1);
        assertThat(out.path("entries").isArray()).isTrue();
        api.wireMock().verify(0, postRequestedFor(urlEqualTo("/2/files/list_folder/continue")));
    }

    @Test
    void listFolderContinue_postsTheCursor_andReturnsThatPage() {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder/continue"))
                .withRequestBody(equalToJson("{\"cursor\": \"AAE-cursor-1\"}"))
                .willReturn(okJson("""
                        {"entries": [{".tag": "file", "name": "b.pdf", "id": "id:b", "rev": "1", "size": 20}],
                         "cursor": "AAE-cursor-2", "has_more": false}""")));

        JsonNode rest = api.run("dropbox", "list_folder_continue", "{\"cursor\": \"AAE-cursor-1\"}", TOKEN, Map.of());

        assertThat(rest.path("entries").get(0).path("name").asString()).isEqualTo("b.pdf");
        assertThat(rest.path("has_more").asBoolean()).isFalse();
    }

    @Test
    void listFolder_rootIsTheEmptyPath() {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder"))
                .withRequestBody(equalToJson("{\"path\": \"\"}"))
                .willReturn(okJson("{\"entries\": [], \"cursor\": \"c\", \"has_more\": false}")));

        JsonNode out = api.run("dropbox", "list_folder", "{\"path\": \"/\"}", TOKEN, Map.of());

        assertThat(out.path("entries")).isEmpty();
    }

    @Test
    void createFolder_returnsTheNewFoldersMetadata() {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/create_folder_v2"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withRequestBody(equalToJson("{\"path\": \"/Clients/Acme\", \"autorename\": false}"))
                .willReturn(okJson("{\"metadata\": {\"name\": \"Acme\", \"id\": \"id:acme\", \"path_display\": \"/Clients/Acme\"}}")));

        JsonNode out = api.run("dropbox", "create_folder", "{\"path\": \"/Clients/Acme\", \"autorename\": false}", TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("id:acme");
        assertThat(out.path("path_display").asString()).isEqualTo("/Clients/Acme");
    }

    @Test
    void newFile_firstPollIsTheBaseline_thenOnlyTheNewFile_thenNothing_andANewRevisionFiresAgain() {
        String a = "{\".tag\": \"file\", \"name\": \"a.pdf\", \"id\": \"id:a\", \"rev\": \"r1\", \"path_display\": \"/Inbox/a.pdf\"}";
        String b = "{\".tag\": \"file\", \"name\": \"b.pdf\", \"id\": \"id:b\", \"rev\": \"r1\", \"path_display\": \"/Inbox/b.pdf\"}";
        String bUpdated = "{\".tag\": \"file\", \"name\": \"b.pdf\", \"id\": \"id:b\", \"rev\": \"r2\", \"path_display\": \"/Inbox/b.pdf\"}";

        stubFolder("[" + a + "]");
        assertThat(poll()).isEmpty();

        stubFolder("[" + a + "," + b + "]");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("id").asString()).isEqualTo("id:b");
        assertThat(fresh.get(0).path("path_display").asString()).isEqualTo("/Inbox/b.pdf");

        assertThat(poll()).isEmpty();

        stubFolder("[" + a + "," + bUpdated + "]");
        List<JsonNode> updated = poll();
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).path("rev").asString()).isEqualTo("r2");
    }

    @Test
    void newFile_seesFilesOnEveryPageOfTheFolder_throughListFolderContinue() {
        String a = "{\".tag\": \"file\", \"name\": \"a.pdf\", \"id\": \"id:a\", \"rev\": \"r1\"}";
        String b = "{\".tag\": \"file\", \"name\": \"b.pdf\", \"id\": \"id:b\", \"rev\": \"r1\"}";
        String c = "{\".tag\": \"file\", \"name\": \"c.pdf\", \"id\": \"id:c\", \"rev\": \"r1\"}";
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder"))
                .willReturn(okJson("{\"entries\": [" + a + "], \"cursor\": \"p2\", \"has_more\": true}")));
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder/continue"))
                .withRequestBody(equalToJson("{\"cursor\": \"p2\"}"))
                .willReturn(okJson("{\"entries\": [" + b + "], \"cursor\": \"p3\", \"has_more\": false}")));
        assertThat(poll()).isEmpty();

        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder/continue"))
                .withRequestBody(equalToJson("{\"cursor\": \"p2\"}"))
                .willReturn(okJson("{\"entries\": [" + b + "," + c + "], \"cursor\": \"p3\", \"has_more\": false}")));
        List<JsonNode> fresh = poll();

        assertThat(fresh).extracting(e -> e.path("id").asString()).containsExactly("id:c");
    }

    private void stubFolder(String entries) {
        api.wireMock().stubFor(post(urlEqualTo("/2/files/list_folder"))
                .withHeader("Authorization", equalTo("Bearer sl.dropbox-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"path\": \"/Inbox\", \"include_deleted\": false, \"limit\": 2000}"))
                .willReturn(okJson("{\"entries\": " + entries + ", \"cursor\": \"c\", \"has_more\": false}")));
    }

    private List<JsonNode> poll() {
        return api.poll("dropbox", "new_file", "{\"path\": \"/Inbox\"}", TOKEN, Map.of(), "flow-1");
    }
}
