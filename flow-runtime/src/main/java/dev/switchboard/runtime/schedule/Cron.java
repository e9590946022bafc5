package dev.switchboard.runtime.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week) in a time zone, as
 * {@code schedule.cron} takes it. Day-of-week 0 and 7 are Sunday; month and day names (JAN, MON)
 * are accepted. As in Vixie cron, when both day fields are restricted a day matching either runs.
 * Local times skipped by a daylight-saving jump run at the first instant after the gap; times
 * repeated by it run once, at the earlier offset.
 *
 * <pre>{@code
 * Cron weekdays = Cron.parse("0 8 * * 1-5", ZoneId.of("Europe/Paris"));
 * Optional<Instant> next = weekdays.nextAfter(Instant.now());
 * }</pre>
 */
public final class Cron {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    /** Far enough for "29 2 * * *"-style rare dates; a schedule that never comes is reported as none. */
    private static final int SEARCH_YEARS = 8;

    private final String expression;
    private final ZoneId zone;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private Cron(String expression, ZoneId zone, String[] f) {
        this.expression = expression;
        this.zone = zone;
        this.minutes = field(f[0], 0, 59, null, "minute");
        this.hours = field(f[1], 0, 23, null, "hour");
        this.daysOfMonth = field(f[2], 1, 31, null, "day of month");
        this.months = field(f[3], 1, 12, MONTHS, "month");
        BitSet dow = field(f[4], 0, 7, DAYS, "day of week");
        if (dow.get(7)) {
            dow.set(0);
        }
        this.daysOfWeek = dow;
        this.anyDayOfMonth = f[2].equals("*");
        this.anyDayOfWeek = f[4].equals("*");
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public static Cron parse(String expression, ZoneId zone) {
        String[] fields = expression == null ? new String[0] : expression.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("cron '" + expression + "' is not five fields (minute hour day-of-month month day-of-week)");
        }
        return new Cron(expression.strip(), zone, fields);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code "<expression>|<zone>"}: what a stored fire time was computed for. */
    public String key() {
        return expression + "|" + zone.getId();
    }

    /** The first due time strictly after {@code after}; empty when none comes within eight years (e.g. 31 FEB). */
    public Optional<Instant> nextAfter(Instant after) {
        LocalDateTime t = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDateTime limit = t.plusYears(SEARCH_YEARS);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                Instant at = ZonedDateTime.ofLocal(t, zone, null).toInstant();
                if (at.isAfter(after)) {
                    return Optional.of(at);
                }
                t = t.plusMinutes(1); // the later copy of a time the clocks went back over
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(LocalDateTime t) {
        boolean dom = daysOfMonth.get(t.getDayOfMonth());
        boolean dow = daysOfWeek.get(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
        if (anyDayOfMonth || anyDayOfWeek) {
            return dom && dow;
        }
        return dom || dow;
    }

    private static BitSet field(String text, int min, int max, String[] names, String what) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",")) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), 1, max, null, what, text);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, names, what, text);
                to = number(ends[1], min, max, names, what, text);
            } else {
                from = number(range, min, max, names, what, text);
                to = slash >= 0 ? max : from;
            }
            if (from > to) {
                throw new IllegalArgumentException(what + " range '" + range + "' goes backwards");
            }
            for (int i = from; i <= to; i += step) {
                bits.set(i);
            }
        }
        return bits;
    }

    private static int number(String text, int min, int max, String[] names, String what, String field) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text.toUpperCase(Locale.ROOT))) {
                    return names == MONTHS ? i + 1 : i;
                }
            }
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with what is allowed
        }
        throw new IllegalArgumentException(what + " '" + field + "' must use numbers from " + min + " to " + max
                + (names == null ? "" : " or names like " + names[1]));
    }

    @Override
    public String toString() {
        return key();
    }
}
