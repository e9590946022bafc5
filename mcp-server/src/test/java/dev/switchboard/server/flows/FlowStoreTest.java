package dev.switchboard.server.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.data.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The folder, bulk and import statements of the flow stores, on embedded H2 and on the PostgreSQL server of this machine. */
class FlowStoreTest {

    static final String POSTGRES = System.getenv().getOrDefault("SWITCHBOARD_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    static final JsonNode DRAFT = FlowJson.JSON.readTree("{\"format\": \"switchboard.flow/v1\", \"name\": \"x\", \"steps\": []}");

    @Test
    void h2_foldersBulkMovesAndAllOrNothingImports() {
        try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            check(db.dataSource());
        }
    }

    @Test
    void postgres_foldersBulkMovesAndAllOrNothingImports() throws Exception {
        onPostgres(db -> check(db.dataSource()));
    }

    static void onPostgres(Consumer<Database> test) throws Exception {
        String schema = "sb_flows_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(POSTGRES); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try (Database db = Database.open(POSTGRES + "&currentSchema=" + schema)) {
                test.accept(db);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void check(DataSource dataSource) {
        FlowStore flows = new FlowStore(dataSource, Clock.systemUTC());
        FolderStore folders = new FolderStore(dataSource, Clock.systemUTC());
        StoredFlow a = flows.insert("ann", "A", "a", "Sites", DRAFT);
        StoredFlow b = flows.insert("ann", "B", "b", null, DRAFT);
        flows.insert("bob", "A", "a", "Sites", DRAFT);
        assertThat(folders.list("ann")).containsExactly(new FolderStore.Folder("Sites", 1));

        flows.move(List.of(a, b), "North");
        assertThat(folders.list("ann")).containsExactly(new FolderStore.Folder("North", 2), new FolderStore.Folder("Sites", 0));
        folders.rename("ann", "North", "Nord");
        assertThat(flows.find(b.id()).orElseThrow().folder()).isEqualTo("Nord");
        assertThat(folders.delete("ann", "Nord")).isEqualTo(2);
        assertThat(flows.find(a.id()).orElseThrow().folder()).isNull();
        assertThat(folders.list("bob")).containsExactly(new FolderStore.Folder("Sites", 1));

        int v1 = flows.publish(a.id(), DRAFT);
        flows.publish(a.id(), DRAFT);
        flows.labelVersion(a.id(), v1, "first");
        assertThat(flows.version(a.id(), v1).orElseThrow().label()).isEqualTo("first");
        flows.deleteVersion(a.id(), v1);
        assertThat(flows.versions(a.id())).extracting(FlowVersion::version).containsExactly(2);

        // the second flow takes a slug ann already has: the transaction stores neither
        List<FlowStore.NewFlow> clash = List.of(
                new FlowStore.NewFlow("C", "c", "Imported", DRAFT, List.of(new FlowStore.NewVersion(DRAFT, "old"))),
                new FlowStore.NewFlow("A again", "a", null, DRAFT, List.of()));
        assertThatThrownBy(() -> flows.insertAll("ann", clash)).isInstanceOf(FlowStore.SlugTakenException.class);
        assertThat(flows.list("ann")).extracting(StoredFlow::slug).containsExactly("a", "b");
        assertThat(folders.exists("ann", "Imported")).isFalse();

        List<String> ids = flows.insertAll("ann", List.of(clash.get(0)));
        assertThat(flows.versions(ids.get(0))).singleElement().satisfies(v -> assertThat(v.label()).isEqualTo("old"));
        assertThat(flows.find(ids.get(0)).orElseThrow().status()).isEqualTo("draft");
        assertThat(flows.deleteAll(List.of(a.id(), ids.get(0)))).isEqualTo(2);
        assertThat(flows.versions(a.id())).isEmpty();
        assertThat(flows.list("ann")).extracting(StoredFlow::slug).containsExactly("b");
    }
}
