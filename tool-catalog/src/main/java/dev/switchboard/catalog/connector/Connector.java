package dev.switchboard.catalog.connector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One app as data: how to reach it, how to authenticate, its actions and triggers. Loaded from
 * {@code connectors/<app>.json}; the format is documented in {@code docs/connector-format.md}.
 *
 * <pre>{@code
 * Connector kizeo = catalog.connector("kizeo_forms").orElseThrow();
 * ActionSpec pdf = kizeo.action("download_standard_pdf").orElseThrow();
 * }</pre>
 *
 * @param baseUrls named API roots; a request picks one with {@code base}, the first is the default
 * @param error how the app reports a failure inside a 2xx response (Slack's {@code "ok": false});
 *              null when the HTTP status says it all
 * @param test a cheap read-only request that succeeds only with working credentials (e.g. "who am I");
 *             null when the app has none
 * @param connectionFields JSON Schema properties of the non-secret connection settings
 *                         (e.g. {@code instance_url}) that URLs may use as {@code {{connection.x}}}
 * @param notes what the connector's authors could not confirm from the provider's public
 *              documentation, or other caveats for maintainers; empty for most apps
 */
public record Connector(
        String format,
        String app,
        String name,
        String description,
        String icon,
        List<String> sources,
        Map<String, String> baseUrls,
        List<AuthSpec> auth,
        JsonNode connectionFields,
        List<ActionSpec> actions,
        List<TriggerSpec> triggers,
        ErrorRule error,
        RequestSpec test,
        List<String> notes) {

    public static final String FORMAT = "switchboard.connector/v1";

    public Connector(String format, String app, String name, String description, String icon, List<String> sources,
            Map<String, String> baseUrls, List<AuthSpec> auth, JsonNode connectionFields, List<ActionSpec> actions,
            List<TriggerSpec> triggers, ErrorRule error, RequestSpec test) {
        this(format, app, name, description, icon, sources, baseUrls, auth, connectionFields, actions, triggers, error,
                test, List.of());
    }

    public Connector {
        Objects.requireNonNull(app, "app");
        sources = sources == null ? List.of() : List.copyOf(sources);
        // keep the file's order: the first base URL is the default
        baseUrls = baseUrls == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baseUrls));
        auth = auth == null ? List.of() : List.copyOf(auth);
        actions = actions == null ? List.of() : List.copyOf(actions);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Optional<ActionSpec> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<TriggerSpec> trigger(String id) {
        return triggers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * A failure reported in a successful response.
     *
     * @param when JSONata condition over {@code body} and {@code status}
     * @param message JSONata expression giving the provider's message
     */
    public record ErrorRule(String when, String message) {
    }

    /** Whether connections are needed at all (core utilities such as {@code data} need none). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean needsConnection() {
        return auth.stream().anyMatch(a -> !"none".equals(a.type()));
    }
}
