package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class KizeoFormsConnectorTest {

    private static final String APP = "kizeo_forms";
    private static final String TOKEN = "kf-token-123";
    private static final String V3 = "/rest/v3";
    private static final String V4 = "/rest/public/v4";

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private JsonNode run(String action, String input) {
        return api.run(APP, action, input, new Credentials.ApiKey(TOKEN), Map.of());
    }

    /** Every Kizeo request carries the bare token, without any scheme. */
    private void stub(MappingBuilder mapping) {
        api.wireMock().stubFor(mapping.withHeader("Authorization", equalTo(TOKEN)));
    }

    private byte[] stored(JsonNode file) {
        return api.blobs().read("alice", file.path("file_id").asString()).orElseThrow();
    }

    // ------------------------------------------------------------------ forms

    @Test
    void getAllForms_getsV3Forms_withTheBareTokenHeader_andReturnsTheForms() {
        stub(get(urlEqualTo(V3 + "/forms")).willReturn(okJson("""
                {"status": "ok", "forms": [{"id": "11", "name": "Inspection", "class": "Ops", "update_time": "2024-01-02 10:00:00"}]}""")));
        JsonNode out = run("get_all_forms", "{}");
        assertThat(out.path("count").asInt()).isEqualTo(1);
        assertThat(out.path("forms").isArray()).isTrue();
        assertThat(out.path("forms").get(0).path("name").asString()).isEqualTo("Inspection");
    }

    @Test
    void getFormDefinition_getsTheForm_andReturnsItsFieldsAndExports() {
        stub(get(urlEqualTo(V3 + "/forms/11")).willReturn(okJson("""
                {"status": "ok", "message": "", "form": {"id": "11", "name": "Inspection",
                 "fields": {"customer": {"caption": "Customer", "type": "text", "required": true}},
                 "exports": [{"id": "5", "name": "Report", "type": "word"}]}}""")));
        JsonNode out = run("get_form_definition", "{\"form_id\": \"11\"}");
        assertThat(out.path("form").path("fields").path("customer").path("type").asString()).isEqualTo("text");
        assertThat(out.path("form").path("exports").get(0).path("id").asString()).isEqualTo("5");
    }

    private static final String ROWS = """
            {"recordsTotal": 4, "data": [
             {"_id": "1", "_form_id": "11", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2024-01-03 10:00:00"},
             {"_id": "2", "_form_id": "11", "_user_id": "8", "_user_name": "Bob", "_answer_time": "2024-01-20 09:00:00"},
             {"_id": "3", "_form_id": "12", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2024-02-02 08:00:00"},
             {"_id": "4", "_form_id": "11", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2023-12-31 23:00:00"}]}""";

    private static final String FORMS = """
            {"status": "ok", "forms": [{"id": "11", "name": "Inspection", "class": "Ops"},
             {"id": "12", "name": "Audit", "class": "QA"}, {"id": "13", "name": "Unused", "class": "QA"}]}""";

    @Test
    void getFormsStatistics_allForms_readsFormsThenSearchesAllData_andCountsPerFormAndUser() {
        stub(get(urlEqualTo(V3 + "/forms")).willReturn(okJson(FORMS)));
        stub(post(urlEqualTo(V3 + "/forms/all/data/advanced?format=simple"))
                .withRequestBody(equalToJson("{}")).willReturn(okJson(ROWS)));
        JsonNode out = run("get_forms_statistics", "{}");
        assertThat(out.path("scope").asString()).isEqualTo("all_forms");
        assertThat(out.path("form_count").asInt()).isEqualTo(3);
        assertThat(out.path("forms_with_data").asInt()).isEqualTo(2);
        assertThat(out.path("data_count").asInt()).isEqualTo(4);
        assertThat(out.path("user_count").asInt()).isEqualTo(2);
        assertThat(out.path("first_answer_time").asString()).isEqualTo("2023-12-31 23:00:00");
        assertThat(out.path("last_answer_time").asString()).isEqualTo("2024-02-02 08:00:00");
        assertThat(out.path("records_total").asInt()).isEqualTo(4);
        JsonNode inspection = out.path("forms").get(0);
        assertThat(inspection.path("form_id").asString()).isEqualTo("11");
        assertThat(inspection.path("name").asString()).isEqualTo("Inspection");
        assertThat(inspection.path("data_count").asInt()).isEqualTo(3);
        assertThat(inspection.path("user_count").asInt()).isEqualTo(2);
        assertThat(inspection.path("first_answer_time").asString()).isEqualTo("2023-12-31 23:00:00");
        assertThat(inspection.path("last_answer_time").asString()).isEqualTo("2024-01-20 09:00:00");
        assertThat(out.path("forms").get(2).path("data_count").asInt()).isZero();
        assertThat(out.path("by_user").get(0).path("user_name").asString()).isEqualTo("Ann");
        assertThat(out.path("by_user").get(0).path("data_count").asInt()).isEqualTo(3);
        assertThat(out.path("by_user").get(1).path("user_id").asString()).isEqualTo("8");
    }

    @Test
    void getFormsStatistics_oneFormAndPeriod_searchesThatForm_andKeepsOnlyAnswersInThePeriod() {
        stub(get(urlEqualTo(V3 + "/forms")).willReturn(okJson(FORMS)));
        stub(post(urlEqualTo(V3 + "/forms/11/data/advanced?format=simple"))
                .withRequestBody(equalToJson("{}")).willReturn(okJson("""
                        {"data": [
                         {"_id": "1", "_form_id": "11", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2024-01-03 10:00:00"},
                         {"_id": "2", "_form_id": "11", "_user_id": "8", "_user_name": "Bob", "_answer_time": "2024-01-20 09:00:00"},
                         {"_id": "4", "_form_id": "11", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2023-12-31 23:00:00"},
                         {"_id": "5", "_form_id": "11", "_user_id": "7", "_user_name": "Ann", "_answer_time": "2024-02-01 00:00:00"}]}""")));
        JsonNode out = run("get_forms_statistics", "{\"form_id\": \"11\", \"from\": \"2024-01-01\", \"to\": \"2024-02-01\"}");
        assertThat(out.path("scope").asString()).isEqualTo("form");
        assertThat(out.path("data_count").asInt()).isEqualTo(2);
        assertThat(out.path("forms")).hasSize(1);
        assertThat(out.path("forms").get(0).path("name").asString()).isEqualTo("Inspection");
        assertThat(out.path("forms").get(0).path("data_count").asInt()).isEqualTo(2);
        assertThat(out.path("forms").get(0).path("first_answer_time").asString()).isEqualTo("2024-01-03 10:00:00");
        assertThat(out.path("by_user")).hasSize(2);
        assertThat(out.path("from").asString()).isEqualTo("2024-01-01");
    }

    // ------------------------------------------------------------------ data

    @Test
    void getDataDefinition_asksForTheV4Layout_andReturnsTheData() {
        stub(get(urlEqualTo(V3 + "/forms/11/data/171216479?format=4")).willReturn(okJson("""
                {"status": "ok", "data": {"id": "171216479", "form_id": "11", "fields": {"customer": {"result": {"value": "ACME"}}}}}""")));
        JsonNode out = run("get_data_definition", "{\"form_id\": \"11\", \"data_id\": \"171216479\"}");
        assertThat(out.path("data").path("fields").path("customer").path("result").path("value").asString()).isEqualTo("ACME");
    }

    @Test
    void getDataDefinition_v3Layout_sendsNoFormatParameter() {
        stub(get(urlEqualTo(V3 + "/forms/11/data/9")).willReturn(okJson("""
                {"status": "ok", "data": {"id": "9", "fields": {"customer": {"value": "ACME"}}}}""")));
        JsonNode out = run("get_data_definition", "{\"form_id\": \"11\", \"data_id\": \"9\", \"format\": \"v3\"}");
        assertThat(out.path("data").path("fields").path("customer").path("value").asString()).isEqualTo("ACME");
    }

    @Test
    void getFilteredData_postsTheDocumentedAdvancedFilter_andReturnsTheRows() {
        stub(post(urlEqualTo(V3 + "/forms/11/data/advanced?format=basic")).withRequestBody(equalToJson("""
                {"global_filters": "ACME",
                 "filters": [{"type": "AND", "components": [
                   {"field": "_answer_time", "operator": ">=", "type": "simple", "val": "2024-01-01 00:00:00"},
                   {"field": "customer", "operator": "like", "type": "simple", "val": "%ACME%"}]}],
                 "order": [{"col": "_answer_time", "type": "desc"}]}"""))
                .willReturn(okJson("""
                        {"recordsTotal": 1, "data": [{"_id": "9", "_form_id": "11", "customer": "ACME"}]}""")));
        JsonNode out = run("get_filtered_data", """
                {"form_id": "11", "format": "basic", "global_filters": "ACME",
                 "filters": [{"type": "AND", "components": [
                   {"field": "_answer_time", "operator": ">=", "type": "simple", "val": "2024-01-01 00:00:00"},
                   {"field": "customer", "operator": "like", "type": "simple", "val": "%ACME%"}]}],
                 "order": [{"col": "_answer_time", "type": "desc"}]}""");
        assertThat(out.path("count").asInt()).isEqualTo(1);
        assertThat(out.path("records_total").asInt()).isEqualTo(1);
        assertThat(out.path("data").isArray()).isTrue();
        assertThat(out.path("data").get(0).path("_id").asString()).isEqualTo("9");
    }

    @Test
    void getFilteredData_onAllForms_withoutFilters_sendsAnEmptySearch() {
        stub(post(urlEqualTo(V3 + "/forms/all/data/advanced")).withRequestBody(equalToJson("{}"))
                .willReturn(okJson("{\"data\": []}")));
        JsonNode out = run("get_filtered_data", "{\"form_id\": \"all\"}");
        assertThat(out.path("count").asInt()).isZero();
    }

    @Test
    void getUnreadData_getsTheUnreadRouteOfTheAction_withIncludeUpdatedAndBasicFormat() {
        stub(get(urlEqualTo(V3 + "/forms/11/data/unread/erp_sync/50?includeupdated&format=basic")).willReturn(okJson("""
                {"status": "ok", "data": [{"_id": "9", "_form_id": "11"}, {"_id": "10", "_form_id": "11"}]}""")));
        JsonNode out = run("get_unread_data", "{\"form_id\": \"11\", \"action\": \"erp_sync\", \"limit\": 50, \"include_updated\": true}");
        assertThat(out.path("count").asInt()).isEqualTo(2);
        assertThat(out.path("data").get(1).path("_id").asString()).isEqualTo("10");
    }

    @Test
    void getUnreadData_defaultsToALimitOf100() {
        stub(get(urlEqualTo(V3 + "/forms/11/data/unread/erp_sync/100?format=simple"))
                .willReturn(okJson("{\"data\": [{\"_id\": \"9\"}]}")));
        JsonNode out = run("get_unread_data", "{\"form_id\": \"11\", \"action\": \"erp_sync\", \"format\": \"simple\"}");
        assertThat(out.path("data")).hasSize(1);
    }

    @Test
    void markDataAsRead_postsTheDataIdsToMarkAsReadByAction() {
        stub(post(urlEqualTo(V3 + "/forms/11/markasreadbyaction/erp_sync"))
                .withRequestBody(equalToJson("{\"data_ids\": [\"9\", \"10\"]}"))
                .willReturn(okJson("{\"status\": \"ok\", \"message\": \"Marked\"}")));
        JsonNode out = run("mark_data_as_read", "{\"form_id\": \"11\", \"action\": \"erp_sync\", \"data_ids\": [\"9\", \"10\"]}");
        assertThat(out.path("status").asString()).isEqualTo("ok");
    }

    @Test
    void pushData_postsRecipientAndFieldValues_andReturnsTheNewDataId() {
        stub(post(urlEqualTo(V3 + "/forms/11/push")).withRequestBody(equalToJson("""
                {"recipient_user_id": 319057, "fields": {"customer": {"value": "ACME"}, "address": {"value": "1 Main St"}}}"""))
                .willReturn(okJson("{\"status\": \"ok\", \"data\": {\"data_id\": 171216480}}")));
        JsonNode out = run("push_data", """
                {"form_id": "11", "recipient_user_id": 319057,
                 "fields": {"customer": {"value": "ACME"}, "address": {"value": "1 Main St"}}}""");
        assertThat(out.path("status").asString()).isEqualTo("ok");
        assertThat(out.path("data_id").asString()).isEqualTo("171216480");
    }

    @Test
    void pushPlanning_addsPlanningStartAndEnd_toThePush() {
        stub(post(urlEqualTo(V3 + "/forms/11/push")).withRequestBody(equalToJson("""
                {"recipient_user_id": 319057, "planningStart": "2024-03-01 08:00", "planningEnd": "2024-03-01 10:00",
                 "fields": {"customer": {"value": "ACME"}}}"""))
                .willReturn(okJson("{\"status\": \"ok\", \"data\": {\"data_id\": 42}}")));
        JsonNode out = run("push_planning", """
                {"form_id": "11", "recipient_user_id": 319057, "planning_start": "2024-03-01 08:00",
                 "planning_end": "2024-03-01 10:00", "fields": {"customer": {"value": "ACME"}}}""");
        assertThat(out.path("data_id").asString()).isEqualTo("42");
    }

    // ------------------------------------------------------------------ lists

    @Test
    void getAllLists_getsV3Lists() {
        stub(get(urlEqualTo(V3 + "/lists")).willReturn(okJson("""
                {"status": "ok", "lists": [{"id": "5", "name": "Sites", "class": "", "update_time": null},
                 {"id": "6", "name": "Products", "class": "", "update_time": "2024-01-01 00:00:00"}]}""")));
        JsonNode out = run("get_all_lists", "{}");
        assertThat(out.path("count").asInt()).isEqualTo(2);
        assertThat(out.path("lists").get(1).path("name").asString()).isEqualTo("Products");
    }

    @Test
    void getListDefinition_getsTheV4Definition() {
        stub(get(urlEqualTo(V4 + "/lists/5/definition")).willReturn(okJson("""
                {"list_name": "Sites", "properties_definition": {"city": {"id": "city", "display_name": "City", "type": "string"}},
                 "order_by": [], "group_by": []}""")));
        JsonNode out = run("get_list_definition", "{\"list_id\": \"5\"}");
        assertThat(out.path("list_name").asString()).isEqualTo("Sites");
        assertThat(out.path("properties_definition").path("city").path("type").asString()).isEqualTo("string");
    }

    @Test
    void getListItem_getsOneV4Item() {
        stub(get(urlEqualTo(V4 + "/lists/5/items/77")).willReturn(okJson("""
                {"id": 77, "label": "Lyon depot", "properties": {"city": "Lyon"}}""")));
        JsonNode out = run("get_list_item", "{\"list_id\": \"5\", \"item_id\": \"77\"}");
        assertThat(out.path("label").asString()).isEqualTo("Lyon depot");
    }

    @Test
    void getAllListItems_sendsSearchPagingAndSort_asQueryParameters() {
        stub(get(urlPathEqualTo(V4 + "/lists/5/items"))
                .withQueryParam("search", equalTo("Ly on"))
                .withQueryParam("offset", equalTo("20"))
                .withQueryParam("limit", equalTo("10"))
                .withQueryParam("sort", equalTo("city"))
                .withQueryParam("direction", equalTo("desc"))
                .willReturn(okJson("{\"items\": [{\"id\": 77, \"label\": \"Lyon depot\"}]}")));
        JsonNode out = run("get_all_list_items", """
                {"list_id": "5", "search": "Ly on", "offset": 20, "limit": 10, "sort": "city", "direction": "desc"}""");
        assertThat(out.path("items").get(0).path("id").asInt()).isEqualTo(77);
    }

    @Test
    void getAllListItems_withoutOptions_sendsNoQuery() {
        stub(get(urlEqualTo(V4 + "/lists/5/items")).willReturn(okJson("{\"items\": []}")));
        JsonNode out = run("get_all_list_items", "{\"list_id\": \"5\"}");
        assertThat(out.path("items").isArray()).isTrue();
    }

    @Test
    void createListItem_postsOneItemWithLabelAndProperties() {
        stub(post(urlEqualTo(V4 + "/lists/5/items")).withRequestBody(equalToJson("""
                {"items": [{"label": "Lyon depot", "properties": {"city": "Lyon", "stock": 12}}]}"""))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\": [{\"id\": 78, \"label\": \"Lyon depot\"}]}")));
        JsonNode out = run("create_list_item", "{\"list_id\": \"5\", \"label\": \"Lyon depot\", \"properties\": {\"city\": \"Lyon\", \"stock\": 12}}");
        assertThat(out.path("items").get(0).path("id").asInt()).isEqualTo(78);
    }

    @Test
    void updateListItem_patchesTheItemsCollection_withTheItemId() {
        stub(patch(urlEqualTo(V4 + "/lists/5/items")).withRequestBody(equalToJson("""
                {"items": [{"item_id": "77", "label": "Lyon depot (closed)", "properties": {"stock": 0}}]}"""))
                .willReturn(okJson("{\"status\": \"ok\"}")));
        JsonNode out = run("update_list_item", "{\"list_id\": \"5\", \"item_id\": \"77\", \"label\": \"Lyon depot (closed)\", \"properties\": {\"stock\": 0}}");
        assertThat(out.path("status").asString()).isEqualTo("ok");
    }

    @Test
    void deleteListItem_deletesTheV4Item_andConfirms() {
        stub(delete(urlEqualTo(V4 + "/lists/5/items/77")).willReturn(aResponse().withStatus(200)));
        JsonNode out = run("delete_list_item", "{\"list_id\": \"5\", \"item_id\": \"77\"}");
        assertThat(out.path("deleted").asBoolean()).isTrue();
        assertThat(out.path("item_id").asString()).isEqualTo("77");
        api.wireMock().verify(deleteRequestedFor(urlEqualTo(V4 + "/lists/5/items/77")).withHeader("Authorization", equalTo(TOKEN)));
    }

    // ------------------------------------------------------------------ users and groups

    @Test
    void getAllUsers_getsV3Users_andUnwrapsDataUsers() {
        stub(get(urlEqualTo(V3 + "/users")).willReturn(okJson("""
                {"status": "ok", "data": {"users": [{"id": "319057", "login": "ann", "first_name": "Ann", "last_name": "Lee"}]}}""")));
        JsonNode out = run("get_all_users", "{}");
        assertThat(out.path("count").asInt()).isEqualTo(1);
        assertThat(out.path("users").get(0).path("login").asString()).isEqualTo("ann");
    }

    @Test
    void getAllGroups_getsV3Groups() {
        stub(get(urlEqualTo(V3 + "/groups")).willReturn(okJson("{\"status\": \"ok\", \"data\": [{\"id\": 3, \"name\": \"North\"}]}")));
        JsonNode out = run("get_all_groups", "{}");
        assertThat(out.path("data").get(0).path("name").asString()).isEqualTo("North");
    }

    @Test
    void getGroup_getsOneGroup() {
        stub(get(urlEqualTo(V3 + "/group/3")).willReturn(okJson("""
                {"status": "ok", "data": {"id": 3, "name": "North", "parent_group_id": 1, "users": [], "leaders": [], "children": []}}""")));
        JsonNode out = run("get_group", "{\"group_id\": \"3\"}");
        assertThat(out.path("data").path("parent_group_id").asInt()).isEqualTo(1);
    }

    @Test
    void getGroupUsers_getsTheGroupsUsers() {
        stub(get(urlEqualTo(V3 + "/group/3/users")).willReturn(okJson("{\"status\": \"ok\", \"data\": [{\"id\": 7, \"login\": \"ann\"}]}")));
        JsonNode out = run("get_group_users", "{\"group_id\": \"3\"}");
        assertThat(out.path("data").get(0).path("login").asString()).isEqualTo("ann");
    }

    @Test
    void getGroupLeaders_getsTheGroupsLeaders() {
        stub(get(urlEqualTo(V3 + "/group/3/leaders")).willReturn(okJson("{\"status\": \"ok\", \"data\": [{\"id\": 8, \"login\": \"bob\"}]}")));
        JsonNode out = run("get_group_leaders", "{\"group_id\": \"3\"}");
        assertThat(out.path("data").get(0).path("login").asString()).isEqualTo("bob");
    }

    // ------------------------------------------------------------------ exports and downloads

    @Test
    void getFormExports_getsTheExportModels() {
        stub(get(urlEqualTo(V3 + "/forms/11/exports")).willReturn(okJson("""
                {"status": "ok", "exports": [{"id": "5", "name": "Report", "type": "word", "is_default": true}]}""")));
        JsonNode out = run("get_form_exports", "{\"form_id\": \"11\"}");
        assertThat(out.path("exports").get(0).path("type").asString()).isEqualTo("word");
        assertThat(out.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void downloadStandardPdf_storesThePdf_withANameAndPdfMime() {
        byte[] pdf = "%PDF-1.4 standard".getBytes(StandardCharsets.UTF_8);
        stub(get(urlEqualTo(V3 + "/forms/11/data/9/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(pdf)));
        JsonNode file = run("download_standard_pdf", "{\"form_id\": \"11\", \"data_id\": \"9\"}").path("file");
        assertThat(file.path("name").asString()).isEqualTo("kizeo_11_9.pdf");
        assertThat(file.path("mime").asString()).isEqualTo("application/pdf");
        assertThat(file.path("size").asInt()).isEqualTo(pdf.length);
        assertThat(stored(file)).isEqualTo(pdf);
    }

    @Test
    void downloadCustomExport_originalFormat_keepsKizeosFileNameAndType() {
        byte[] docx = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
        String docxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        stub(get(urlEqualTo(V3 + "/forms/11/data/9/exports/5")).willReturn(aResponse()
                .withHeader("Content-Type", docxMime)
                .withHeader("Content-Disposition", "attachment; filename=\"Report 9.docx\"").withBody(docx)));
        JsonNode file = run("download_custom_export", "{\"form_id\": \"11\", \"data_id\": \"9\", \"export_id\": \"5\"}").path("file");
        assertThat(file.path("name").asString()).isEqualTo("Report 9.docx");
        assertThat(file.path("mime").asString()).isEqualTo(docxMime);
        assertThat(stored(file)).isEqualTo(docx);
    }

    @Test
    void downloadCustomExport_asPdf_getsThePdfRoute() {
        byte[] pdf = "%PDF-1.4 custom".getBytes(StandardCharsets.UTF_8);
        stub(get(urlEqualTo(V3 + "/forms/11/data/9/exports/5/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(pdf)));
        JsonNode file = run("download_custom_export", "{\"form_id\": \"11\", \"data_id\": \"9\", \"export_id\": \"5\", \"as_pdf\": true}").path("file");
        assertThat(file.path("name").asString()).isEqualTo("kizeo_11_9_5.pdf");
        assertThat(file.path("mime").asString()).isEqualTo("application/pdf");
        assertThat(stored(file)).isEqualTo(pdf);
    }

    @ParameterizedTest
    @CsvSource({
        "export_data_csv,          csv,          kizeo_11_data.csv,         text/csv,                  text/csv",
        "export_data_custom_csv,   csv_custom,   kizeo_11_data_custom.csv,  text/csv,                  text/csv",
        "export_data_excel,        excel,        kizeo_11_data.xlsx,        application/vnd.ms-excel,  application/vnd.ms-excel",
        "export_data_custom_excel, excel_custom, kizeo_11_data_custom.xlsx, application/vnd.ms-excel,  application/vnd.ms-excel"
    })
    void multipleDataExports_postTheDataIds_andStoreTheFile(String action, String segment, String name, String served, String mime) {
        byte[] bytes = ("content of " + segment).getBytes(StandardCharsets.UTF_8);
        stub(post(urlEqualTo(V3 + "/forms/11/data/multiple/" + segment))
                .withRequestBody(equalToJson("{\"data_ids\": [\"9\", \"10\"]}"))
                .willReturn(aResponse().withHeader("Content-Type", served).withBody(bytes)));
        JsonNode file = run(action, "{\"form_id\": \"11\", \"data_ids\": [\"9\", \"10\"]}").path("file");
        assertThat(file.path("name").asString()).isEqualTo(name);
        assertThat(file.path("mime").asString()).isEqualTo(mime);
        assertThat(stored(file)).isEqualTo(bytes);
    }

    @Test
    void exportDataCsv_usesTheGivenFileName() {
        stub(post(urlEqualTo(V3 + "/forms/11/data/multiple/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a;b\n1;2\n")));
        JsonNode file = run("export_data_csv", "{\"form_id\": \"11\", \"data_ids\": [\"9\"], \"file_name\": \"january.csv\"}").path("file");
        assertThat(file.path("name").asString()).isEqualTo("january.csv");
        assertThat(new String(stored(file), StandardCharsets.UTF_8)).isEqualTo("a;b\n1;2\n");
    }

    // ------------------------------------------------------------------ custom call

    @Test
    void customApiCall_v3Get_sendsPathAndQuery_withTheToken() {
        stub(get(urlEqualTo(V3 + "/forms/11/exports?lang=fr")).willReturn(okJson("{\"status\": \"ok\", \"exports\": []}")));
        JsonNode out = run("custom_api_call", "{\"method\": \"GET\", \"path\": \"/forms/11/exports\", \"query\": {\"lang\": \"fr\"}}");
        assertThat(out.path("status").asInt()).isEqualTo(200);
        assertThat(out.path("body").path("status").asString()).isEqualTo("ok");
    }

    @Test
    void customApiCall_v4Post_sendsTheJsonBodyUnderThePublicV4Base() {
        stub(post(urlEqualTo(V4 + "/lists/5/items")).withRequestBody(equalToJson("{\"items\": [{\"label\": \"X\"}]}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"ok\": true}")));
        JsonNode out = run("custom_api_call", """
                {"api_version": "v4", "method": "POST", "path": "lists/5/items", "body": {"items": [{"label": "X"}]}}""");
        assertThat(out.path("status").asInt()).isEqualTo(201);
        assertThat(out.path("body").path("ok").asBoolean()).isTrue();
    }

    // ------------------------------------------------------------------ errors

    @Test
    void providerError_comesBackWithTheHttpStatusAndKizeosMessage_withoutTheToken() {
        stub(get(urlEqualTo(V3 + "/forms/99")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": \"error\", \"message\": \"Form 99 is not accessible with token " + TOKEN + "\"}")));
        assertThatThrownBy(() -> run("get_form_definition", "{\"form_id\": \"99\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("HTTP 403").contains("Form 99 is not accessible").doesNotContain(TOKEN);
                });
    }

    @Test
    void errorStatusInsideA200_isAFailureWithKizeosMessage() {
        stub(post(urlEqualTo(V3 + "/forms/11/push"))
                .willReturn(okJson("{\"status\": \"error\", \"message\": \"Recipient not allowed\"}")));
        assertThatThrownBy(() -> run("push_data", "{\"form_id\": \"11\", \"recipient_user_id\": 1, \"fields\": {}}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("Recipient not allowed");
                });
    }

    // ------------------------------------------------------------------ webhook triggers

    private static final String HOOK = "https://hub.example/hooks/sub-abc123";

    private static final String PAYLOAD = """
            {"body": {"id": "171216479", "eventType": "finished", "data": {
              "format": "4", "recipient_user_id": null, "answer_time": "2023-09-18T17:17:39+02:00",
              "update_answer_time": "2023-09-18T17:20:00+02:00", "id_tel": "0e7c", "media": ["photo_1.jpg"],
              "form_id": "923838", "origin": "android", "app_version": "7.19.198",
              "fields": {"customer": {"type": "text", "result": {"value": "ACME"}}, "qty": {"result": {"value": "3"}}},
              "id": "171216479", "user_id": "319057", "recipient_id": null, "parent_data_id": null}},
             "headers": {"content-type": "application/json"}, "query": {}}""";

    @Test
    void dataEvent_subscribesTheChosenEvents_thenUnsubscribes() {
        stub(post(urlEqualTo(V4 + "/forms/923838/third_party_webhooks")).withRequestBody(equalToJson("""
                {"on_events": ["finished", "update"], "url": "%s", "http_verb": "POST", "body_content_choice": "json_v4",
                 "third_party": "Switchboard", "third_party_id": "sub-abc123"}""".formatted(HOOK)))
                .willReturn(okJson("{\"id\": 4512}")));
        stub(delete(urlEqualTo(V4 + "/forms/923838/third_party_webhooks/4512")).willReturn(okJson("{}")));
        String params = "{\"form_id\": \"923838\", \"events\": [\"finished\", \"update\"]}";
        String id = api.subscribe(APP, "data_event", params, HOOK, new Credentials.ApiKey(TOKEN), Map.of());
        assertThat(id).isEqualTo("4512");
        api.unsubscribe(APP, "data_event", params, id, new Credentials.ApiKey(TOKEN), Map.of());
        api.wireMock().verify(deleteRequestedFor(urlEqualTo(V4 + "/forms/923838/third_party_webhooks/4512"))
                .withHeader("Authorization", equalTo(TOKEN)));
    }

    @Test
    void dataEvent_mapsTheJsonV4Payload_toACleanEvent() {
        JsonNode event = api.event(APP, "data_event", PAYLOAD);
        assertThat(event.path("event").asString()).isEqualTo("finished");
        assertThat(event.path("data_id").asString()).isEqualTo("171216479");
        assertThat(event.path("form_id").asString()).isEqualTo("923838");
        assertThat(event.path("user_id").asString()).isEqualTo("319057");
        assertThat(event.has("recipient_id")).isFalse();
        assertThat(event.path("answer_time").asString()).isEqualTo("2023-09-18T17:17:39+02:00");
        assertThat(event.path("origin").asString()).isEqualTo("android");
        assertThat(event.path("media").get(0).asString()).isEqualTo("photo_1.jpg");
        assertThat(event.path("fields").path("customer").asString()).isEqualTo("ACME");
        assertThat(event.path("fields").path("qty").asString()).isEqualTo("3");
        assertThat(event.path("data").path("app_version").asString()).isEqualTo("7.19.198");
    }

    @Test
    void dataSent_pushPayload_keepsTheRecipient_skipsNullIds_andGivesEmptyFields() {
        JsonNode event = api.event(APP, "data_sent", """
                {"body": {"id": "5", "eventType": "push", "data": {"id": null, "form_id": 1, "user_id": null, "recipient_user_id": 3}}}""");
        assertThat(event.path("event").asString()).isEqualTo("push");
        assertThat(event.path("recipient_id").asString()).isEqualTo("3");
        assertThat(event.path("data_id").asString()).isEqualTo("5");
        assertThat(event.path("form_id").asString()).isEqualTo("1");
        assertThat(event.has("user_id")).isFalse();
        assertThat(event.path("fields").isObject()).isTrue();
        assertThat(event.path("fields").size()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"data_deleted, delete", "data_finished, finished", "data_sent, push", "data_received, pull", "data_updated, update"})
    void eventTriggers_subscribeTheirOwnKizeoEvent_andUnsubscribe(String trigger, String kizeoEvent) {
        stub(post(urlEqualTo(V4 + "/forms/923838/third_party_webhooks")).withRequestBody(equalToJson("""
                {"on_events": ["%s"], "url": "%s", "http_verb": "POST", "body_content_choice": "json_v4",
                 "third_party": "Switchboard", "third_party_id": "sub-abc123"}""".formatted(kizeoEvent, HOOK)))
                .willReturn(okJson("{\"id\": \"77\"}")));
        stub(delete(urlEqualTo(V4 + "/forms/923838/third_party_webhooks/77")).willReturn(okJson("{}")));
        String params = "{\"form_id\": \"923838\"}";
        String id = api.subscribe(APP, trigger, params, HOOK, new Credentials.ApiKey(TOKEN), Map.of());
        assertThat(id).isEqualTo("77");
        api.unsubscribe(APP, trigger, params, id, new Credentials.ApiKey(TOKEN), Map.of());
        api.wireMock().verify(deleteRequestedFor(urlEqualTo(V4 + "/forms/923838/third_party_webhooks/77")));
        assertThat(api.event(APP, trigger, PAYLOAD).path("fields").path("customer").asString()).isEqualTo("ACME");
    }

    // ------------------------------------------------------------------ polling trigger

    private void pollPage(String state, String nextState, String rows) {
        MappingBuilder mapping = post(urlEqualTo(V3 + "/forms/11/data/advanced?format=simple"))
                .withRequestBody(matchingJsonPath("$.filters[0].field", equalTo("_update_time")))
                .withRequestBody(matchingJsonPath("$.filters[0].operator", equalTo(">=")))
                .withRequestBody(matchingJsonPath("$.filters[0].type", equalTo("simple")))
                .withRequestBody(matchingJsonPath("$.filters[0].val", matching("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")))
                .withRequestBody(matchingJsonPath("$.order[0].col", equalTo("_update_time")))
                .inScenario("poll").whenScenarioStateIs(state).willSetStateTo(nextState)
                .willReturn(okJson("{\"recordsTotal\": 0, \"data\": " + rows + "}"));
        stub(mapping);
    }

    @Test
    void newOrUpdatedData_firstPollIsTheBaseline_thenOnlyNewOrUpdatedDataAreEmitted() {
        String one = "{\"_id\": \"1\", \"_update_time\": \"2024-01-01 10:00:00\"}";
        String two = "{\"_id\": \"2\", \"_update_time\": \"2024-01-02 10:00:00\"}";
        String oneUpdated = "{\"_id\": \"1\", \"_update_time\": \"2024-01-03 10:00:00\"}";
        pollPage(STARTED, "second", "[" + one + "]");
        pollPage("second", "third", "[" + two + ", " + one + "]");
        pollPage("third", "fourth", "[" + two + ", " + one + "]");
        pollPage("fourth", "done", "[" + oneUpdated + ", " + two + "]");
        Credentials credentials = new Credentials.ApiKey(TOKEN);
        String params = "{\"form_id\": \"11\"}";

        assertThat(api.poll(APP, "new_or_updated_data", params, credentials, Map.of(), "flow-1")).isEmpty();
        List<JsonNode> second = api.poll(APP, "new_or_updated_data", params, credentials, Map.of(), "flow-1");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("_id").asString()).isEqualTo("2");
        assertThat(api.poll(APP, "new_or_updated_data", params, credentials, Map.of(), "flow-1")).isEmpty();
        List<JsonNode> fourth = api.poll(APP, "new_or_updated_data", params, credentials, Map.of(), "flow-1");
        assertThat(fourth).extracting(n -> n.path("_update_time").asString()).containsExactly("2024-01-03 10:00:00");
    }

    @Test
    void newOrUpdatedData_looksBackTheChosenNumberOfDays() {
        pollPage(STARTED, STARTED, "[]");
        api.poll(APP, "new_or_updated_data", "{\"form_id\": \"11\", \"lookback_days\": 3}", new Credentials.ApiKey(TOKEN), Map.of(), "flow-2");
        String body = api.wireMock().findAll(postRequestedFor(urlEqualTo(V3 + "/forms/11/data/advanced?format=simple")))
                .get(0).getBodyAsString();
        String since = StubbedApi.JSON.readTree(body).path("filters").get(0).path("val").asString();
        LocalDateTime sent = LocalDateTime.parse(since, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        LocalDateTime expected = LocalDateTime.now(ZoneOffset.UTC).minusDays(3);
        assertThat(ChronoUnit.SECONDS.between(sent, expected)).isBetween(-5L, 120L);
        assertThat(StubbedApi.JSON.readTree(body).path("filters").get(0).has("components")).isFalse();
        api.wireMock().verify(postRequestedFor(urlEqualTo(V3 + "/forms/11/data/advanced?format=simple"))
                .withHeader("Authorization", equalTo(TOKEN)).withHeader("Content-Type", matching("application/json.*")));
    }
}
