package dev.switchboard.server.flows;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.mcp.ToolException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The caller's flow folders: create, rename, delete, and moving flows in and out. Folders belong
 * to the caller's owner name, so another owner's folders are simply not there; moved flows are
 * checked one by one through {@link FlowLibrary#getAll}.
 *
 * <pre>{@code
 * Folders folders = new Folders(dataSource, clock, library);
 * folders.create(caller, "Sites");
 * folders.move(caller, List.of(flowId), "Sites");
 * }</pre>
 */
public final class Folders {

    private final FolderStore store;
    private final FlowLibrary library;

    public Folders(DataSource dataSource, Clock clock, FlowLibrary library) {
        this.store = new FolderStore(dataSource, clock);
        this.library = library;
    }

    /** A folder name as stored: trimmed, 1 to 200 characters; otherwise an error saying so. */
    static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new ToolException("A folder name has 1 to 200 characters (not only spaces).");
        }
        return clean;
    }

    List<FolderStore.Folder> list(Caller caller) {
        return store.list(caller.owner());
    }

    FolderStore.Folder create(Caller caller, String name) {
        String clean = checkName(name);
        if (store.exists(caller.owner(), clean)) {
            throw new ToolException("You have a folder named '" + clean + "' already.");
        }
        store.create(caller.owner(), clean);
        return new FolderStore.Folder(clean, 0);
    }

    FolderStore.Folder rename(Caller caller, String name, String newName) {
        String from = existing(caller, name);
        String to = checkName(newName);
        if (!to.equals(from) && store.exists(caller.owner(), to)) {
            throw new ToolException("You have a folder named '" + to + "' already; choose another name or move_flows into it.");
        }
        store.rename(caller.owner(), from, to);
        return store.list(caller.owner()).stream().filter(f -> f.name().equals(to)).findFirst().orElseThrow();
    }

    /**
     * Deletes an empty folder; a folder with flows is refused unless {@code moveFlowsToRoot},
     * since deleting flows is what delete_flows is for. Returns how many flows moved to the root.
     */
    int delete(Caller caller, String name, boolean moveFlowsToRoot) {
        String folder = existing(caller, name);
        int flows = store.list(caller.owner()).stream().filter(f -> f.name().equals(folder)).findFirst().orElseThrow().flows();
        if (flows > 0 && !moveFlowsToRoot) {
            throw new ToolException("Folder '" + folder + "' holds " + flows + " flow(s), so it was not deleted. Move them "
                    + "elsewhere with move_flows, or call delete_folder again with move_flows_to_root=true.");
        }
        return store.delete(caller.owner(), folder);
    }

    /** Files the caller's flows under the folder (created when new), or at the root when folder is null. */
    List<StoredFlow> move(Caller caller, List<String> ids, String folder) {
        String target = folder == null ? null : checkName(folder);
        List<StoredFlow> flows = library.getAll(caller, ids);
        library.store().move(flows, target);
        return flows.stream().map(f -> library.get(caller, f.id())).toList();
    }

    private String existing(Caller caller, String name) {
        String clean = name == null ? "" : name.strip();
        if (!store.exists(caller.owner(), clean)) {
            throw new ToolException("You have no folder named '" + clean + "'; list_folders shows your folders.");
        }
        return clean;
    }
}
