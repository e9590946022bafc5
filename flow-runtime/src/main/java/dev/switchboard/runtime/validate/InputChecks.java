package dev.switchboard.runtime.validate;

import dev.switchboard.catalog.search.Suggestions;
import dev.switchboard.runtime.expr.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks an input object against the top level of an action's (or trigger's) input schema. */
final class InputChecks {

    private InputChecks() {
    }

    static void check(JsonNode schema, JsonNode input, String pointer, String what, FlowValidator.Report report) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        if (input != null && input.isString() && Templates.isWholeTemplate(input.asString())) {
            return; // the whole input comes from an expression: its shape is known only at run time
        }
        if (input != null && !input.isNull() && !input.isObject()) {
            report.add(pointer, "type_mismatch", what + " takes an object as input", List.of());
            return;
        }
        JsonNode properties = schema.path("properties");
        List<String> names = properties.isObject() ? new ArrayList<>(properties.propertyNames()) : List.of();
        for (JsonNode required : schema.path("required")) {
            String field = required.asString();
            JsonNode value = input == null ? null : input.get(field);
            if (value == null || value.isNull()) {
                List<String> near = new ArrayList<>();
                if (input != null) {
                    input.propertyNames().stream().filter(f -> !names.contains(f))
                            .filter(f -> !Suggestions.closest(f, List.of(field)).isEmpty()).forEach(near::add);
                }
                report.add(pointer + "/" + Templates.escape(field), "missing_input", what + " requires '" + field + "'"
                        + (near.isEmpty() ? "" : " (did you mean to name '" + near.get(0) + "' so?)")
                        + description(properties.path(field)), near);
            }
        }
        if (input == null || !input.isObject()) {
            return;
        }
        // Connector schemas are closed unless they say otherwise (docs/connector-format.md).
        JsonNode additional = schema.path("additionalProperties");
        boolean closed = !(additional.isObject() || additional.isBoolean() && additional.asBoolean());
        for (Map.Entry<String, JsonNode> e : input.properties()) {
            JsonNode property = properties.get(e.getKey());
            String at = pointer + "/" + Templates.escape(e.getKey());
            if (property == null) {
                if (closed || !names.isEmpty() && !Suggestions.closest(e.getKey(), names).isEmpty()) {
                    report.add(at, "unknown_input", what + " has no input '" + e.getKey() + "'; it takes " + String.join(", ", names),
                            Suggestions.closest(e.getKey(), names));
                }
                continue;
            }
            type(property, e.getValue(), at, what + " input '" + e.getKey() + "'", report);
        }
    }

    /** A literal (template-free) value checked against the property's {@code type} and {@code enum}. */
    private static void type(JsonNode property, JsonNode value, String at, String what, FlowValidator.Report report) {
        if (!Templates.isLiteral(value)) {
            return;
        }
        JsonNode type = property.get("type");
        if (type != null) {
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asString()));
            } else {
                types.add(type.asString());
            }
            if (types.stream().noneMatch(t -> matches(t, value))) {
                report.add(at, "type_mismatch", what + " must be " + String.join(" or ", types) + ", not " + kind(value), List.of());
                return;
            }
        }
        JsonNode allowed = property.get("enum");
        if (allowed != null && allowed.isArray()) {
            boolean found = false;
            List<String> options = new ArrayList<>();
            for (JsonNode option : allowed) {
                found |= option.equals(value);
                options.add(option.asString());
            }
            if (!found) {
                List<String> near = Suggestions.closest(value.asString(""), options);
                report.add(at, "type_mismatch", what + " must be one of " + options, near.isEmpty() ? options : near);
            }
        }
    }

    private static boolean matches(String type, JsonNode v) {
        return switch (type) {
            case "string" -> v.isString();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "null" -> v.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode v) {
        if (v.isString()) {
            return "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.isObject() ? "an object" : "null";
    }

    private static String description(JsonNode property) {
        JsonNode d = property.get("description");
        return d == null ? "" : ": " + d.asString();
    }
}
