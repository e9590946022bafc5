package dev.switchboard.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.runtime.Databases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Claims lease the earliest due runs first, skip runs leased to another worker until the lease
 * runs out, and never take a run before its time, on H2 and on PostgreSQL (where each status is
 * picked apart: see {@code RunClaims}).
 */
class RunClaimsTest {

    static final Instant T0 = RunStorePageTest.T0;

    @Test
    void earliestDueRunsFirst_onH2() {
        DataSource h2 = Databases.h2Memory();
        Databases.migrate(h2);
        check(new RunStore(h2));
    }

    @Test
    void earliestDueRunsFirst_onPostgres() throws Exception {
        Databases.onPostgres(pg -> check(new RunStore(pg)));
    }

    private static void check(RunStore store) {
        String third = enqueue(store, T0.plusSeconds(3));
        String first = enqueue(store, T0.plusSeconds(1));
        String second = enqueue(store, T0.plusSeconds(2));
        String later = enqueue(store, T0.plusSeconds(10));
        Duration lease = Duration.ofSeconds(60);

        assertThat(ids(store.claim("w1", T0.plusSeconds(5), lease, 2))).containsExactly(first, second);
        assertThat(ids(store.claim("w2", T0.plusSeconds(5), lease, 2))).as("leased runs are skipped, the later one not due")
                .containsExactly(third);
        assertThat(store.claim("w3", T0.plusSeconds(6), lease, 2)).isEmpty();
        // the leases ran out (their workers died): those runs are due again, before the one queued later
        assertThat(ids(store.claim("w4", T0.plusSeconds(66), lease, 3))).containsExactly(first, second, third);
        assertThat(ids(store.claim("w5", T0.plusSeconds(66), lease, 3))).containsExactly(later);
    }

    private static String enqueue(RunStore store, Instant at) {
        return store.enqueue(new NewRun("ann", "f1", 1, RunStorePageTest.DEFINITION, null, null, null, null), at);
    }

    private static List<String> ids(List<LoadedRun> claimed) {
        return claimed.stream().map(l -> l.run().id()).toList();
    }
}
