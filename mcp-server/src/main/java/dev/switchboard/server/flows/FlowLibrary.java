package dev.switchboard.server.flows;

import dev.switchboard.runtime.api.FlowRuntime;
import dev.switchboard.runtime.validate.Problem;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.connections.ConnectionStore;
import dev.switchboard.server.connections.ConnectionUsage;
import dev.switchboard.server.connections.StoredConnection;
import dev.switchboard.server.mcp.ToolException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The caller's flows: create, edit, validate, publish, enable, rename, duplicate, delete (one or
 * several), and their versions (restore, label, delete), each checking
 * that the caller owns the flow (another owner's flow is reported exactly like a missing one).
 * Listeners hear about every change to the set of served flow tools.
 *
 * <pre>{@code
 * FlowLibrary flows = new FlowLibrary(new FlowStore(dataSource, clock), runtime);
 * FlowLibrary.Saved saved = flows.create(caller, definition, null);
 * flows.publish(caller, saved.flow().id());   // now served as flow__<slug>
 * }</pre>
 */
public final class FlowLibrary {

    /** Tool names are at most 64 characters: {@code flow__} plus this. */
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9_-]{1,58}$");

    private final FlowStore store;
    private final FlowRuntime runtime;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public FlowLibrary(FlowStore store, FlowRuntime runtime) {
        this.store = store;
        this.runtime = runtime;
    }

    /** A stored flow with the problems of its draft (empty when it may be published). */
    public record Saved(StoredFlow flow, List<Problem> problems) {
    }

    /** Called when flow tools appear, disappear or change (publish, enable, disable, delete, restore). */
    public void onToolsChanged(Runnable listener) {
        listeners.add(listener);
    }

    /** Stores the definition as a draft even when it is not valid yet, so that it can be fixed step by step. */
    public Saved create(Caller caller, JsonNode definition, String folder) {
        String name = name(definition);
        String checkedFolder = folder == null || folder.isBlank() ? null : Folders.checkName(folder);
        while (true) {
            try {
                StoredFlow flow = store.insert(caller.owner(), name, freeSlug(caller.owner(), slugOf(name), null), checkedFolder, definition);
                return new Saved(flow, validate(caller, definition));
            } catch (FlowStore.SlugTakenException e) {
                // another create took it between the check and the insert; try the next one
            }
        }
    }

    /** The base, or the base with the first free "-2", "-3"… suffix; {@code self} (a flow's id) may keep its own slug. */
    String freeSlug(String owner, String base, String self) {
        Set<String> taken = store.list(owner).stream().filter(f -> !f.id().equals(self)).map(StoredFlow::slug).collect(Collectors.toSet());
        String slug = base;
        for (int i = 2; taken.contains(slug); i++) {
            slug = base.substring(0, Math.min(base.length(), 52)) + "-" + i;
        }
        return slug;
    }

    /**
     * Gives the flow a new name and slug (the slug from the name unless given); the draft's name
     * follows. A served flow's tool name changes with the slug, so listeners hear about it.
     */
    public StoredFlow rename(Caller caller, String id, String newName, String slug) {
        StoredFlow flow = get(caller, id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new ToolException("Give the flow a name of 1 to 200 characters.");
        }
        String newSlug;
        if (slug == null) {
            newSlug = freeSlug(flow.owner(), slugOf(name), flow.id());
        } else if (!SLUG.matcher(slug).matches()) {
            throw new ToolException("slug '" + slug + "' is not valid: use 1 to 58 of a-z, 0-9, '_' and '-'.");
        } else if (!freeSlug(flow.owner(), slug, flow.id()).equals(slug)) {
            throw new ToolException("You have another flow with slug '" + slug + "'; choose another one or leave slug out.");
        } else {
            newSlug = slug;
        }
        JsonNode draft = flow.draft().isObject() ? ((ObjectNode) flow.draft().deepCopy()).put("name", name) : flow.draft();
        try {
            store.rename(flow.id(), name, newSlug, draft);
        } catch (FlowStore.SlugTakenException e) {
            throw new ToolException("Another flow took slug '" + newSlug + "' a moment ago; nothing changed. Rename again.");
        }
        if (flow.live()) {
            changed();
        }
        return store.find(flow.id()).orElseThrow();
    }

    /** A new unpublished flow with a copy of the draft, named "… (copy)", in the same folder. */
    public Saved duplicate(Caller caller, String id) {
        StoredFlow flow = get(caller, id);
        String name = flow.name().length() > 193 ? flow.name().substring(0, 193) : flow.name();
        JsonNode draft = flow.draft().isObject() ? ((ObjectNode) flow.draft().deepCopy()).put("name", name + " (copy)") : flow.draft();
        return create(caller, draft, flow.folder());
    }

    /** The caller's flows with these ids, in order; refused, naming the unknown ids, unless all are the caller's. */
    public List<StoredFlow> getAll(Caller caller, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ToolException("Give at least one flow id in ids; list_flows shows them.");
        }
        List<StoredFlow> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            store.find(id).filter(f -> caller.owns(f.owner())).ifPresentOrElse(found::add, () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            throw new ToolException("You have no flow with id " + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + "; nothing was changed. list_flows shows the ids of your flows.");
        }
        return found;
    }

    /** Deletes all the flows or, when one id is not the caller's, none. */
    public List<StoredFlow> deleteAll(Caller caller, List<String> ids) {
        List<StoredFlow> flows = getAll(caller, ids);
        store.deleteAll(flows.stream().map(StoredFlow::id).toList());
        changed();
        return flows;
    }

    public StoredFlow get(Caller caller, String id) {
        return store.find(id == null ? "" : id).filter(f -> caller.owns(f.owner())).orElseThrow(() -> new ToolException(
                "You have no flow with id '" + id + "'; list_flows shows the ids of your flows."));
    }

    /**
     * A flow by id whoever owns it, for the server's own triggers (webhooks, schedules, polling),
     * which then act as the flow's owner; tools use {@link #get(Caller, String)}.
     */
    public Optional<StoredFlow> find(String id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    /** Every owner's published and enabled flows, for the triggers that start them. */
    public List<StoredFlow> allLive() {
        return store.allLive();
    }

    public List<StoredFlow> list(Caller caller) {
        return store.list(caller.owner());
    }

    /** The owner's published and enabled flow with this slug or id, for a flow that runs another. */
    public Optional<StoredFlow> liveOf(String owner, String slugOrId) {
        return store.live(owner).stream().filter(f -> f.slug().equals(slugOrId) || f.id().equals(slugOrId)).findFirst();
    }

    /** The caller's published and enabled flows, served as tools. */
    public List<StoredFlow> live(Caller caller) {
        return store.live(caller.owner());
    }

    public Saved update(Caller caller, String id, JsonNode definition) {
        StoredFlow flow = get(caller, id);
        store.updateDraft(flow.id(), name(definition), definition);
        return new Saved(store.find(flow.id()).orElseThrow(), validate(caller, definition));
    }

    /** Problems for the flow's owner's connections; empty when it may be published. */
    public List<Problem> validate(Caller caller, JsonNode definition) {
        return runtime.validate(definition, caller.owner());
    }

    /** Publishes the draft as the next version; refused, listing every problem, while it is not valid. */
    public FlowVersion publish(Caller caller, String id) {
        StoredFlow flow = get(caller, id);
        List<Problem> problems = runtime.validate(flow.draft(), flow.owner());
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        int version = store.publish(flow.id(), flow.draft());
        changed();
        return store.version(flow.id(), version).orElseThrow();
    }

    public StoredFlow setEnabled(Caller caller, String id, boolean enabled) {
        StoredFlow flow = get(caller, id);
        store.setEnabled(flow.id(), enabled);
        changed();
        return store.find(flow.id()).orElseThrow();
    }

    public StoredFlow delete(Caller caller, String id) {
        StoredFlow flow = get(caller, id);
        store.delete(flow.id());
        changed();
        return flow;
    }

    public List<FlowVersion> versions(Caller caller, String id) {
        return store.versions(get(caller, id).id());
    }

    /** The version the tool runs now; empty while the flow was never published. */
    public Optional<FlowVersion> liveVersion(StoredFlow flow) {
        return flow.latestVersion() == null ? Optional.empty() : store.version(flow.id(), flow.latestVersion());
    }

    /**
     * Makes an earlier version live again by publishing its definition as a new version (versions
     * never change, so history stays readable) and by making it the draft.
     */
    public FlowVersion restore(Caller caller, String id, int version) {
        StoredFlow flow = get(caller, id);
        FlowVersion old = version(flow, version);
        List<Problem> problems = runtime.validate(old.definition(), flow.owner());
        if (!problems.isEmpty()) {
            // e.g. a connection it used was renamed since
            throw new InvalidDraftException(problems);
        }
        store.updateDraft(flow.id(), name(old.definition()), old.definition());
        int next = store.publish(flow.id(), old.definition());
        changed();
        return store.version(flow.id(), next).orElseThrow();
    }

    /** Names a version (null or blank removes the label). */
    public FlowVersion labelVersion(Caller caller, String id, int version, String label) {
        FlowVersion old = version(get(caller, id), version);
        String clean = label == null || label.isBlank() ? null : label.strip();
        if (clean != null && clean.length() > 200) {
            throw new ToolException("A version label has at most 200 characters.");
        }
        store.labelVersion(old.flowId(), version, clean);
        return store.version(old.flowId(), version).orElseThrow();
    }

    /** Removes a version from the history; the live one is refused, since runs and the tool use it. */
    public FlowVersion deleteVersion(Caller caller, String id, int version) {
        StoredFlow flow = get(caller, id);
        FlowVersion old = version(flow, version);
        if (flow.latestVersion() != null && flow.latestVersion() == version) {
            throw new ToolException("Version " + version + " of '" + flow.name() + "' is the live version and cannot be deleted; "
                    + "publish_flow or restore_flow_version makes another version live first.");
        }
        store.deleteVersion(flow.id(), version);
        return old;
    }

    private FlowVersion version(StoredFlow flow, int version) {
        return store.version(flow.id(), version).orElseThrow(() -> new ToolException("Flow '" + flow.name()
                + "' has no version " + version + "; list_flow_versions shows its versions."));
    }

    /** Names the flows whose draft or live version uses a connection, so that deleting it is refused. */
    public ConnectionUsage usage(ConnectionStore connections) {
        return connectionId -> {
            Optional<StoredConnection> connection = connections.byId(connectionId);
            if (connection.isEmpty()) {
                return List.of();
            }
            StoredConnection c = connection.get();
            List<String> names = new ArrayList<>();
            for (StoredFlow flow : store.list(c.owner())) {
                boolean uses = FlowApps.uses(flow.draft(), c.app(), c.name())
                        || liveVersion(flow).map(v -> FlowApps.uses(v.definition(), c.app(), c.name())).orElse(false);
                if (uses) {
                    names.add(flow.name());
                }
            }
            return names;
        };
    }

    /** Any step object, at any depth (branches, loops), naming an action of the app and the connection. */
    static String name(JsonNode definition) {
        String name = definition == null ? "" : definition.path("name").asString("").strip();
        return name.isEmpty() ? "Untitled flow" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** "Relevé de chantier → PDF" becomes "releve-de-chantier-pdf". */
    static String slugOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 58) {
            slug = slug.substring(0, 58).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "flow" : slug;
    }

    FlowStore store() {
        return store;
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }
}
