package dev.switchboard.catalog.connector;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads connector files and checks them: unknown fields, bad ids, missing bases, requests
 * without a method, schemas that are not objects. Every problem is reported at once, each with
 * the file and the place in it.
 *
 * <pre>{@code
 * Connector slack = ConnectorLoader.read("slack.json", in);
 * }</pre>
 */
public final class ConnectorLoader {

    public static final Pattern APP_ID = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    public static final Pattern ACTION_ID = Pattern.compile("[a-z][a-z0-9_]{0,60}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final Set<String> BODIES = Set.of("auto", "json", "form", "text", "file", "multipart_form", "multipart_related");
    private static final Set<String> PAGINGS = Set.of("cursor", "offset", "page", "next_url", "body_cursor");
    private static final Set<String> TRIGGER_TYPES = Set.of("webhook", "polling", "schedule", "manual");
    private static final Set<String> AUTH_TYPES = Set.of("api_key", "basic", "bearer", "oauth2_code",
            "oauth2_client_credentials", "none");
    /** Session logins the engine knows ({@code dev.switchboard.catalog.engine.SessionLogins}). */
    private static final Set<String> LOGINS = Set.of("ogust");

    public static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConnectorLoader() {
    }

    public static Connector read(String file, InputStream in) {
        Connector connector;
        try {
            connector = JSON.readValue(in, Connector.class);
        } catch (JacksonException e) {
            throw new InvalidConnectorException(file + ": " + e.getOriginalMessage());
        }
        List<String> problems = problems(connector);
        if (!problems.isEmpty()) {
            throw new InvalidConnectorException(file + ":\n  " + String.join("\n  ", problems));
        }
        return normalized(connector);
    }

    /** Every problem of a connector definition, empty when it is fine. */
    public static List<String> problems(Connector c) {
        List<String> problems = new ArrayList<>();
        if (!Connector.FORMAT.equals(c.format())) {
            problems.add("format must be \"" + Connector.FORMAT + "\"");
        }
        if (!APP_ID.matcher(c.app()).matches()) {
            problems.add("app '" + c.app() + "' must match " + APP_ID);
        }
        if (c.name() == null || c.description() == null) {
            problems.add("name and description are required");
        }
        for (AuthSpec auth : c.auth()) {
            if (!AUTH_TYPES.contains(auth.type())) {
                problems.add("auth type '" + auth.type() + "' must be one of " + AUTH_TYPES);
            }
            if (auth.login() != null && !(LOGINS.contains(auth.login()) && "basic".equals(auth.type()))) {
                problems.add("auth login '" + auth.login() + "' must be one of " + LOGINS + ", on a basic auth");
            }
        }
        Set<String> ids = new HashSet<>();
        for (ActionSpec action : c.actions()) {
            String where = "actions[" + action.id() + "]";
            if (!ids.add(action.id())) {
                problems.add(where + ": duplicate id");
            }
            if (!ACTION_ID.matcher(action.id()).matches()) {
                problems.add(where + ": id must match " + ACTION_ID);
            }
            if ((c.app() + "__" + action.id()).length() > 64) {
                problems.add(where + ": the tool name " + c.app() + "__" + action.id() + " is longer than 64 characters");
            }
            if (action.title() == null || action.description() == null) {
                problems.add(where + ": title and description are required");
            }
            if (action.input() == null || !"object".equals(action.input().path("type").asString(null))) {
                problems.add(where + ": input must be a JSON Schema of type object");
            }
            if (!action.isJava() && action.requests().isEmpty()) {
                problems.add(where + ": needs requests, or \"implementation\": \"java\"");
            }
            for (RequestSpec request : action.requests()) {
                checkRequest(c, where, request, problems);
            }
        }
        if (c.test() != null) {
            checkRequest(c, "test", c.test(), problems);
        }
        Set<String> triggerIds = new HashSet<>();
        for (TriggerSpec trigger : c.triggers()) {
            String where = "triggers[" + trigger.id() + "]";
            if (!triggerIds.add(trigger.id())) {
                problems.add(where + ": duplicate id");
            }
            if (!TRIGGER_TYPES.contains(trigger.type())) {
                problems.add(where + ": type must be one of " + TRIGGER_TYPES);
            }
            if ("polling".equals(trigger.type())) {
                if (trigger.poll() == null || trigger.poll().request() == null
                        || trigger.poll().items() == null && trigger.poll().map() == null || trigger.poll().key() == null) {
                    problems.add(where + ": polling needs poll.request, poll.items (or poll.map) and poll.key");
                } else {
                    checkRequest(c, where, trigger.poll().request(), problems);
                }
            }
            if (trigger.subscribe() != null) {
                checkRequest(c, where + ".subscribe", trigger.subscribe(), problems);
            }
            if (trigger.unsubscribe() != null) {
                checkRequest(c, where + ".unsubscribe", trigger.unsubscribe(), problems);
            }
        }
        return problems;
    }

    private static void checkRequest(Connector c, String where, RequestSpec request, List<String> problems) {
        if (request.method() == null || !METHODS.contains(request.method()) && !request.method().startsWith("{{")) {
            problems.add(where + ": method must be one of " + METHODS);
        }
        if (request.url() == null && request.path() == null) {
            problems.add(where + ": a request needs a path (or an absolute url)");
        }
        if (request.url() == null && (request.base() != null ? !c.baseUrls().containsKey(request.base()) : c.baseUrls().isEmpty())) {
            problems.add(where + ": base '" + request.base() + "' is not in base_urls " + c.baseUrls().keySet());
        }
        if (request.body() != null && !BODIES.contains(request.body().type())) {
            problems.add(where + ": body type must be one of " + BODIES);
        }
        if (request.pagination() != null && !PAGINGS.contains(request.pagination().type())) {
            problems.add(where + ": pagination type must be one of " + PAGINGS);
        }
        if (request.pagination() != null && "body_cursor".equals(request.pagination().type())) {
            if (request.pagination().nextRequest() == null || request.pagination().next() == null) {
                problems.add(where + ": body_cursor pagination needs next (the cursor's path) and next_request");
            } else {
                checkRequest(c, where + ".pagination.next_request", request.pagination().nextRequest(), problems);
            }
        }
    }

    /** Makes every object schema closed ({@code additionalProperties: false}) unless it says otherwise. */
    private static Connector normalized(Connector c) {
        List<ActionSpec> actions = c.actions().stream().map(a -> new ActionSpec(a.id(), a.title(), a.description(),
                a.annotations(), closeObjects(a.input()), a.output(), a.implementation(), a.requests(), a.result(),
                a.source())).toList();
        return new Connector(c.format(), c.app(), c.name(), c.description(), c.icon(), c.sources(), c.baseUrls(),
                c.auth(), c.connectionFields(), actions, c.triggers(), c.error(), c.test(), c.notes());
    }

    static JsonNode closeObjects(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        ObjectNode copy = (ObjectNode) schema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if ("object".equals(object.path("type").asString(null)) && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                close(field.getValue());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ConnectorLoader::close);
        }
    }
}
