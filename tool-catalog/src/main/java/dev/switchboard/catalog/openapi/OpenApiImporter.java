package dev.switchboard.catalog.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.ConnectorLoader;
import dev.switchboard.catalog.connector.RequestSpec;
import dev.switchboard.catalog.openapi.ImportResult.Skipped;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an OpenAPI 3.0 or 3.1 document (JSON or YAML text) into a connector: one action per
 * operation, auth from the security schemes, the base URL from the first server. Operations a
 * connector cannot express are listed, with the reason, in {@link ImportResult#skipped()}.
 * Nothing is fetched: local {@code $ref}s are followed, and an operation that needs a remote one
 * is skipped. The mapping is described in {@code docs/connector-format.md}, "Importing OpenAPI
 * documents".
 *
 * <pre>{@code
 * ImportResult result = new OpenApiImporter().importDocument(Files.readString(path), "jira");
 * catalog.add(result.connector());   // tools jira__get_issue, jira__create_issue, …
 * }</pre>
 */
public final class OpenApiImporter {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param content the document's text
     * @param appName the connector's app id, {@code ^[a-z][a-z0-9_]{0,29}$}; tools are {@code <app>__<action>}
     * @throws IllegalArgumentException when the app name is not valid or the text is not an OpenAPI 3 document
     */
    public ImportResult importDocument(String content, String appName) {
        if (appName == null || !ConnectorLoader.APP_ID.matcher(appName).matches()) {
            throw new IllegalArgumentException("the app name must match " + ConnectorLoader.APP_ID + ", got '" + appName + "'");
        }
        JsonNode document = parse(Objects.requireNonNull(content, "content"));
        Refs refs = new Refs(document);
        Servers servers = new Servers(document.path("servers"));
        // <app>__<id> must fit in 64 characters, and ids in the loader's 61
        OperationMapper operations = new OperationMapper(refs, new SchemaConverter(refs), new Names.Unique(),
                Math.min(61, 62 - appName.length()));
        List<ActionSpec> actions = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Set<String>> scopes = new LinkedHashMap<>();
        mapOperations(document, refs, servers, operations, actions, skipped, scopes);
        AuthMapper.Result auth = AuthMapper.map(document, refs, scopes, servers.defaultUrl());
        return connector(appName, document, servers, auth, actions, skipped);
    }

    /** One action per operation into {@code actions}, or an entry in {@code skipped}; the scopes they ask for. */
    private static void mapOperations(JsonNode document, Refs refs, Servers servers, OperationMapper operations,
            List<ActionSpec> actions, List<Skipped> skipped, Map<String, Set<String>> scopes) {
        for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
            String path = entry.getKey();
            JsonNode item;
            try {
                item = refs.follow(entry.getValue());
            } catch (Unsupported e) {
                skipped.add(new Skipped("", "paths." + path, "the path item " + e.getMessage()));
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = item.path(method);
                if (!operation.isObject()) {
                    continue;
                }
                String verb = method.toUpperCase(Locale.ROOT);
                if (verb.equals("OPTIONS") || verb.equals("TRACE")) {
                    skipped.add(new Skipped(verb, path, "connectors send only GET, POST, PUT, PATCH, DELETE and HEAD requests"));
                    continue;
                }
                try {
                    String base = servers.baseFor(operation.has("servers") ? operation.path("servers") : item.path("servers"));
                    actions.add(operations.map(verb, path, item, operation, base));
                    collectScopes(operation.has("security") ? operation.path("security") : document.path("security"), scopes);
                } catch (Unsupported e) {
                    skipped.add(new Skipped(verb, path, e.getMessage()));
                } catch (RuntimeException e) {
                    // one malformed operation must not cost the rest of the document
                    skipped.add(new Skipped(verb, path, "the operation could not be read"
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                }
            }
        }
    }

    private static ImportResult connector(String appName, JsonNode document, Servers servers, AuthMapper.Result auth,
            List<ActionSpec> actions, List<Skipped> skipped) {
        skipped.addAll(auth.skipped());
        JsonNode info = document.path("info");
        String title = SchemaConverter.text(info, "title").strip();
        String description = SchemaConverter.text(info, "description").strip();
        String docs = document.path("externalDocs").path("url").asString(null);
        // the default base, and the others that an imported operation uses (a skipped one may have added one)
        Map<String, String> bases = new LinkedHashMap<>(servers.baseUrls());
        bases.keySet().removeIf(key -> !key.equals(Servers.DEFAULT) && actions.stream()
                .noneMatch(a -> key.equals(a.requests().get(0).base())));
        Connector connector = new Connector(Connector.FORMAT, appName, title.isEmpty() ? appName : title,
                description.isEmpty() ? (title.isEmpty() ? "Imported from an OpenAPI document." : title) : description,
                info.path("x-logo").path("url").asString(null), docs == null ? List.of() : List.of(docs),
                bases, auth.auth(), servers.connectionFields(), withExplicitBases(actions, bases.size()), List.of(), null, null);
        return new ImportResult(connector, skipped);
    }

    /** The document as a tree, whatever its version and syntax; nothing is resolved and nothing fetched. */
    private static JsonNode parse(String content) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setResolveFully(false);
        options.setValidateExternalRefs(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(content, null, options);
        OpenAPI api = result == null ? null : result.getOpenAPI();
        if (api == null || api.getOpenapi() == null || !api.getOpenapi().startsWith("3.")) {
            List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
            throw new IllegalArgumentException("not an OpenAPI 3 document"
                    + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        try {
            // the parser's model, written back as JSON: one uniform tree for JSON and YAML, 3.0 and 3.1
            String json = (api.getSpecVersion() == SpecVersion.V31 ? Json31.mapper() : Json.mapper()).writeValueAsString(api);
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the document cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Security requirements name the scopes an operation needs; a connection asks for all of them. */
    private static void collectScopes(JsonNode security, Map<String, Set<String>> scopes) {
        for (JsonNode requirement : security) {
            requirement.properties().forEach(e -> {
                Set<String> set = scopes.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                e.getValue().forEach(s -> set.add(s.asString()));
            });
        }
    }

    /**
     * With several base URLs every request names its own: a connector's {@code base_urls} is
     * not kept in order once loaded, so "the first one" would not be a reliable default.
     */
    private static List<ActionSpec> withExplicitBases(List<ActionSpec> actions, int bases) {
        if (bases < 2) {
            return actions;
        }
        return actions.stream().map(a -> new ActionSpec(a.id(), a.title(), a.description(), a.annotations(), a.input(),
                a.output(), a.implementation(), a.requests().stream().map(r -> r.base() != null ? r : new RequestSpec(r.name(),
                        r.method(), Servers.DEFAULT, r.path(), r.url(), r.query(), r.headers(), r.body(), r.response(),
                        r.pagination())).toList(), a.result(), a.source())).toList();
    }
}
