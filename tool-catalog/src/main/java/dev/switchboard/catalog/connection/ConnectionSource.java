package dev.switchboard.catalog.connection;

import java.util.List;

/**
 * Where actions find the caller's connections.
 *
 * <pre>{@code
 * List<Connection> mine = source.connections("alice", "slack");
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionSource {

    /** The owner's connections to the app, in a stable order. */
    List<Connection> connections(String owner, String app);

    ConnectionSource NONE = (owner, app) -> List.of();
}
