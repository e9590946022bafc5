package dev.switchboard.server.triggers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    private final DataSource dataSource;

    TriggerState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Row> read(String flowId, String kind) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT config, mark FROM flow_trigger_state WHERE flow_id = ? AND kind = ?")) {
            s.setString(1, flowId);
            s.setString(2, kind);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("trigger state: " + e.getMessage(), e);
        }
    }

    /** False when the row was there already (another instance, or an earlier call, made it). */
    boolean insertIfAbsent(String flowId, String kind, String config, Instant mark) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO flow_trigger_state (flow_id, kind, config, mark) VALUES (?, ?, ?, ?)")) {
            s.setString(1, flowId);
            s.setString(2, kind);
            s.setString(3, config);
            s.setObject(4, time(mark));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("trigger state: " + e.getMessage(), e);
        }
    }

    /** Moves the row from {@code seen} to the new value; false when someone else moved it first. */
    boolean claim(String flowId, String kind, Row seen, String config, Instant mark) {
        return update("UPDATE flow_trigger_state SET config = ?, mark = ? WHERE flow_id = ? AND kind = ? AND config = ? AND mark = ?",
                config, time(mark), flowId, kind, seen.config(), time(seen.mark())) == 1;
    }

    void put(String flowId, String kind, String config, Instant mark) {
        if (!insertIfAbsent(flowId, kind, config, mark)) {
            update("UPDATE flow_trigger_state SET config = ?, mark = ? WHERE flow_id = ? AND kind = ?", config, time(mark), flowId, kind);
        }
    }

    /** Every row of one kind, by flow id. */
    java.util.Map<String, Row> all(String kind) {
        java.util.Map<String, Row> out = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT flow_id, config, mark FROM flow_trigger_state WHERE kind = ? ORDER BY flow_id")) {
            s.setString(1, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Row(rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("trigger state: " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes one row if it still holds what was read; false when someone else changed it first. */
    boolean delete(String flowId, String kind, Row seen) {
        return update("DELETE FROM flow_trigger_state WHERE flow_id = ? AND kind = ? AND config = ? AND mark = ?",
                flowId, kind, seen.config(), time(seen.mark())) == 1;
    }

    static Instant millis(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime time(Instant t) {
        return millis(t).atOffset(ZoneOffset.UTC);
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("trigger state: " + e.getMessage(), e);
        }
    }
}
