package dev.switchboard.catalog.openapi;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Annotations;
import dev.switchboard.catalog.connector.RequestSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps one OpenAPI operation to one action: its path, query and header parameters become input
 * properties with safe snake_case names (the request sends them under their real names), the
 * request body becomes {@code body} (or {@code file}), the success response gives the output.
 *
 * <pre>{@code
 * OperationMapper operations = new OperationMapper(refs, schemas, actionIds, 61);
 * ActionSpec action = operations.map("GET", "/issues/{issueIdOrKey}", pathItem, operation, null);
 * action.requests().get(0).path();   // "/issues/{issue_id_or_key}"
 * }</pre>
 */
final class OperationMapper {

    /** Header parameters that OpenAPI says to ignore: the engine and the connection set them. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final int PROPERTY_MAX = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Refs refs;
    private final SchemaConverter schemas;
    private final Names.Unique actionIds;
    private final int idMax;

    /**
     * @param idMax the longest action id that keeps {@code <app>__<id>} a valid tool name
     */
    OperationMapper(Refs refs, SchemaConverter schemas, Names.Unique actionIds, int idMax) {
        this.refs = refs;
        this.schemas = schemas;
        this.actionIds = actionIds;
        this.idMax = idMax;
    }

    /** The action; throws {@link Unsupported} when the operation cannot be expressed. */
    ActionSpec map(String method, String path, JsonNode pathItem, JsonNode operation, String base) {
        if (path.contains("{{") || path.contains("}}")) {
            throw new Unsupported("the path contains '{{' or '}}', which connectors read as templates");
        }
        ObjectNode properties = NODES.objectNode();
        List<String> required = new ArrayList<>();
        Names.Unique inputs = new Names.Unique();
        BodyMapper.Body body = operation.has("requestBody")
                ? BodyMapper.map(refs.follow(operation.get("requestBody")), schemas, refs) : null;
        if (body != null) {
            inputs.reserve(body.input());
        }
        Map<String, String> pathValues = new HashMap<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        Map<String, JsonNode> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(pathItem, operation).values()) {
            String name = SchemaConverter.text(parameter, "name");
            String in = SchemaConverter.text(parameter, "in");
            if (in.equals("header") && IGNORED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    || in.equals("path") && !path.contains("{" + name + "}")) {
                continue;
            }
            if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
                throw new Unsupported(in + " parameter '" + name + "' (connectors send only path, query and header parameters)");
            }
            ObjectNode schema = schemas.convert(parameterSchema(parameter), SchemaConverter.Mode.INPUT);
            describe(schema, parameter, name);
            String input = inputName(inputs, name, in);
            properties.set(input, schema);
            if (in.equals("path") || parameter.path("required").asBoolean(false)) {
                required.add(input);
            }
            String type = schema.path("type").asString("");
            switch (in) {
                case "path" -> pathValues.put(name, pathValue(name, input, type));
                case "header" -> headers.put(name, NODES.stringNode(Styles.header(name, input, type)));
                default -> Styles.query(query, parameter, name, input, type);
            }
        }
        String requestPath = path(path, pathValues, inputs, properties, required);
        if (body != null) {
            properties.set(body.input(), body.schema());
            if (body.required()) {
                required.add(body.input());
            }
        }
        ObjectNode input = NODES.objectNode().put("type", "object");
        input.set("properties", properties);
        if (!required.isEmpty()) {
            input.set("required", NODES.arrayNode().addAll(required.stream().map(NODES::stringNode).toList()));
        }
        input.put("additionalProperties", false);
        ResponseMapper.Response response = ResponseMapper.map(operation.path("responses"), schemas, refs);
        RequestSpec request = new RequestSpec(null, method, base, requestPath, null, query, headers,
                body == null ? null : body.spec(), response.spec(), null);
        String summary = SchemaConverter.text(operation, "summary").strip();
        String description = SchemaConverter.text(operation, "description").strip();
        String fallback = method + " " + path;
        String title = summary.isEmpty() ? fallback : summary;
        String text = !description.isEmpty() ? description : title;
        if (operation.path("deprecated").asBoolean(false)) {
            text = "Deprecated. " + text;
        }
        String source = operation.path("externalDocs").path("url").asString(null);
        // the id is taken last, so that an operation found unsupported above leaves no gap in the numbering
        return new ActionSpec(actionId(method, path, operation), title, text, annotations(method), input,
                response.output(), null, List.of(request), null, source);
    }

    /** Path-level parameters, overridden by the operation's own (same name and location). */
    private Map<String, JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode p = refs.follow(parameter);
                all.put(SchemaConverter.text(p, "in") + ":" + SchemaConverter.text(p, "name"), p);
            }
        }
        return all;
    }

    /** The schema, or for a parameter described by {@code content} the schema of its (single) media type. */
    private static JsonNode parameterSchema(JsonNode parameter) {
        if (parameter.has("schema")) {
            return parameter.get("schema");
        }
        for (JsonNode media : parameter.path("content")) {
            return media.path("schema");
        }
        return NODES.objectNode().put("type", "string");
    }

    private static void describe(ObjectNode schema, JsonNode parameter, String name) {
        String description = SchemaConverter.text(parameter, "description").strip();
        if (description.isEmpty()) {
            description = SchemaConverter.text(schema, "description").strip();
        }
        if (description.isEmpty()) {
            description = Names.describe(name);
        }
        if (parameter.path("deprecated").asBoolean(false) && !description.startsWith("Deprecated.")) {
            description = "Deprecated. " + description;
        }
        schema.put("description", description);
    }

    /** A snake_case name; a clash (the same name in the query and a header) takes the location as suffix. */
    private static String inputName(Names.Unique inputs, String name, String in) {
        String wanted = Names.snake(name);
        if (wanted.isEmpty() || !Character.isLetter(wanted.charAt(0))) {
            wanted = "p_" + wanted;
        }
        if (inputs.isTaken(Names.fit(wanted, PROPERTY_MAX))) {
            wanted = wanted + "_" + in;
        }
        return inputs.take(wanted, PROPERTY_MAX);
    }

    private static String pathValue(String name, String input, String type) {
        if (type.equals("object")) {
            throw new Unsupported("the path parameter '" + name + "' is an object");
        }
        // the engine fills {name} from the input of the same name, URL-encoded
        return type.equals("array") ? Styles.joinedInPath(input) : "{" + input + "}";
    }

    /** The path with safe placeholders; a placeholder no parameter declares becomes a required text input. */
    private static String path(String path, Map<String, String> values, Names.Unique inputs, ObjectNode properties,
            List<String> required) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                String input = inputName(inputs, name, "path");
                properties.putObject(input).put("type", "string").put("description", Names.describe(name));
                required.add(input);
                value = "{" + input + "}";
                values.put(name, value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String actionId(String method, String path, JsonNode operation) {
        String wanted = Names.snake(SchemaConverter.text(operation, "operationId"));
        if (wanted.isEmpty()) {
            wanted = Names.snake(method + " " + path);
        }
        if (wanted.isEmpty() || !Character.isLetter(wanted.charAt(0))) {
            wanted = "op_" + wanted;
        }
        return actionIds.take(wanted, idMax);
    }

    private static Annotations annotations(String method) {
        return switch (method) {
            case "GET", "HEAD" -> new Annotations(true, false, true, true);
            case "PUT" -> new Annotations(false, false, true, true);
            case "DELETE" -> new Annotations(false, true, true, true);
            default -> new Annotations(false, false, false, true);
        };
    }
}
