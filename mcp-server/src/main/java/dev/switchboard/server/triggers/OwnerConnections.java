package dev.switchboard.server.triggers;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connector.Connector;
import java.util.List;

/**
 * Which of the owner's connections a trigger uses: the one its {@code "connection"} names, or
 * the owner's only connection to the app; none for apps that need none.
 *
 * <pre>{@code
 * Connection c = OwnerConnections.pick(connections, "alice", kizeo, trigger.path("connection").asString(null));
 * }</pre>
 */
final class OwnerConnections {

    private OwnerConnections() {
    }

    /** @throws IllegalStateException saying which connection to create or name */
    static Connection pick(ConnectionSource connections, String owner, Connector connector, String name) {
        if (!connector.needsConnection()) {
            return null;
        }
        List<Connection> mine = connections.connections(owner, connector.app());
        if (name != null) {
            return mine.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new IllegalStateException(
                    "the owner has no " + connector.app() + " connection named '" + name + "'"));
        }
        if (mine.size() != 1) {
            throw new IllegalStateException("the owner has " + mine.size() + " " + connector.app()
                    + " connections; name one in the trigger's \"connection\"");
        }
        return mine.get(0);
    }
}
