package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.RunQuery;
import dev.switchboard.runtime.run.Run;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque cursor of a page of runs ({@code list_runs}, {@code tasks/list}): where the previous
 * page ended (the last run's created time and id), so that a page never repeats or skips a run
 * when new ones arrive.
 *
 * <pre>{@code
 * String next = RunCursor.after(lastRun);
 * RunQuery query = RunCursor.apply(RunQuery.all(), next);
 * }</pre>
 */
final class RunCursor {

    private static final String PREFIX = "r1|";

    private RunCursor() {
    }

    static String after(Run last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (PREFIX + last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** The query continued after the cursor; a cursor this class did not write is an {@link IllegalArgumentException}. */
    static RunQuery apply(RunQuery query, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return query;
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = text.split("\\|", 3);
        if (!text.startsWith(PREFIX) || parts.length != 3 || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a run cursor");
        }
        try {
            return query.after(Instant.parse(parts[1]), parts[2]);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a run cursor", e);
        }
    }
}
