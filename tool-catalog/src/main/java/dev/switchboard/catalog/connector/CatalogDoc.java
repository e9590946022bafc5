package dev.switchboard.catalog.connector;

import java.util.stream.Collectors;

/**
 * Renders {@code docs/catalog.md}: every app with its credential types, sources, actions (tool
 * names) and triggers. The file is generated and committed; a test fails when it is stale.
 *
 * <pre>{@code
 * String markdown = CatalogDoc.render(Catalog.bundled());
 * }</pre>
 */
public final class CatalogDoc {

    private CatalogDoc() {
    }

    public static String render(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# Catalog\n\n");
        out.append("Generated from `tool-catalog/src/main/resources/connectors/` by `CatalogDoc`; do not edit by hand\n");
        out.append("(regenerate: `mvn -pl tool-catalog test -Dtest=CatalogDocTest -Dcatalog.doc.write=true`).\n\n");
        int actions = catalog.connectors().stream().mapToInt(c -> c.actions().size()).sum();
        int triggers = catalog.connectors().stream().mapToInt(c -> c.triggers().size()).sum();
        out.append(catalog.connectors().size()).append(" apps, ").append(actions).append(" actions, ")
                .append(triggers).append(" triggers. Each action is the MCP tool `<app>__<action>` and the flow step `<app>.<action>`.\n\n");
        out.append("| app | name | actions | triggers | credentials |\n|---|---|---|---|---|\n");
        for (Connector c : catalog.connectors()) {
            out.append("| [`").append(c.app()).append("`](#").append(c.app()).append(") | ").append(c.name()).append(" | ")
                    .append(c.actions().size()).append(" | ").append(c.triggers().size()).append(" | ")
                    .append(c.auth().stream().map(AuthSpec::type).distinct().collect(Collectors.joining(", "))).append(" |\n");
        }
        for (Connector c : catalog.connectors()) {
            out.append("\n## ").append(c.app()).append("\n\n").append(c.name()).append(": ").append(oneLine(c.description())).append("\n\n");
            out.append("Sources: ").append(c.sources().stream().map(s -> "<" + s + ">").collect(Collectors.joining(", "))).append("\n");
            if (!c.notes().isEmpty()) {
                out.append("\nNotes (what the public sources do not confirm):\n\n");
                c.notes().forEach(n -> out.append("- ").append(oneLine(n)).append('\n'));
            }
            if (!c.actions().isEmpty()) {
                out.append("\n| tool | title | description |\n|---|---|---|\n");
                for (ActionSpec a : c.actions()) {
                    out.append("| `").append(c.app()).append("__").append(a.id()).append("` | ").append(cell(a.title()))
                            .append(" | ").append(cell(a.description())).append(" |\n");
                }
            }
            if (!c.triggers().isEmpty()) {
                out.append("\n| trigger | type | description |\n|---|---|---|\n");
                for (TriggerSpec t : c.triggers()) {
                    out.append("| `").append(c.app()).append('.').append(t.id()).append("` | ").append(t.type())
                            .append(" | ").append(cell(t.description())).append(" |\n");
                }
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
