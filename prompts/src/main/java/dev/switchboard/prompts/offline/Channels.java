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

    private static final Set<String> MEANS = Set.of("par", "via", "through", "by", "using", "avec", "with", "over");

    /**
     * « envoie-moi par Outlook les relevés saisis sur Kizeo »: of two apps named in a sending, the one it goes by sends;
     * the other is where what is sent comes from.
     */
    static java.util.Collection<String> sentBy(String text, Said said, String verb, Apps apps, Matcher matcher) {
        if (!"send".equals(verb) || said.apps().size() < 2) {
            return said.apps();
        }
        java.util.List<String> words = Words.words(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (MEANS.contains(words.get(i))) {
                java.util.List<Apps.Mention> next = apps.find(words.subList(i + 1, Math.min(words.size(), i + 4)));
                if (!next.isEmpty() && next.get(0).from() <= 1 && said.apps().contains(next.get(0).app())
                        && matcher.canDo(Set.of(next.get(0).app()), "send")) {
                    return Set.of(next.get(0).app());
                }
            }
        }
        return said.apps();
    }
}
