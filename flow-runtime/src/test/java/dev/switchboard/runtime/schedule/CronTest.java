package dev.switchboard.runtime.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CronTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Instant next(String cron, ZoneId zone, String after) {
        return Cron.parse(cron, zone).nextAfter(Instant.parse(after)).orElseThrow();
    }

    @Test
    void nextAfter_isStrictlyLater_andInTheTimeZone() {
        assertThat(next("0 8 * * *", PARIS, "2030-01-01T06:00:00Z")).isEqualTo("2030-01-01T07:00:00Z");
        assertThat(next("0 8 * * *", PARIS, "2030-01-01T07:00:00Z")).isEqualTo("2030-01-02T07:00:00Z");
        assertThat(next("0 8 * * *", PARIS, "2030-07-01T00:00:00Z")).as("summer time").isEqualTo("2030-07-01T06:00:00Z");
    }

    @Test
    void weekdayRanges_namesAndSteps() {
        // 2030-01-05 is a Saturday
        assertThat(next("0 8 * * 1-5", ZoneOffset.UTC, "2030-01-05T00:00:00Z")).isEqualTo("2030-01-07T08:00:00Z");
        assertThat(next("0 8 * * MON-FRI", ZoneOffset.UTC, "2030-01-05T00:00:00Z")).isEqualTo("2030-01-07T08:00:00Z");
        assertThat(next("0 8 * * 7", ZoneOffset.UTC, "2030-01-05T00:00:00Z")).as("7 is Sunday").isEqualTo("2030-01-06T08:00:00Z");
        assertThat(next("*/15 * * * *", ZoneOffset.UTC, "2030-01-05T00:16:00Z")).isEqualTo("2030-01-05T00:30:00Z");
        assertThat(next("0 0 1 JUN *", ZoneOffset.UTC, "2030-01-05T00:00:00Z")).isEqualTo("2030-06-01T00:00:00Z");
    }

    @Test
    void bothDayFieldsRestricted_eitherDayRuns() {
        // the 15th, or any Monday: after Saturday 2030-01-05 comes Monday the 7th
        assertThat(next("0 0 15 * 1", ZoneOffset.UTC, "2030-01-05T00:00:00Z")).isEqualTo("2030-01-07T00:00:00Z");
    }

    @Test
    void daylightSavingGap_runsAfterTheGap_andTheRepeatedHourRunsOnce() {
        // 2030-03-31 02:30 does not exist in Paris (clocks jump 02:00 -> 03:00 = 01:00Z)
        assertThat(next("30 2 * * *", PARIS, "2030-03-30T12:00:00Z")).isEqualTo("2030-03-31T01:30:00Z");
        // 2030-10-27 02:30 happens twice in Paris: first at 00:30Z, then not again at 01:30Z
        Instant first = next("30 2 * * *", PARIS, "2030-10-26T12:00:00Z");
        assertThat(first).isEqualTo("2030-10-27T00:30:00Z");
        assertThat(Cron.parse("30 2 * * *", PARIS).nextAfter(first).orElseThrow()).isEqualTo("2030-10-28T01:30:00Z");
    }

    @Test
    void dateThatNeverComes_hasNoNextTime() {
        assertThat(Cron.parse("0 0 30 2 *", ZoneOffset.UTC).nextAfter(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void badExpressions_sayWhichFieldIsWrong() {
        assertThatThrownBy(() -> Cron.parse("0 8 * *", ZoneOffset.UTC)).hasMessageContaining("five fields");
        assertThatThrownBy(() -> Cron.parse("60 8 * * *", ZoneOffset.UTC)).hasMessageContaining("minute").hasMessageContaining("0 to 59");
        assertThatThrownBy(() -> Cron.parse("0 8 * FOO *", ZoneOffset.UTC)).hasMessageContaining("month");
        assertThatThrownBy(() -> Cron.parse("0 17-9 * * *", ZoneOffset.UTC)).hasMessageContaining("backwards");
        assertThatThrownBy(() -> Cron.parse("*/0 * * * *", ZoneOffset.UTC)).hasMessageContaining("minute");
    }
}
