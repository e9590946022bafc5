package dev.switchboard.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.store.Change;
import dev.switchboard.runtime.store.NewRun;
import dev.switchboard.runtime.store.RunStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    @Test
    void everyTransitionOfTheTable_changesTheStoredStatus_andOnlyFromItsSource() throws Exception {
        DataSource ds = Databases.h2Memory();
        Databases.migrate(ds);
        RunStore store = new RunStore(ds);
        Instant now = Instant.parse("2026-03-10T10:00:00Z");
        for (Transitions.Transition t : Transitions.TABLE) {
            String id = store.enqueue(new NewRun("alice", null, null, Flows.JSON.readTree("{\"name\": \"t\"}"), null, null, null, null), now);
            force(ds, id, t.from());

            assertThat(store.transition(id, null, t.from(), t.event(), Change.none())).as(t.toString()).isTrue();
            assertThat(store.find(id).orElseThrow().status()).as(t.toString()).isEqualTo(t.to());
            // applied again from the same source it must not match unless the status did not change
            assertThat(store.transition(id, null, t.from(), t.event(), Change.none())).isEqualTo(t.from() == t.to());
        }
    }

    @Test
    void pairsNotInTheTable_areRefused_andTerminalStatusesHaveNoWayOut() {
        for (RunStatus from : RunStatus.values()) {
            for (RunEvent event : RunEvent.values()) {
                boolean listed = Transitions.TABLE.stream().anyMatch(t -> t.from() == from && t.event() == event);
                if (!listed) {
                    assertThatThrownBy(() -> Transitions.next(from, event)).isInstanceOf(IllegalStateException.class);
                }
                if (from.terminal()) {
                    assertThat(listed).as(from + " " + event).isFalse();
                }
            }
        }
        assertThat(Transitions.TABLE.stream().map(Transitions.Transition::event).distinct()).hasSize(RunEvent.values().length);
    }

    private static void force(DataSource ds, String id, RunStatus status) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("UPDATE flow_run SET status = ? WHERE id = ?")) {
            st.setString(1, status.name());
            st.setString(2, id);
            st.executeUpdate();
        }
    }
}
