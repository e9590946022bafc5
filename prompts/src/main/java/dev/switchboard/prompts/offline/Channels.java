package dev.switchboard.prompts.offline;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A "#name" in an event clause that names no app is a chat channel: the event happens in an app whose trigger takes a
 * {@code channel} (in the catalog, Slack's new message). "when messages are posted in #help" is that app's event even
 * without "new" or the app's name.
 *
 * <pre>{@code
 * Channels.apps(index);   // [slack]
 * }</pre>
 */
final class Channels {

    private Channels() {
    }

    /** The apps with a trigger whose input has a {@code channel} property. */
    static Set<String> apps(CatalogIndex index) {
        Set<String> apps = new LinkedHashSet<>();
        for (CatalogIndex.TriggerEntry t : index.triggers()) {
            if (t.spec().input() != null && t.spec().input().path("properties").has("channel")) {
                apps.add(t.connector().app());
            }
        }
        return apps;
    }

    /**
     * Where a sending to a #channel that names no app goes: the apps whose action takes a {@code channel} ("post the
     * result in #ops" is Slack's message, not an e-mail), unless an app of the flow already posts to channels; else
     * {@code hinted} (also when the request hints apps: "post in #crew" with Teams hinted is Teams'). "The team chat", « le chat
     * de l'équipe » go there too.
     */
    static java.util.Collection<String> sendTo(Said said, String verb, java.util.Collection<String> hinted,
                                               java.util.Collection<String> context, CatalogIndex index) {
        if (!said.apps().isEmpty() || !"send".equals(verb) || !said(said) && !said.concepts().contains("chat") || !hinted.isEmpty()) {   // the request's hints come first
            return hinted;
        }
        Set<String> apps = new LinkedHashSet<>();
        for (CatalogIndex.ActionEntry a : index.actions()) {
            java.util.Iterator<String> names = a.spec().input() == null ? java.util.Collections.emptyIterator()
                    : a.spec().input().path("properties").propertyNames().iterator();
            names.forEachRemaining(n -> {
                if (n.startsWith("channel") && context.contains(a.connector().app())) {
                    apps.add("");   // a chat app in the flow already: the usual choice applies
                }
            });
            if (a.spec().input() != null && a.spec().input().path("properties").has("channel")) {
                apps.add(a.connector().app());
            }
        }
        return apps.contains("") ? hinted : apps;
    }

    /** Whether the clause holds a #channel. */
    static boolean said(Said said) {
        return said.literals().stream().anyMatch(l -> l.kind() == Literals.Kind.CHANNEL);
    }
}
