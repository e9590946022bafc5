package dev.switchboard.catalog.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the already converted members of an {@code allOf} into one schema, since not every
 * LLM provider accepts {@code allOf}: properties and required names are united, the first type
 * wins, later descriptions and other keywords win (the schema's own keywords come last).
 *
 * <pre>{@code
 * ObjectNode pet = AllOf.merge(List.of(resource, petFields), SchemaConverter.Mode.INPUT);
 * }</pre>
 */
final class AllOf {

    private AllOf() {
    }

    static ObjectNode merge(List<ObjectNode> parts, SchemaConverter.Mode mode) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        Set<String> required = new LinkedHashSet<>();
        JsonNode additional = null;
        for (ObjectNode part : parts) {
            for (Map.Entry<String, JsonNode> field : part.properties()) {
                switch (field.getKey()) {
                    case "properties" -> field.getValue().properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
                    case "required" -> field.getValue().forEach(r -> required.add(r.asString()));
                    case SchemaConverter.UNNAMED -> {
                        ArrayNode names = JsonNodeFactory.instance.arrayNode();
                        out.path(SchemaConverter.UNNAMED).forEach(names::add);
                        field.getValue().forEach(names::add);
                        out.set(SchemaConverter.UNNAMED, names);
                    }
                    case "additionalProperties" -> additional = opener(additional, field.getValue());
                    case "type" -> {
                        if (!out.has("type")) {
                            out.set("type", field.getValue());
                        }
                    }
                    default -> out.set(field.getKey(), field.getValue());
                }
            }
        }
        if (!properties.isEmpty()) {
            if (!out.has("type")) {
                out.put("type", "object");
            }
            out.set("properties", properties);
        }
        if (!required.isEmpty()) {
            out.set("required", JsonNodeFactory.instance.arrayNode().addAll(required.stream()
                    .map(JsonNodeFactory.instance::stringNode).toList()));
        }
        if (additional != null) {
            out.set("additionalProperties", additional);
        } else if (mode == SchemaConverter.Mode.INPUT && "object".equals(out.path("type").asString(null))) {
            out.put("additionalProperties", properties.isEmpty());
        }
        return out;
    }

    /**
     * The more open of two {@code additionalProperties}: a map schema over {@code true} over
     * {@code false}. A member that is open (a free-form object, or a placeholder for a deep one)
     * means the merged object may hold fields no member lists.
     */
    private static JsonNode opener(JsonNode current, JsonNode next) {
        if (current == null || current.isBoolean() && !current.asBoolean()) {
            return next;
        }
        if (current.isBoolean() && next.isObject()) {
            return next;
        }
        return current;
    }
}
