package dev.switchboard.server.triggers;

import dev.switchboard.server.data.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One remembered value per flow and trigger kind (table {@code flow_trigger_state}, V210): a
 * config string and a time mark. {@link #claim} moves a row only from the exact value read, so
 * that of several instances sharing one database exactly one wins a due time.
 *
 * <pre>{@code
 * TriggerState state = new TriggerState(dataSource);
 * state.insertIfAbsent(flowId, "schedule", cron.key(), now);
 * Row row = state.read(flowId, "schedule").orElseThrow();
 * if (state.claim(flowId, "schedule", row, cron.key(), due)) fire(due);
 * }</pre>
 */
final class TriggerState {

    /** A stored row; marks are kept to the millisecond so that what is read compares equal on H2 and PostgreSQL. */
    record Row(String config, Instant mark) {
    }

    private final Sql sql;

    TriggerState(DataSource dataSource) {
        this.sql = new Sql(dataSource, "trigger state", Taken::new);
    }

    Optional<Row> read(String flowId, String kind) {
        return sql.query("SELECT config, mark FROM flow_trigger_state WHERE flow_id = ? AND kind = ?",
                rs -> row(rs, 1), flowId, kind).stream().findFirst();
    }

    /** False when the row was there already (another instance, or an earlier call, made it). */
    boolean insertIfAbsent(String flowId, String kind, String config, Instant mark) {
        try {
            return sql.update("INSERT INTO flow_trigger_state (flow_id, kind, config, mark) VALUES (?, ?, ?, ?)",
                    flowId, kind, config, millis(mark)) == 1;
        } catch (Taken e) {
            return false;
        }
    }

    /** Moves the row from {@code seen} to the new value; false when someone else moved it first. */
    boolean claim(String flowId, String kind, Row seen, String config, Instant mark) {
        return sql.update("UPDATE flow_trigger_state SET config = ?, mark = ? WHERE flow_id = ? AND kind = ? AND config = ? AND mark = ?",
                config, millis(mark), flowId, kind, seen.config(), millis(seen.mark())) == 1;
    }

    void put(String flowId, String kind, String config, Instant mark) {
        if (!insertIfAbsent(flowId, kind, config, mark)) {
            sql.update("UPDATE flow_trigger_state SET config = ?, mark = ? WHERE flow_id = ? AND kind = ?",
                    config, millis(mark), flowId, kind);
        }
    }

    /** Every row of one kind, by flow id. */
    Map<String, Row> all(String kind) {
        Map<String, Row> out = new LinkedHashMap<>();
        sql.query("SELECT flow_id, config, mark FROM flow_trigger_state WHERE kind = ? ORDER BY flow_id",
                rs -> out.put(rs.getString(1), row(rs, 2)), kind);
        return out;
    }

    /** Removes one row if it still holds what was read; false when someone else changed it first. */
    boolean delete(String flowId, String kind, Row seen) {
        return sql.update("DELETE FROM flow_trigger_state WHERE flow_id = ? AND kind = ? AND config = ? AND mark = ?",
                flowId, kind, seen.config(), millis(seen.mark())) == 1;
    }

    static Instant millis(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Row row(ResultSet rs, int first) throws SQLException {
        return new Row(rs.getString(first), rs.getObject(first + 1, OffsetDateTime.class).toInstant());
    }

    /** The row exists already: a unique-key violation, which insertIfAbsent answers with false. */
    private static final class Taken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Taken() {
            super("trigger state row exists already", null, false, false);
        }
    }
}
