package dev.switchboard.server.flows;

import dev.switchboard.server.data.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Which runs were started as MCP tasks (table {@code flow_task}, V220), with their owner, lifetime
 * and the progress token of the call that started them. Only these runs are tasks: a webhook or
 * schedule run is not. A task past its {@code ttl} is gone: it reads as unknown and its row is
 * deleted the next time its owner's tasks are read.
 *
 * <pre>{@code
 * TaskRecords.Entry entry = records.add(run.id(), owner, 60_000L, "progress-1");
 * Optional<TaskRecords.Entry> same = records.find(owner, run.id());
 * }</pre>
 */
final class TaskRecords {

    /** The lifetime of a task whose call asked for none. */
    static final Duration DEFAULT_TTL = Duration.ofDays(7);
    /** The longest lifetime granted; a longer request is shortened to it (the task reports what it got). */
    static final Duration MAX_TTL = Duration.ofDays(30);
    private static final int MAX_TOKEN_CHARS = 400;
    private static final String CURSOR_PREFIX = "t1|";

    /** One task: its run id, owner, creation, granted lifetime and the starting call's progress token (or null). */
    record Entry(String taskId, String owner, Instant createdAt, long ttlMillis, Object progressToken) {
    }

    private final Sql sql;
    private final Clock clock;

    TaskRecords(DataSource dataSource, Clock clock) {
        this.sql = new Sql(dataSource, "task records", () -> new IllegalStateException("this task exists already"));
        this.clock = clock;
    }

    /**
     * Checks what a task-augmented call asks for before anything starts; returns the ttl granted.
     *
     * @throws IllegalArgumentException with a message saying what to fix
     */
    static long grantedTtl(Long requestedMillis, Object progressToken) {
        if (progressToken != null && FlowJson.JSON.writeValueAsString(progressToken).length() > MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("_meta.progressToken is too long: use a string or number of at most "
                    + MAX_TOKEN_CHARS + " characters");
        }
        if (requestedMillis == null) {
            return DEFAULT_TTL.toMillis();
        }
        if (requestedMillis <= 0) {
            throw new IllegalArgumentException("task.ttl must be a positive number of milliseconds, got " + requestedMillis
                    + "; leave it out for the default of " + DEFAULT_TTL.toDays() + " days");
        }
        return Math.min(requestedMillis, MAX_TTL.toMillis());
    }

    /** Records the run {@code runId} as the owner's task, created now. */
    Entry add(String runId, String owner, long ttlMillis, Object progressToken) {
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String token = progressToken == null ? null : FlowJson.JSON.writeValueAsString(progressToken);
        sql.update("INSERT INTO flow_task (task_id, owner, created_at, ttl_ms, expires_at, progress_token) VALUES (?, ?, ?, ?, ?, ?)",
                runId, owner, Timestamp.from(created), ttlMillis, Timestamp.from(created.plusMillis(ttlMillis)), token);
        return new Entry(runId, owner, created, ttlMillis, progressToken);
    }

    /** The owner's live task with this id; empty when there is none, it expired, or it is someone else's. */
    Optional<Entry> find(String owner, String taskId) {
        forgetExpired(owner);
        return sql.query("SELECT task_id, owner, created_at, ttl_ms, progress_token FROM flow_task WHERE owner = ? AND task_id = ?",
                TaskRecords::entry, owner, taskId).stream().findFirst();
    }

    /** The owner's live tasks, newest first, after {@code cursor}; one more than {@code limit} tells there is a next page. */
    List<Entry> page(String owner, String cursor, int limit) {
        forgetExpired(owner);
        String select = "SELECT task_id, owner, created_at, ttl_ms, progress_token FROM flow_task WHERE owner = ?";
        String order = " ORDER BY created_at DESC, task_id DESC FETCH FIRST " + (limit + 1) + " ROWS ONLY";
        if (cursor == null || cursor.isEmpty()) {
            return sql.query(select + order, TaskRecords::entry, owner);
        }
        String[] at = decode(cursor);
        Timestamp created = Timestamp.from(Instant.parse(at[0]));
        return sql.query(select + " AND (created_at < ? OR (created_at = ? AND task_id < ?))" + order,
                TaskRecords::entry, owner, created, created, at[1]);
    }

    /** The cursor of the page that follows {@code last}. */
    static String after(Entry last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (CURSOR_PREFIX + last.createdAt() + "|" + last.taskId()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", 3);
            if (!text.startsWith(CURSOR_PREFIX) || parts.length != 3 || parts[2].isEmpty()) {
                throw new IllegalArgumentException("not a task cursor");
            }
            Instant.parse(parts[1]);
            return new String[] {parts[1], parts[2]};
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a task cursor", e);
        }
    }

    private void forgetExpired(String owner) {
        sql.update("DELETE FROM flow_task WHERE owner = ? AND expires_at <= ?", owner, Timestamp.from(clock.instant()));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        String token = rs.getString(5);
        return new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4),
                token == null ? null : FlowJson.JSON.readValue(token, Object.class));
    }
}
