package dev.switchboard.catalog.apps;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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

class GoogleCalendarConnectorTest {

    private static final String TOKEN = "ya29.calendar-token";
    private static final Credentials AUTH = new Credentials.Bearer(TOKEN);

    @RegisterExtension
    final StubbedApi api = new StubbedApi();

    private static MappingBuilder authed(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private JsonNode run(String action, String input) {
        return api.run("google_calendar", action, input, AUTH, Map.of());
    }

    @Test
    void createEvent_timedWithGuestsAndMeet_insertsTheEventWithAConferenceRequest() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
                .withQueryParam("sendUpdates", equalTo("all"))
                .withQueryParam("conferenceDataVersion", equalTo("1"))
                .withRequestBody(equalToJson("""
                        {"summary": "Planning", "description": "Q3 goals", "location": "Room 4",
                         "start": {"dateTime": "2024-05-01T09:00:00", "timeZone": "Europe/Paris"},
                         "end": {"dateTime": "2024-05-01T10:00:00", "timeZone": "Europe/Paris"},
                         "attendees": [{"email": "bob@example.com"}, {"email": "cid@example.com"}],
                         "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=4"],
                         "conferenceData": {"createRequest": {"requestId": "${json-unit.regex}switchboard-[0-9]+-[0-9]+",
                                                              "conferenceSolutionKey": {"type": "hangoutsMeet"}}}}"""))
                .willReturn(okJson("""
                        {"id": "ev-1", "status": "confirmed", "htmlLink": "https://www.google.com/calendar/event?eid=ev1",
                         "hangoutLink": "https://meet.google.com/abc-defg-hij",
                         "start": {"dateTime": "2024-05-01T09:00:00+02:00", "timeZone": "Europe/Paris"},
                         "end": {"dateTime": "2024-05-01T10:00:00+02:00", "timeZone": "Europe/Paris"}}""")));

        JsonNode out = run("create_event", """
                {"calendar_id": "primary", "summary": "Planning", "description": "Q3 goals", "location": "Room 4",
                 "start_time": "2024-05-01T09:00:00", "end_time": "2024-05-01T10:00:00", "time_zone": "Europe/Paris",
                 "attendees": ["bob@example.com", "cid@example.com"], "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=4"],
                 "add_google_meet": true, "send_updates": "all"}""");

        assertThat(out.path("id").asString()).isEqualTo("ev-1");
        assertThat(out.path("html_link").asString()).isEqualTo("https://www.google.com/calendar/event?eid=ev1");
        assertThat(out.path("meet_link").asString()).isEqualTo("https://meet.google.com/abc-defg-hij");
        assertThat(out.path("start").path("dateTime").asString()).isEqualTo("2024-05-01T09:00:00+02:00");
    }

    @Test
    void createEvent_allDay_sendsOnlyDates_andNoConferenceData() {
        api.wireMock().stubFor(authed(post(urlPathEqualTo("/calendar/v3/calendars/team%40example.com/events")))
                .withQueryParam("conferenceDataVersion", absent())
                .withQueryParam("sendUpdates", absent())
                .withRequestBody(equalToJson("""
                        {"summary": "Offsite", "start": {"date": "2024-06-03"}, "end": {"date": "2024-06-05"}}"""))
                .willReturn(okJson("""
                        {"id": "ev-2", "status": "confirmed", "htmlLink": "https://www.google.com/calendar/event?eid=ev2",
                         "start": {"date": "2024-06-03"}, "end": {"date": "2024-06-05"}}""")));

        JsonNode out = run("create_event", """
                {"calendar_id": "team@example.com", "summary": "Offsite", "start_date": "2024-06-03", "end_date": "2024-06-05"}""");

        assertThat(out.path("id").asString()).isEqualTo("ev-2");
        assertThat(out.path("start").path("date").asString()).isEqualTo("2024-06-03");
        assertThat(out.has("meet_link")).isFalse();
    }

    @Test
    void listEvents_expandsRecurringEventsInStartOrder_andGathersEveryPage() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
                .withQueryParam("singleEvents", equalTo("true"))
                .withQueryParam("orderBy", equalTo("startTime"))
                .withQueryParam("timeMin", equalTo("2024-05-01T00:00:00Z"))
                .withQueryParam("timeMax", equalTo("2024-06-01T00:00:00Z"))
                .withQueryParam("q", equalTo("standup"))
                .withQueryParam("maxResults", equalTo("250"))
                .withQueryParam("pageToken", absent())
                .willReturn(okJson("{\"items\": [{\"id\": \"e1\", \"summary\": \"Standup\"}], \"nextPageToken\": \"tok-2\"}")));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
                .withQueryParam("pageToken", equalTo("tok-2"))
                .withQueryParam("q", equalTo("standup"))
                .willReturn(okJson("{\"items\": [{\"id\": \"e2\", \"summary\": \"Standup\"}]}")));

        JsonNode out = run("list_events", """
                {"calendar_id": "primary", "time_min": "2024-05-01T00:00:00Z", "time_max": "2024-06-01T00:00:00Z", "query": "standup"}""");

        assertThat(out.path("events").findValuesAsString("id")).containsExactly("e1", "e2");
    }

    @Test
    void listCalendars_returnsIdsNamesAndRoles() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/users/me/calendarList")))
                .withQueryParam("maxResults", equalTo("250"))
                .willReturn(okJson("""
                        {"items": [
                          {"id": "ann@example.com", "summary": "ann@example.com", "primary": true, "accessRole": "owner", "timeZone": "Europe/Paris"},
                          {"id": "team@group.calendar.google.com", "summary": "Team", "summaryOverride": "My team", "accessRole": "reader", "timeZone": "UTC"}]}""")));

        JsonNode out = run("list_calendars", "{}");

        assertThat(out.path("calendars")).hasSize(2);
        assertThat(out.path("calendars").get(0).toString()).isEqualTo(
                "{\"id\":\"ann@example.com\",\"summary\":\"ann@example.com\",\"primary\":true,\"access_role\":\"owner\",\"time_zone\":\"Europe/Paris\"}");
        assertThat(out.path("calendars").get(1).path("summary").asString()).isEqualTo("My team");
        assertThat(out.path("calendars").get(1).path("primary").asBoolean()).isFalse();
    }

    @Test
    void unknownCalendar_failsWithGooglesStatusAndMessage() {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/calendars/nope/events")))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"errors": [{"domain": "global", "reason": "notFound", "message": "Not Found"}],
                                   "code": 404, "message": "Not Found"}}""")));

        assertThatThrownBy(() -> run("list_events", "{\"calendar_id\": \"nope\"}"))
                .isInstanceOfSatisfying(ActionException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("Not Found").doesNotContain(TOKEN);
                });
    }

    @Test
    void newEvent_firstPollRecordsTheBaseline_thenEmitsOnlyTheNewEventOnce_acrossPages() {
        stubEvents("{\"items\": [{\"id\": \"old-1\", \"summary\": \"Old\"}], \"nextPageToken\": \"p2\"}",
                "{\"items\": [{\"id\": \"old-2\", \"summary\": \"Older\"}]}");
        assertThat(poll()).isEmpty();

        stubEvents("{\"items\": [{\"id\": \"old-1\", \"summary\": \"Old\"}], \"nextPageToken\": \"p2\"}",
                "{\"items\": [{\"id\": \"old-2\", \"summary\": \"Older\"}, {\"id\": \"new-1\", \"summary\": \"Kickoff\","
                        + " \"start\": {\"dateTime\": \"2024-05-02T09:00:00Z\"}}]}");
        List<JsonNode> fresh = poll();
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).path("id").asString()).isEqualTo("new-1");
        assertThat(fresh.get(0).path("summary").asString()).isEqualTo("Kickoff");

        assertThat(poll()).isEmpty();
    }

    private void stubEvents(String firstPage, String secondPage) {
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
                .withQueryParam("maxResults", equalTo("2500"))
                .withQueryParam("showDeleted", equalTo("false"))
                .withQueryParam("pageToken", absent())
                .willReturn(okJson(firstPage)));
        api.wireMock().stubFor(authed(get(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
                .withQueryParam("maxResults", equalTo("2500"))
                .withQueryParam("pageToken", equalTo("p2"))
                .willReturn(okJson(secondPage)));
    }

    private List<JsonNode> poll() {
        return api.poll("google_calendar", "new_event", "{\"calendar_id\": \"primary\"}", AUTH, Map.of(), "flow-1");
    }
}
