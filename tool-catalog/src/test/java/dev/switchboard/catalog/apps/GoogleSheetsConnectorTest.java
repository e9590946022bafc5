package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.switchboard.catalog.StubbedApi;
import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.engine.ActionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class GoogleSheetsConnectorTest {

    private static final String TOKEN = "ya29.sheets-token";
    private static final Credentials AUTH = new Credentials.Bearer(TOKEN);

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private static MappingBuilder authed(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private JsonNode run(String action, String input) {
        return api.run("google_sheets", action, input, AUTH, Map.of());
    }

    @Test
    void appendRow_appendsOneRowWithUserEnteredValues_andReturnsItsRowNumber() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Orders':append")))
                .withQueryParam("valueInputOption", equalTo("USER_ENTERED"))
                .withQueryParam("insertDataOption", equalTo("INSERT_ROWS"))
                .withRequestBody(equalToJson("{\"majorDimension\": \"ROWS\", \"values\": [[\"Ann\", 42, true, \"=B2*2\"]]}"))
                .willReturn(okJson("""
                        {"spreadsheetId": "sheet-1", "tableRange": "Orders!A1:D11",
                         "updates": {"spreadsheetId": "sheet-1", "updatedRange": "Orders!A12:D12", "updatedRows": 1,
                                     "updatedColumns": 4, "updatedCells": 4}}""")));

        JsonNode out = run("append_row", "{\"spreadsheet_id\": \"sheet-1\", \"sheet_name\": \"Orders\", \"values\": [\"Ann\", 42, true, \"=B2*2\"]}");

        assertThat(out.path("row_number").asInt()).isEqualTo(12);
        assertThat(out.path("updated_range").asString()).isEqualTo("Orders!A12:D12");
        assertThat(out.path("updated_cells").asInt()).isEqualTo(4);
        assertThat(out.path("spreadsheet_id").asString()).isEqualTo("sheet-1");
    }

    @Test
    void appendRow_quotesSheetNamesWithSpacesAndApostrophes_andPassesRawInput() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Bob''s%20List':append")))
                .withQueryParam("valueInputOption", equalTo("RAW"))
                .withRequestBody(equalToJson("{\"majorDimension\": \"ROWS\", \"values\": [[\"x\"]]}"))
                .willReturn(okJson("""
                        {"spreadsheetId": "sheet-1", "updates": {"updatedRange": "'Bob''s List'!A3", "updatedCells": 1}}""")));

        JsonNode out = run("append_row", """
                {"spreadsheet_id": "sheet-1", "sheet_name": "Bob's List", "values": ["x"], "value_input_option": "RAW"}""");

        assertThat(out.path("row_number").asInt()).isEqualTo(3);
    }

    @Test
    void getRows_readsARange_andNumbersEachRowFromTheRangeStart() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'My%20Sheet'!A5%3AC8")))
                .withQueryParam("majorDimension", equalTo("ROWS"))
                .withQueryParam("valueRenderOption", equalTo("UNFORMATTED_VALUE"))
                .willReturn(okJson("""
                        {"range": "'My Sheet'!A5:C8", "majorDimension": "ROWS",
                         "values": [["Ann", 3], [], ["Cid", 7, "late"]]}""")));

        JsonNode out = run("get_rows", """
                {"spreadsheet_id": "sheet-1", "sheet_name": "My Sheet", "range": "A5:C8", "value_render_option": "UNFORMATTED_VALUE"}""");

        assertThat(out.path("range").asString()).isEqualTo("'My Sheet'!A5:C8");
        assertThat(out.path("rows")).hasSize(3);
        assertThat(out.path("rows").get(0).toString()).isEqualTo("{\"row_number\":5,\"values\":[\"Ann\",3]}");
        assertThat(out.path("rows").get(1).toString()).isEqualTo("{\"row_number\":6,\"values\":[]}");
        assertThat(out.path("rows").get(2).path("row_number").asInt()).isEqualTo(7);
    }

    @Test
    void getRows_ofAnEmptySheet_returnsNoRows() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Empty'")))
                .withQueryParam("majorDimension", equalTo("ROWS"))
                .willReturn(okJson("{\"range\": \"Empty!A1:Z1000\", \"majorDimension\": \"ROWS\"}")));

        JsonNode out = run("get_rows", "{\"spreadsheet_id\": \"sheet-1\", \"sheet_name\": \"Empty\"}");

        assertThat(out.path("rows").isArray()).isTrue();
        assertThat(out.path("rows")).isEmpty();
    }

    @Test
    void updateRow_putsTheValuesAtTheRowsFirstColumn() {
        api.wireMock().stubFor(authed(put(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Orders'!B7")))
                .withQueryParam("valueInputOption", equalTo("USER_ENTERED"))
                .withRequestBody(equalToJson("{\"majorDimension\": \"ROWS\", \"values\": [[\"paid\", 99.5]]}"))
                .willReturn(okJson("""
                        {"spreadsheetId": "sheet-1", "updatedRange": "Orders!B7:C7", "updatedRows": 1, "updatedColumns": 2,
                         "updatedCells": 2}""")));

        JsonNode out = run("update_row", """
                {"spreadsheet_id": "sheet-1", "sheet_name": "Orders", "row_number": 7, "start_column": "b", "values": ["paid", 99.5]}""");

        assertThat(out.path("updated_range").asString()).isEqualTo("Orders!B7:C7");
        assertThat(out.path("updated_cells").asInt()).isEqualTo(2);
    }

    @Test
    void listSheets_returnsTheTabsWithTheirNamesAndSizes() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v4/spreadsheets/sheet-1")))
                .withQueryParam("fields", equalTo("properties.title,sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))"))
                .willReturn(okJson("""
                        {"properties": {"title": "Sales"}, "sheets": [
                          {"properties": {"sheetId": 0, "title": "Orders", "index": 0, "gridProperties": {"rowCount": 1000, "columnCount": 26}}},
                          {"properties": {"sheetId": 815, "title": "Totals", "index": 1, "gridProperties": {"rowCount": 50, "columnCount": 5}}}]}""")));

        JsonNode out = run("list_sheets", "{\"spreadsheet_id\": \"sheet-1\"}");

        assertThat(out.path("title").asString()).isEqualTo("Sales");
        assertThat(out.path("sheets").findValuesAsString("title")).containsExactly("Orders", "Totals");
        assertThat(out.path("sheets").get(1).toString())
                .isEqualTo("{\"sheet_id\":815,\"title\":\"Totals\",\"index\":1,\"row_count\":50,\"column_count\":5}");
    }

    @Test
    void unknownSheet_failsWithGooglesStatusAndMessage() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Nope'")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 400, "message": "Unable to parse range: 'Nope'", "status": "INVALID_ARGUMENT"}}""")));

        assertThatThrownBy(() -> run("get_rows", "{\"spreadsheet_id\": \"sheet-1\", \"sheet_name\": \"Nope\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("Unable to parse range: 'Nope'");
                });
    }

    @Test
    void newRow_firstPollRecordsTheBaseline_thenEmitsOnlyTheAddedRowOnce_withItsNumber() {
        stubRows("[[\"Name\", \"Qty\"], [\"Ann\", \"3\"]]");
        assertThat(poll()).isEmpty();

        stubRows("[[\"Name\", \"Qty\"], [\"Ann\", \"3\"], [\"Bob\", \"5\"]]");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("row_number").asInt()).isEqualTo(3);
        assertThat(fresh.get(0).path("values").toString()).isEqualTo("[\"Bob\",\"5\"]");

        assertThat(poll()).isEmpty();
    }

    private void stubRows(String values) {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/v4/spreadsheets/sheet-1/values/'Orders'")))
                .withQueryParam("majorDimension", equalTo("ROWS"))
                .willReturn(okJson("{\"range\": \"Orders!A1:Z1000\", \"majorDimension\": \"ROWS\", \"values\": " + values + "}")));
    }

    private List<JsonNode> poll() {
        return api.poll("google_sheets", "new_row", "{\"spreadsheet_id\": \"sheet-1\", \"sheet_name\": \"Orders\"}", AUTH, Map.of(), "flow-1");
    }
}
