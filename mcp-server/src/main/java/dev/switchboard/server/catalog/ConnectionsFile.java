package dev.switchboard.server.catalog;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connection.ConnectionSource;
import dev.switchboard.catalog.connection.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connections read from {@code <data>/connections.json}, for tests and single-user installs
 * until encrypted connection objects exist. The file is read once at start.
 *
 * <pre>{@code
 * [{"name": "kizeo", "app": "kizeo_forms", "owner": "admin",
 *   "auth": {"type": "api_key", "key": "…"}, "fields": {}}]
 * }</pre>
 *
 * Auth types: {@code api_key} (key), {@code basic} (username, password), {@code bearer} (token), {@code none}.
 */
public final class ConnectionsFile implements ConnectionSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Connection> connections;

    private ConnectionsFile(List<Connection> connections) {
        this.connections = List.copyOf(connections);
    }

    public static ConnectionsFile read(Path file) {
        if (!Files.exists(file)) {
            return new ConnectionsFile(List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!root.isArray()) {
            throw new IllegalStateException(file + " must hold a JSON array of connections");
        }
        List<Connection> list = new ArrayList<>();
        int i = 0;
        for (JsonNode node : root) {
            String where = file.getFileName() + "[" + i++ + "]";
            String name = required(node, "name", where);
            String app = required(node, "app", where);
            String owner = node.path("owner").asString("admin");
            Map<String, String> fields = new HashMap<>();
            node.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
            list.add(new Connection(app + "/" + name, name, app, owner, credentials(node.path("auth"), where), fields));
        }
        return new ConnectionsFile(list);
    }

    private static Credentials credentials(JsonNode auth, String where) {
        String type = auth.path("type").asString("none");
        return switch (type) {
            case "api_key" -> new Credentials.ApiKey(required(auth, "key", where + ".auth"));
            case "basic" -> new Credentials.Basic(required(auth, "username", where + ".auth"), required(auth, "password", where + ".auth"));
            case "bearer" -> new Credentials.Bearer(required(auth, "token", where + ".auth"));
            case "none" -> new Credentials.None();
            default -> throw new IllegalStateException(where + ".auth.type must be api_key, basic, bearer or none, not '" + type + "'");
        };
    }

    private static String required(JsonNode node, String field, String where) {
        String value = node.path(field).asString(null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": \"" + field + "\" is required");
        }
        return value;
    }

    @Override
    public List<Connection> connections(String owner, String app) {
        return connections.stream().filter(c -> c.owner().equals(owner) && c.app().equals(app)).toList();
    }

    /** How many connections the owner has per app. */
    public Map<String, Integer> countsByApp(String owner) {
        Map<String, Integer> counts = new HashMap<>();
        connections.stream().filter(c -> c.owner().equals(owner)).forEach(c -> counts.merge(c.app(), 1, Integer::sum));
        return counts;
    }
}
