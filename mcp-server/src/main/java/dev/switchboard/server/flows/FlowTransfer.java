package dev.switchboard.server.flows;

import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.connections.ConnectionStore;
import dev.switchboard.server.mcp.ToolException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flows to and from a JSON bundle ({@value #FORMAT}), to move them between owners or servers.
 * A bundle holds names, slugs, folders, drafts and optionally the published versions; it names
 * connections by app and name only, never their credentials, and holds no owner or flow id
 * except each flow's original id as {@code ref} for the import report. An import checks the
 * whole bundle first and stores all its flows in one transaction, or none.
 *
 * <pre>{@code
 * ObjectNode bundle = transfer.export(alice, List.of(flowId), true);
 * ObjectNode report = transfer.importBundle(bob, bundle, null, Map.of("backup", "my-api"));   // {flows: [{ref, id, slug, valid, errors, connections}]}
 * }</pre>
 */
public final class FlowTransfer {

    public static final String FORMAT = "switchboard.flows-bundle/v1";
    private static final int MAX_FLOWS = 500;

    private final FlowLibrary library;
    private final ConnectionStore connections;
    private final Clock clock;

    public FlowTransfer(FlowLibrary library, ConnectionStore connections, Clock clock) {
        this.library = library;
        this.connections = connections;
        this.clock = clock;
    }

    /** The caller's flows as a bundle; refused, naming them, when an id is not the caller's. */
    public ObjectNode export(Caller caller, List<String> ids, boolean withVersions) {
        ObjectNode bundle = FlowJson.JSON.createObjectNode().put("format", FORMAT).put("exported_at", clock.instant().toString());
        ArrayNode flows = bundle.putArray("flows");
        Set<FlowApps.ConnectionRef> all = new TreeSet<>();
        for (StoredFlow flow : library.getAll(caller, ids)) {
            ObjectNode out = flows.addObject().put("ref", flow.id()).put("name", flow.name()).put("slug", flow.slug());
            if (flow.folder() != null) {
                out.put("folder", flow.folder());
            }
            out.put("status", flow.status());
            out.set("draft", flow.draft());
            Set<FlowApps.ConnectionRef> used = new TreeSet<>(FlowApps.connections(flow.draft()));
            if (withVersions) {
                ArrayNode versions = out.putArray("versions");
                List<FlowVersion> oldestFirst = new ArrayList<>(library.versions(caller, flow.id()));
                Collections.reverse(oldestFirst);
                for (FlowVersion v : oldestFirst) {
                    ObjectNode version = versions.addObject().put("version", v.version());
                    if (v.label() != null) {
                        version.put("label", v.label());
                    }
                    version.set("definition", v.definition());
                    used.addAll(FlowApps.connections(v.definition()));
                }
            }
            out.set("connections", refs(used));
            all.addAll(used);
        }
        bundle.set("connections", refs(all));
        return bundle;
    }

    /**
     * Stores the bundle's flows as new drafts of the caller (new ids; a slug or name the caller
     * already uses gets a suffix) and reports, per flow, its validation against the caller's
     * connections and which named connections the caller has. A malformed bundle is refused with
     * every problem and nothing is stored.
     *
     * @param connectionNames the bundle's connection names to replace by the caller's own, or null
     */
    public ObjectNode importBundle(Caller caller, JsonNode bundle, String folder, Map<String, String> connectionNames) {
        List<String> problems = check(bundle);
        if (!problems.isEmpty()) {
            throw new ToolException("The bundle was not imported (nothing was created); fix these:\n  " + String.join("\n  ", problems));
        }
        String target = folder == null || folder.isBlank() ? null : Folders.checkName(folder);
        Set<String> slugs = new HashSet<>();
        Set<String> names = new HashSet<>();
        library.list(caller).forEach(f -> {
            slugs.add(f.slug());
            names.add(f.name());
        });
        List<FlowStore.NewFlow> news = new ArrayList<>();
        for (JsonNode flow : bundle.get("flows")) {
            String name = free(names, FlowLibrary.name(flow.get("draft")), " (%d)");
            String wanted = flow.path("slug").asString("");
            String slug = free(slugs, FlowLibrary.SLUG.matcher(wanted).matches() ? wanted : FlowLibrary.slugOf(name), "-%d");
            JsonNode draft = renameConnections(((ObjectNode) flow.get("draft").deepCopy()).put("name", name), connectionNames);
            List<FlowStore.NewVersion> versions = new ArrayList<>();
            flow.path("versions").forEach(v -> versions.add(new FlowStore.NewVersion(
                    renameConnections(v.get("definition").deepCopy(), connectionNames), v.path("label").asString(null))));
            String where = target != null ? target : flow.path("folder").isString() ? Folders.checkName(flow.get("folder").asString()) : null;
            news.add(new FlowStore.NewFlow(name, slug, where, draft, versions));
        }
        List<String> ids;
        try {
            ids = library.store().insertAll(caller.owner(), news);
        } catch (FlowStore.SlugTakenException e) {
            throw new ToolException("Another change took one of the new slugs while importing; nothing was created. Import again.");
        }
        ObjectNode report = FlowJson.JSON.createObjectNode();
        ArrayNode flows = report.putArray("flows");
        for (int i = 0; i < ids.size(); i++) {
            StoredFlow stored = library.get(caller, ids.get(i));
            ObjectNode out = flows.addObject();
            if (bundle.get("flows").get(i).path("ref").isString()) {
                out.put("ref", bundle.get("flows").get(i).get("ref").asString());
            }
            out.put("id", stored.id()).put("name", stored.name()).put("slug", stored.slug()).put("status", stored.status());
            var errors = library.validate(caller, stored.draft());
            out.put("valid", errors.isEmpty());
            out.set("errors", FlowJson.problems(errors));
            ArrayNode matched = out.putArray("connections");
            for (FlowApps.ConnectionRef ref : FlowApps.connections(stored.draft())) {
                boolean found = connections.find(stored.owner(), ref.app(), ref.name()).isPresent();
                matched.addObject().put("app", ref.app()).put("name", ref.name()).put("matched", found);
            }
        }
        return report.put("next", "Imported flows are drafts: create any connection reported as not matched "
                + "(or update_flow to use another), then publish_flow.");
    }

    /** Steps that name a connection of the map name the caller's connection instead (the node is changed in place). */
    private static JsonNode renameConnections(JsonNode node, Map<String, String> names) {
        if (names == null || names.isEmpty()) {
            return node;
        }
        if (node.isObject() && node.path("action").isString() && node.path("connection").isString()
                && names.containsKey(node.get("connection").asString())) {
            ((ObjectNode) node).put("connection", names.get(node.get("connection").asString()));
        }
        for (JsonNode child : node) {
            renameConnections(child, names);
        }
        return node;
    }

    /** Every problem of the bundle's shape, with a JSON pointer. */
    private static List<String> check(JsonNode bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle == null || !bundle.isObject()) {
            return List.of("the bundle must be the JSON object export_flows gives");
        }
        if (!FORMAT.equals(bundle.path("format").asString(""))) {
            problems.add("/format: must be \"" + FORMAT + "\" (is the document an export_flows bundle?)");
        }
        JsonNode flows = bundle.get("flows");
        if (flows == null || !flows.isArray() || flows.isEmpty() || flows.size() > MAX_FLOWS) {
            problems.add("/flows: must be an array of 1 to " + MAX_FLOWS + " flows");
            return problems;
        }
        for (int i = 0; i < flows.size(); i++) {
            JsonNode flow = flows.get(i);
            String at = "/flows/" + i;
            if (!flow.path("draft").isObject()) {
                problems.add(at + "/draft: must be a flow definition object");
            }
            if (flow.has("folder") && !(flow.get("folder").isString() && !flow.get("folder").asString().isBlank()
                    && flow.get("folder").asString().strip().length() <= 200)) {
                problems.add(at + "/folder: must be a folder name of 1 to 200 characters");
            }
            if (flow.has("versions") && !flow.get("versions").isArray()) {
                problems.add(at + "/versions: must be an array");
            }
            for (int v = 0; v < flow.path("versions").size(); v++) {
                JsonNode version = flow.path("versions").get(v);
                if (!version.path("definition").isObject()) {
                    problems.add(at + "/versions/" + v + "/definition: must be a flow definition object");
                }
                if (version.has("label") && !version.get("label").isString()) {
                    problems.add(at + "/versions/" + v + "/label: must be a string");
                }
            }
        }
        return problems;
    }

    /** The value, or with the first free suffix; the result is added to {@code taken}. */
    private static String free(Set<String> taken, String value, String suffix) {
        String candidate = value;
        for (int i = 2; taken.contains(candidate); i++) {
            String tail = String.format(suffix, i);
            int room = (suffix.startsWith("-") ? 58 : 200) - tail.length();
            candidate = (value.length() > room ? value.substring(0, room) : value) + tail;
        }
        taken.add(candidate);
        return candidate;
    }

    private static ArrayNode refs(Set<FlowApps.ConnectionRef> refs) {
        ArrayNode out = FlowJson.JSON.createArrayNode();
        refs.forEach(r -> out.addObject().put("app", r.app()).put("name", r.name()));
        return out;
    }
}
