package dev.switchboard.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.RunningServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A connector dropped into <data>/connectors while the server runs becomes tools, and clients are told. */
class ImportedConnectorsTest {

    @TempDir
    Path data;

    private static final String CONNECTOR = """
            {"format": "switchboard.connector/v1", "app": "acme", "name": "Acme", "description": "Acme API.",
             "sources": ["https://acme.example/docs"], "base_urls": {"api": "https://api.acme.example"},
             "auth": [{"type": "bearer"}],
             "actions": [{"id": "get_widget", "title": "Get widget", "description": "Reads a widget.",
               "input": {"type": "object", "properties": {"id": {"type": "string", "description": "Widget id."}}, "required": ["id"]},
               "output": {"type": "object", "properties": {}},
               "requests": [{"method": "GET", "path": "/widgets/{id}"}]}]}""";

    @Test
    void droppedConnector_appearsWithoutRestart_andClientsGetListChanged_andDisappearsWhenRemoved() throws Exception {
        try (RunningServer server = RunningServer.start(data, config -> config)) {
            List<List<McpSchema.Tool>> changes = new CopyOnWriteArrayList<>();
            try (McpSyncClient client = server.clientSpec().toolsChangeConsumer(changes::add).build()) {
                client.initialize();
                assertThat(names(client)).doesNotContain("acme__get_widget");

                Path file = data.resolve("connectors/acme.json");
                Files.createDirectories(file.getParent());
                Files.writeString(file, CONNECTOR);
                await().atMost(Duration.ofSeconds(20)).until(() -> names(client).contains("acme__get_widget"));
                await().atMost(Duration.ofSeconds(20)).until(() -> !changes.isEmpty());

                Files.delete(file);
                await().atMost(Duration.ofSeconds(20)).until(() -> !names(client).contains("acme__get_widget"));
            }
        }
    }

    private static List<String> names(McpSyncClient client) {
        return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }
}
