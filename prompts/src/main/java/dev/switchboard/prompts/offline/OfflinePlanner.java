package dev.switchboard.prompts.offline;

import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.Draft;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.runtime.validate.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The builder's engine without a model: no network, deterministic, English and French, made
 * only of the catalog's own words (app names, action and trigger ids, titles, descriptions and
 * input schemas) and general language ({@link Words}). It cuts the description into clauses,
 * finds the trigger and one action per clause, adds the control steps the words ask for (if,
 * for each, wait, approval), fills inputs from literals and earlier outputs, and turns what it
 * cannot know into questions and placeholders.
 *
 * <pre>{@code
 * Engine offline = new OfflinePlanner(Catalog.bundled(), Map.of("drive", "google_drive"));
 * Draft draft = offline.propose(new BuildRequest("Quand un fichier arrive dans Dropbox, l'envoyer sur Slack #docs"));
 * }</pre>
 */
public final class OfflinePlanner implements Engine {

    private final Apps apps;
    private final Matcher matcher;
    private final Map<String, String> connections;

    /** @param connections the owner's connection names, each with its app (may be empty) */
    public OfflinePlanner(Catalog catalog, Map<String, String> connections) {
        this.apps = new Apps(catalog);
        this.matcher = new Matcher(new CatalogIndex(catalog), apps);
        this.connections = Map.copyOf(connections);
    }

    public OfflinePlanner(Catalog catalog) {
        this(catalog, Map.of());
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Draft propose(BuildRequest request) {
        String lang = request.language() == null ? Texts.detect(request.text()) : request.language();
        String text = Shorthand.expand(Dictation.clean(Lines.of(request.text()), apps::isAppWord), "fr".equals(lang));
        Literals literals = Literals.extract(text, apps::isAppWord);
        String plain = Opening.event(Asides.appsKept(Replies.rewrite(Labels.rewrite(Stories.plain(Words.plain(literals.masked()), apps::named))), apps::named,
                "fr".equals(lang)), apps::named);
        List<Clauses.Part> parts = Restated.apply(Timing.laterClock(Unconnected.apply(Clauses.split(plain), plain)), plain);
        parts = Closing.event(parts, matcher, p -> Said.of(p, apps, literals, Texts.of(lang)));
        return new Assembly(apps, matcher, connections, Texts.of(lang), literals, request, hinted(request, plain)).build(parts, plain);
    }

    /**
     * The apps the request says the flow uses besides its clauses: its app hints (ids such as "slack" or names such as
     * "Google Sheets") and a heading ("Slack: every Monday at 9, post…"). A clause that names no app looks there first.
     */
    private Set<String> hinted(BuildRequest request, String plain) {
        Set<String> hinted = new LinkedHashSet<>();
        for (String hint : request.appHints()) {
            if (apps.known(hint)) {
                hinted.add(hint);
            } else {
                apps.find(Words.words(Words.plain(hint))).forEach(m -> hinted.add(m.app()));
            }
        }
        Heading.of(plain).ifPresent(h -> apps.find(Words.words(h)).forEach(m -> hinted.add(m.app())));
        return hinted;
    }

    /** Applies the validator's first suggestion to an unknown action, trigger or app; otherwise keeps the draft. */
    @Override
    public Draft repair(BuildRequest request, Draft previous, List<Problem> problems) {
        ObjectNode flow = previous.flow().deepCopy();
        boolean changed = false;
        for (Problem p : problems) {
            if (p.suggestions().isEmpty() || !List.of("unknown_action", "unknown_trigger", "unknown_app").contains(p.code())) {
                continue;
            }
            JsonPointer at = JsonPointer.compile(p.pointer());
            JsonNode parent = flow.at(at.head());
            if (parent instanceof ObjectNode object && object.get(at.last().getMatchingProperty()) != null) {
                object.put(at.last().getMatchingProperty(), p.suggestions().get(0));
                changed = true;
            }
        }
        return changed ? new Draft(flow, previous.questions(), previous.explanation()) : previous;
    }
}
