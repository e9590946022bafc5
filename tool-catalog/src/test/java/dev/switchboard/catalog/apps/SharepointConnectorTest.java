package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.files.FileRef;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class SharepointConnectorTest {

    private static final Credentials TOKEN = new Credentials.Bearer("graph-token");
    private static final String SITE = "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE";
    private static final String SITE_IN_PATH = SITE.replace(",", "%2C");

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    @Test
    void uploadFile_putsTheStoredBytesAtTheEncodedPathOfTheDefaultLibrary() {
        byte[] bytes = "%PDF-1.7 report".getBytes(StandardCharsets.UTF_8);
        FileRef ref = api.blobs().put("alice", "q1.pdf", "application/pdf", bytes);
        String url = "/v1.0/sites/" + SITE_IN_PATH + "/drive/root:/Reports%202024/Q1%20%231.pdf:/content";
        api.wireMock().stubFor(put(urlPathEqualTo(url))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withHeader("Content-Type", equalTo("application/pdf"))
                .withQueryParam("@microsoft.graph.conflictBehavior", equalTo("rename"))
                .withRequestBody(binaryEqualTo(bytes))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K", "name": "Q1 #1.pdf", "size": 15,
                         "webUrl": "https://contoso.sharepoint.com/Shared%20Documents/Reports%202024/Q1%20%231.pdf",
                         "createdDateTime": "2024-04-01T09:00:00Z", "lastModifiedDateTime": "2024-04-01T09:00:00Z"}""")));

        JsonNode out = api.run("sharepoint", "upload_file", """
                {"site_id": "%s", "path": "/Reports 2024/Q1 #1.pdf", "conflict_behavior": "rename",
                 "file": {"file_id": "%s", "name": "q1.pdf", "mime": "application/pdf", "size": %d}}"""
                .formatted(SITE, ref.fileId(), bytes.length), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K");
        assertThat(out.path("name").asString()).isEqualTo("Q1 #1.pdf");
        assertThat(out.path("size").asInt()).isEqualTo(15);
        assertThat(out.path("web_url").asString()).contains("Reports%202024");
        api.wireMock().verify(putRequestedFor(urlPathEqualTo(url)).withRequestBody(binaryEqualTo(bytes)));
        assertThat(api.blobs().read("alice", ref.fileId())).hasValue(bytes);
    }

    @Test
    void uploadFile_withADriveIdUsesThatLibrary_andSendsNoConflictParameterByDefault() {
        byte[] bytes = {1, 2, 3, 4};
        FileRef ref = api.blobs().put("alice", "data.bin", "application/octet-stream", bytes);
        api.wireMock().stubFor(put(urlEqualTo("/v1.0/drives/b!-RIj2DuyvEyV1T4NlOaMHk8XkS_I8MdFlUCq1BlcjgmhRfAj3-Z8RY2VpuvV_tpd/root:/Archive/data.bin:/content"))
                .withQueryParam("@microsoft.graph.conflictBehavior", absent())
                .withRequestBody(binaryEqualTo(bytes))
                .willReturn(okJson("{\"id\": \"item-2\", \"name\": \"data.bin\", \"size\": 4}")));

        JsonNode out = api.run("sharepoint", "upload_file", """
                {"site_id": "%s", "drive_id": "b!-RIj2DuyvEyV1T4NlOaMHk8XkS_I8MdFlUCq1BlcjgmhRfAj3-Z8RY2VpuvV_tpd",
                 "path": "Archive/data.bin", "file": {"file_id": "%s"}}""".formatted(SITE, ref.fileId()), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("item-2");
    }

    @Test
    void uploadFile_conflictIsA409WithGraphsMessage() {
        FileRef ref = api.blobs().put("alice", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        api.wireMock().stubFor(put(urlPathEqualTo("/v1.0/sites/" + SITE_IN_PATH + "/drive/root:/a.txt:/content"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "nameAlreadyExists", "message": "The specified item name already exists."}}""")));

        assertThatThrownBy(() -> api.run("sharepoint", "upload_file", """
                {"site_id": "%s", "path": "a.txt", "conflict_behavior": "fail", "file": {"file_id": "%s"}}"""
                .formatted(SITE, ref.fileId()), TOKEN, Map.of()))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("HTTP 409").contains("item name already exists");
                });
    }

    @Test
    void createListItem_postsTheColumnValuesAsFields() {
        api.wireMock().stubFor(post(urlEqualTo("/v1.0/sites/" + SITE_IN_PATH + "/lists/d7689e2b-941a-4cd3-bb24-55cddee54294/items"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"fields\": {\"Title\": \"Laptop\", \"Quantity\": 3, \"Approved\": true}}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "17", "createdDateTime": "2024-04-01T09:00:00Z",
                         "webUrl": "https://contoso.sharepoint.com/Lists/Orders/17_.000",
                         "fields": {"Title": "Laptop", "Quantity": 3, "Approved": true}}""")));

        JsonNode out = api.run("sharepoint", "create_list_item", """
                {"site_id": "%s", "list_id": "d7689e2b-941a-4cd3-bb24-55cddee54294",
                 "fields": {"Title": "Laptop", "Quantity": 3, "Approved": true}}""".formatted(SITE), TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo("17");
        assertThat(out.path("web_url").asString()).endsWith("17_.000");
        assertThat(out.path("fields").path("Quantity").asInt()).isEqualTo(3);
    }

    @Test
    void listItems_expandsFields_andFollowsOdataNextLink() {
        String path = "/v1.0/sites/" + SITE_IN_PATH + "/lists/Orders/items";
        api.wireMock().stubFor(get(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withQueryParam("expand", equalTo("fields"))
                .withQueryParam("$top", equalTo("100"))
                .withQueryParam("$skiptoken", absent())
                .willReturn(okJson("""
                        {"value": [{"id": "1", "webUrl": "https://x/1", "fields": {"Title": "A"}}],
                         "@odata.nextLink": "https://graph.microsoft.com/v1.0/sites/%s/lists/Orders/items?expand=fields&$top=100&$skiptoken=UGFnZWQ9VFJVRQ"}"""
                        .formatted(SITE_IN_PATH))));
        api.wireMock().stubFor(get(urlPathEqualTo(path))
                .withQueryParam("$skiptoken", equalTo("UGFnZWQ9VFJVRQ"))
                .willReturn(okJson("{\"value\": [{\"id\": \"2\", \"webUrl\": \"https://x/2\", \"fields\": {\"Title\": \"B\"}}]}")));

        JsonNode out = api.run("sharepoint", "list_items", "{\"site_id\": \"%s\", \"list_id\": \"Orders\"}".formatted(SITE), TOKEN, Map.of());

        assertThat(out.path("items")).hasSize(2);
        assertThat(out.path("items").get(0).path("fields").path("Title").asString()).isEqualTo("A");
        assertThat(out.path("items").get(1).path("id").asString()).isEqualTo("2");
    }

    @Test
    void searchSites_returnsIdsAndAddresses() {
        api.wireMock().stubFor(get(urlPathEqualTo("/v1.0/sites"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .withQueryParam("search", equalTo("marketing team"))
                .willReturn(okJson("""
                        {"value": [{"id": "%s", "name": "marketing", "displayName": "Marketing",
                          "webUrl": "https://contoso.sharepoint.com/sites/marketing"}]}""".formatted(SITE))));

        JsonNode out = api.run("sharepoint", "search_sites", "{\"query\": \"marketing team\"}", TOKEN, Map.of());

        assertThat(out.path("sites")).hasSize(1);
        assertThat(out.path("sites").get(0).path("id").asString()).isEqualTo(SITE);
        assertThat(out.path("sites").get(0).path("display_name").asString()).isEqualTo("Marketing");
    }

    @Test
    void getSiteByPath_addressesTheSiteByHostAndRelativePath() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/sites/contoso.sharepoint.com:/sites/marketing"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("""
                        {"id": "%s", "name": "marketing", "displayName": "Marketing",
                         "webUrl": "https://contoso.sharepoint.com/sites/marketing"}""".formatted(SITE))));

        JsonNode out = api.run("sharepoint", "get_site_by_path",
                "{\"hostname\": \"contoso.sharepoint.com\", \"path\": \"/sites/marketing\"}", TOKEN, Map.of());

        assertThat(out.path("id").asString()).isEqualTo(SITE);
        assertThat(out.path("web_url").asString()).isEqualTo("https://contoso.sharepoint.com/sites/marketing");
    }

    @Test
    void listLists_returnsIdsAndTemplates() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/sites/" + SITE_IN_PATH + "/lists"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("""
                        {"value": [{"id": "d7689e2b", "name": "Orders", "displayName": "Orders",
                          "list": {"template": "genericList"}, "webUrl": "https://contoso.sharepoint.com/Lists/Orders"}]}""")));

        JsonNode out = api.run("sharepoint", "list_lists", "{\"site_id\": \"%s\"}".formatted(SITE), TOKEN, Map.of());

        assertThat(out.path("lists").get(0).path("id").asString()).isEqualTo("d7689e2b");
        assertThat(out.path("lists").get(0).path("template").asString()).isEqualTo("genericList");
    }

    @Test
    void listDrives_returnsTheLibraries() {
        api.wireMock().stubFor(get(urlEqualTo("/v1.0/sites/" + SITE_IN_PATH + "/drives"))
                .withHeader("Authorization", equalTo("Bearer graph-token"))
                .willReturn(okJson("""
                        {"value": [{"id": "b!abc", "name": "Documents", "webUrl": "https://contoso.sharepoint.com/Shared%20Documents"},
                                   {"id": "b!def", "name": "Archive", "webUrl": "https://contoso.sharepoint.com/Archive"}]}""")));

        JsonNode out = api.run("sharepoint", "list_drives", "{\"site_id\": \"%s\"}".formatted(SITE), TOKEN, Map.of());

        assertThat(out.path("drives")).hasSize(2);
        assertThat(out.path("drives").get(1).path("name").asString()).isEqualTo("Archive");
    }
}
