package dev.switchboard.runtime.validate;

import dev.switchboard.runtime.schedule.Cron;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks the parameters of a schedule trigger with the parser the server's scheduler uses, so
 * that a published schedule always runs: a five-field cron expression and an IANA time zone.
 */
final class Schedules {

    private Schedules() {
    }

    static void check(JsonNode params, FlowValidator.Report report) {
        ZoneId zone = ZoneOffset.UTC;
        JsonNode tz = params.get("timezone");
        if (tz != null && tz.isString()) {
            try {
                zone = ZoneId.of(tz.asString());
            } catch (DateTimeException e) {
                report.add("/trigger/params/timezone", "invalid_schedule", "time zone '" + tz.asString()
                        + "' is not an IANA zone such as Europe/Paris", List.of());
            }
        }
        JsonNode cron = params.get("cron");
        if (cron != null && cron.isString()) {
            try {
                if (Cron.parse(cron.asString(), zone).nextAfter(java.time.Instant.EPOCH).isEmpty()) {
                    report.add("/trigger/params/cron", "invalid_schedule", "cron '" + cron.asString()
                            + "' never comes due (e.g. 30 February); pick a date that exists", List.of());
                }
            } catch (IllegalArgumentException e) {
                report.add("/trigger/params/cron", "invalid_schedule", e.getMessage()
                        + ", e.g. \"0 8 * * 1-5\" for 08:00 on weekdays", List.of());
            }
        }
    }
}
