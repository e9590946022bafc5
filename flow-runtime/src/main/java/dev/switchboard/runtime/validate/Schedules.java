package dev.switchboard.runtime.validate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Checks the parameters of a schedule trigger: a five-field cron expression and an IANA time zone. */
final class Schedules {

    /** One cron field: *, a number, a range, a list, with an optional step; month and day names allowed. */
    private static final Pattern FIELD = Pattern.compile(
            "(\\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/[0-9]+)?(,(\\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(/[0-9]+)?)*");

    private Schedules() {
    }

    static void check(JsonNode params, FlowValidator.Report report) {
        JsonNode cron = params.get("cron");
        if (cron != null && cron.isString()) {
            String[] fields = cron.asString().strip().split("\\s+");
            boolean ok = fields.length == 5;
            for (int i = 0; ok && i < fields.length; i++) {
                ok = FIELD.matcher(fields[i]).matches();
            }
            if (!ok) {
                report.add("/trigger/params/cron", "invalid_schedule", "cron '" + cron.asString()
                        + "' is not five fields (minute hour day-of-month month day-of-week), e.g. \"0 8 * * 1-5\"", List.of());
            }
        }
        JsonNode zone = params.get("timezone");
        if (zone != null && zone.isString()) {
            try {
                ZoneId.of(zone.asString());
            } catch (DateTimeException e) {
                report.add("/trigger/params/timezone", "invalid_schedule", "time zone '" + zone.asString()
                        + "' is not an IANA zone such as Europe/Paris", List.of());
            }
        }
    }
}
