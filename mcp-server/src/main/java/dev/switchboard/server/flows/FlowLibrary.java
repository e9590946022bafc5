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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The caller's flows: create, edit, validate, publish, enable, delete and restore, each checking
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
        String base = slugOf(name);
        for (int i = 1; ; i++) {
            String slug = i == 1 ? base : base.substring(0, Math.min(base.length(), 52)) + "-" + i;
            if (store.slugTaken(caller.owner(), slug)) {
                continue;
            }
            try {
                return new Saved(store.insert(caller.owner(), name, slug, folder, definition), validate(caller, definition));
            } catch (FlowStore.SlugTakenException e) {
                // another create took it between the check and the insert; try the next one
            }
        }
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
        FlowVersion old = store.version(flow.id(), version).orElseThrow(() -> new ToolException("Flow '" + flow.name()
                + "' has no version " + version + "; list_flow_versions shows its versions."));
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
                boolean uses = uses(flow.draft(), c.app(), c.name())
                        || liveVersion(flow).map(v -> uses(v.definition(), c.app(), c.name())).orElse(false);
                if (uses) {
                    names.add(flow.name());
                }
            }
            return names;
        };
    }

    /** Any step object, at any depth (branches, loops), naming an action of the app and the connection. */
    static boolean uses(JsonNode node, String app, String connection) {
        if (node == null) {
            return false;
        }
        if (node.isObject() && node.path("action").asString("").startsWith(app + ".")
                && connection.equals(node.path("connection").asString(null))) {
            return true;
        }
        for (JsonNode child : node) {
            if (uses(child, app, connection)) {
                return true;
            }
        }
        return false;
    }

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

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Publishing refused: the message lists the problems, {@link #problems()} has them for structured results. */
    public static final class InvalidDraftException extends ToolException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        InvalidDraftException(List<Problem> problems) {
            super("The flow is not valid, so it was not published; fix these and publish again:\n" + FlowJson.problemLines(problems));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
