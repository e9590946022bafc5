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

    /**
     * How many connections the owner has per app, for every app that has one. Listing thousands
     * of tools asks this once; stores override it with one query that decrypts nothing.
     */
    default java.util.Map<String, Integer> countsByApp(String owner, java.util.Collection<String> apps) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String app : apps) {
            int count = connections(owner, app).size();
            if (count > 0) {
                counts.put(app, count);
            }
        }
        return counts;
    }

    ConnectionSource NONE = (owner, app) -> List.of();
}
