package dev.switchboard.server.flows;

import dev.switchboard.server.RunningServer;
import dev.switchboard.server.auth.Caller;
import io.modelcontextprotocol.client.McpSyncClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real server for a test class, and an SDK client per owner, each owner with its own token.
 * The clients a test opens are closed after it.
 *
 * <pre>{@code
 * class FlowManagementTest extends OwnersOnOneServer {
 *     @Test void rename() { McpSyncClient ann = client("ann"); ... }
 * }
 * }</pre>
 */
abstract class OwnersOnOneServer {

    @TempDir
    static Path data;

    static RunningServer server;
    final List<McpSyncClient> opened = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(data, c -> c.withAllowHosts(List.of("127.0.0.1")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void closeClients() {
        opened.forEach(McpSyncClient::close);
    }

    McpSyncClient client(String owner) {
        String token = "sb_" + owner + "_token_0123456789abcdefghij";
        server.app().tokens().register(token, Caller.user(owner), owner);
        McpSyncClient client = server.client(token);
        opened.add(client);
        return client;
    }
}
