package dev.switchboard.runtime.flow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO-8601 durations ({@code PT1H}, {@code P2D}) and instants ({@code 2026-05-01T08:00:00Z})
 * as used by {@code delay}, {@code timeout} and {@code retry.backoff}.
 *
 * <pre>{@code
 * Instant wake = Durations.wakeUp("PT1H", clock.instant()).orElseThrow();
 * }</pre>
 */
public final class Durations {

    private Durations() {
    }

    /** The duration, or empty when the text is not an ISO-8601 duration or is negative. */
    public static Optional<Duration> duration(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.parse(text.strip());
            return d.isNegative() ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant, or empty when the text is not an ISO-8601 date-time with an offset. */
    public static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When a delay of this text ends, counted from {@code now}: a duration later, or the instant itself. */
    public static Optional<Instant> wakeUp(String text, Instant now) {
        return duration(text).map(now::plus).or(() -> instant(text));
    }
}
