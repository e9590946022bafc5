package dev.switchboard.server.flows;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What a flow definition uses of the catalog: its apps (trigger and every step, nested ones too)
 * and the connections it names. Read from the JSON as stored, valid or not.
 *
 * <pre>{@code
 * FlowApps.apps(definition);                 // [google_drive, kizeo_forms]
 * FlowApps.connections(definition);          // [kizeo_forms/kizeo, google_drive/drive]
 * FlowApps.uses(definition, "http", "api");  // a step of app http names connection api
 * }</pre>
 */
public final class FlowApps {

    private FlowApps() {
    }

    /** A connection as a flow names it: the app and the connection's name (never its credentials). */
    public record ConnectionRef(String app, String name) implements Comparable<ConnectionRef> {
        @Override
        public int compareTo(ConnectionRef other) {
            return (app + "/" + name).compareTo(other.app + "/" + other.name);
        }
    }

    /** The apps of the trigger and of every action step, sorted. */
    public static Set<String> apps(JsonNode definition) {
        Set<String> apps = new TreeSet<>();
        if (definition != null && definition.path("trigger").path("app").isString()) {
            apps.add(definition.path("trigger").path("app").asString());
        }
        walk(definition == null ? null : definition.get("steps"), apps, null);
        return apps;
    }

    /** The connections the steps name, sorted. */
    public static Set<ConnectionRef> connections(JsonNode definition) {
        Set<ConnectionRef> refs = new TreeSet<>();
        walk(definition == null ? null : definition.get("steps"), new TreeSet<>(), refs);
        JsonNode trigger = definition == null ? null : definition.get("trigger");
        if (trigger != null && trigger.path("app").isString() && trigger.path("connection").isString()) {
            refs.add(new ConnectionRef(trigger.path("app").asString(), trigger.path("connection").asString()));
        }
        return refs;
    }

    /** True when the trigger or a step of this app names this connection. */
    static boolean uses(JsonNode definition, String app, String connection) {
        return connections(definition).contains(new ConnectionRef(app, connection));
    }

    private static void walk(JsonNode node, Set<String> apps, Set<ConnectionRef> refs) {
        if (node == null) {
            return;
        }
        String action = node.isObject() ? node.path("action").asString("") : "";
        int dot = action.indexOf('.');
        if (dot > 0) {
            String app = action.substring(0, dot);
            apps.add(app);
            if (refs != null && node.path("connection").isString()) {
                refs.add(new ConnectionRef(app, node.path("connection").asString()));
            }
        }
        for (JsonNode child : node) {
            walk(child, apps, refs);
        }
    }
}
