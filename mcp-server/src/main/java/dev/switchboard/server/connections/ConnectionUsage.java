package dev.switchboard.server.connections;

import java.util.List;

/**
 * Which flows use a connection, so that deleting it can be refused while they do. The flow
 * store implements it; until flows exist nothing uses a connection.
 *
 * <pre>{@code
 * List<String> flows = usage.flowsUsing(connection.id());   // e.g. ["invoice-sync"]
 * }</pre>
 */
@FunctionalInterface
public interface ConnectionUsage {

    /** Names of the flows whose steps name this connection, empty when none. */
    List<String> flowsUsing(String connectionId);

    ConnectionUsage NONE = id -> List.of();
}
