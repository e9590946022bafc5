package dev.switchboard.server.flows;

import dev.switchboard.server.data.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The owners' flow folders ({@code flow_folders}); a flow names its folder in {@code flows.folder}.
 * It does not check callers: {@link Folders} does.
 *
 * <pre>{@code
 * FolderStore folders = new FolderStore(dataSource, clock);
 * folders.create("alice", "Sites");
 * folders.list("alice");   // [Folder[name=Sites, flows=0]]
 * }</pre>
 */
final class FolderStore {

    /** A folder and how many flows it holds. */
    record Folder(String name, int flows) {
    }

    private final Sql sql;
    private final Clock clock;

    FolderStore(DataSource dataSource, Clock clock) {
        this.sql = new Sql(dataSource, "folder store",
                () -> new IllegalStateException("a folder with this name exists already"));
        this.clock = clock;
    }

    List<Folder> list(String owner) {
        return sql.query("SELECT d.name, (SELECT COUNT(*) FROM flows f WHERE f.owner = d.owner AND f.folder = d.name)"
                + " FROM flow_folders d WHERE d.owner = ? ORDER BY d.name", rs -> new Folder(rs.getString(1), rs.getInt(2)), owner);
    }

    boolean exists(String owner, String name) {
        return !sql.query("SELECT name FROM flow_folders WHERE owner = ? AND name = ?", rs -> rs.getString(1), owner, name).isEmpty();
    }

    void create(String owner, String name) {
        sql.update("INSERT INTO flow_folders (owner, name, created_at) VALUES (?, ?, ?)", owner, name, Timestamp.from(clock.instant()));
    }

    /** Renames the folder and refiles its flows, in one transaction. */
    void rename(String owner, String name, String newName) {
        sql.transaction(c -> {
            Sql.execute(c, "UPDATE flow_folders SET name = ? WHERE owner = ? AND name = ?", newName, owner, name);
            return Sql.execute(c, "UPDATE flows SET folder = ? WHERE owner = ? AND folder = ?", newName, owner, name);
        });
    }

    /** Deletes the folder; its flows, if any, go to the root. Returns how many moved. */
    int delete(String owner, String name) {
        return sql.transaction(c -> {
            int moved = Sql.execute(c, "UPDATE flows SET folder = NULL WHERE owner = ? AND folder = ?", owner, name);
            Sql.execute(c, "DELETE FROM flow_folders WHERE owner = ? AND name = ?", owner, name);
            return moved;
        });
    }

    /** Creates the folder inside the caller's transaction unless it exists; null is the root. */
    static void ensure(Connection c, String owner, String name, Timestamp now) throws SQLException {
        if (name != null && Sql.query(c, "SELECT name FROM flow_folders WHERE owner = ? AND name = ?",
                rs -> rs.getString(1), owner, name).isEmpty()) {
            Sql.execute(c, "INSERT INTO flow_folders (owner, name, created_at) VALUES (?, ?, ?)", owner, name, now);
        }
    }
}
