package dev.switchboard.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.Databases;
import dev.switchboard.runtime.flow.Flows;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Keyset pages of runs with filters, on H2 and on PostgreSQL, including runs created at the same instant. */
class RunStorePageTest {

    static final JsonNode DEFINITION = Flows.JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"paged\", \"steps\": []}");
    static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void pagesFiltersAndTies_onH2() {
        DataSource h2 = Databases.h2Memory();
        Databases.migrate(h2);
        check(new RunStore(h2));
    }

    @Test
    void pagesFiltersAndTies_onPostgres() throws Exception {
        Databases.onPostgres(pg -> check(new RunStore(pg)));
    }

    private static void check(RunStore store) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // pairs of runs share a created time: the id decides their order
            ids.add(store.enqueue(new NewRun("ann", i % 2 == 0 ? "f1" : "f2", 1, DEFINITION, null, null, null, null), T0.plusSeconds(i / 2)));
        }
        store.enqueue(new NewRun("ben", "f1", 1, DEFINITION, null, null, null, null), T0);
        store.cancel(ids.get(3), T0.plusSeconds(60), "test");

        List<Run> all = new ArrayList<>();
        Instant afterCreated = null;
        String afterId = null;
        for (int page = 0; page < 10; page++) {
            List<Run> runs = store.page("ann", null, Set.of(), null, null, afterCreated, afterId, 3);
            all.addAll(runs);
            if (runs.size() < 3) {
                break;
            }
            afterCreated = runs.get(2).createdAt();
            afterId = runs.get(2).id();
        }
        assertThat(all).extracting(Run::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all).extracting(Run::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

        assertThat(store.page("ann", "f1", Set.of(), null, null, null, null, 50)).hasSize(5).allMatch(r -> r.flowId().equals("f1"));
        assertThat(store.page("ann", null, Set.of(RunStatus.CANCELED), null, null, null, null, 50)).extracting(Run::id)
                .containsExactly(ids.get(3));
        assertThat(store.page("ann", null, Set.of(RunStatus.CANCELED, RunStatus.QUEUED), null, null, null, null, 50)).hasSize(10);
        assertThat(store.page("ann", null, Set.of(), T0.plusSeconds(1), T0.plusSeconds(3), null, null, 50))
                .extracting(Run::createdAt).containsOnly(T0.plusSeconds(1), T0.plusSeconds(2)).hasSize(4);
        assertThat(store.page("ben", null, Set.of(), null, null, null, null, 50)).hasSize(1);
    }
}
