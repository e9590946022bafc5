package dev.switchboard.catalog.openapi;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How parameter values are written into the query and headers, following OpenAPI's
 * {@code style} and {@code explode}: arrays repeat the parameter ({@code form}, exploded, the
 * query default) or are joined with {@code ,}, a space or {@code |}; an exploded form object
 * spreads its members as parameters. Objects in other styles ({@code deepObject}) have no
 * template equivalent and make the operation unsupported.
 *
 * <pre>{@code
 * Styles.joined("opt_fields", ",");   // "{{= $join(input.opt_fields.$string(), \",\")}}"
 * }</pre>
 */
final class Styles {

    private Styles() {
    }

    /** A template joining the input array's items (numbers too) with a separator; absent when the input is. */
    static String joined(String input, String separator) {
        return "{{= $join(input." + input + ".$string(), \"" + separator + "\")}}";
    }

    /** The same for a path segment, whose items must be URL-encoded (the engine encodes only {name} placeholders). */
    static String joinedInPath(String input) {
        return "{{= $join(input." + input + ".$string().$encodeUrlComponent(), \",\")}}";
    }

    static void query(Map<String, JsonNode> query, JsonNode parameter, String name, String input, String type) {
        String style = parameter.path("style").asString("form");
        boolean explode = parameter.path("explode").asBoolean(style.equals("form"));
        String value = "{{input." + input + "}}";
        if (name.equals("*")) {
            throw new Unsupported("the query parameter is named '*', which connectors read as 'spread an object'");
        }
        if (parameter.has("content")) {
            // a value described by a media type (JSON, mostly): objects and arrays are sent as JSON text
            query.put(name, text(value));
            return;
        }
        switch (type) {
            case "array" -> {
                if (style.equals("form") && explode) {
                    query.put(name, text(value)); // the engine repeats the parameter for each item
                } else {
                    query.put(name, text(joined(input, separator(style, name))));
                }
            }
            case "object" -> {
                if (!style.equals("form") || !explode) {
                    throw new Unsupported("the query parameter '" + name + "' is an object in style " + style
                            + (style.equals("form") ? " without explode" : ""));
                }
                if (query.containsKey("*")) {
                    throw new Unsupported("two object query parameters to spread ('" + name + "' and another)");
                }
                query.put("*", text(value)); // each member becomes a parameter
            }
            default -> query.put(name, text(value));
        }
    }

    static String header(String name, String input, String type) {
        if (type.equals("object")) {
            throw new Unsupported("the header parameter '" + name + "' is an object");
        }
        return type.equals("array") ? joined(input, ",") : "{{input." + input + "}}";
    }

    private static String separator(String style, String name) {
        return switch (style) {
            case "form", "simple" -> ",";
            case "spaceDelimited" -> " ";
            case "pipeDelimited" -> "|";
            default -> throw new Unsupported("the query parameter '" + name + "' is an array in style " + style);
        };
    }

    private static JsonNode text(String template) {
        return JsonNodeFactory.instance.stringNode(template);
    }
}
