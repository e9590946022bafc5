package dev.switchboard.server.templates;

import dev.switchboard.server.mcp.ArgumentCheck;
import dev.switchboard.server.mcp.ToolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flow templates shipped in the jar ({@code templates/index.txt} lists the files), found by
 * app or word and turned into flow definitions with the caller's parameters.
 *
 * <pre>{@code
 * TemplateCatalog templates = TemplateCatalog.load();
 * List<Template> forSlack = templates.search("slack", null);
 * JsonNode flow = templates.instantiate(forSlack.get(0), Map.of("form_id", "923838", "channel", "C0123"));
 * }</pre>
 */
public final class TemplateCatalog {

    /** {@code {{param.x}}}, spaces allowed inside the braces. */
    static final Pattern SLOT = Pattern.compile("\\{\\{\\s*param\\.([a-z][a-z0-9_]*)\\s*\\}\\}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Template> templates;
    private final ArgumentCheck check = new ArgumentCheck();

    TemplateCatalog(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates in the jar, in the order of the index. */
    public static TemplateCatalog load() {
        List<Template> out = new ArrayList<>();
        for (String line : resource("templates/index.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(parse(JSON.readTree(resource("templates/" + id + ".json"))));
            }
        }
        return new TemplateCatalog(out);
    }

    static Template parse(JsonNode node) {
        List<String> apps = new ArrayList<>();
        node.path("apps").forEach(a -> apps.add(a.asString()));
        return new Template(node.path("id").asString(null), node.path("title").asString(null), node.path("description").asString(null),
                node.path("title_fr").asString(null), node.path("description_fr").asString(null), apps,
                node.get("parameters"), node.get("flow"));
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Templates using the app (when given) whose id, titles or descriptions contain the word, in any case and accents. */
    public List<Template> search(String app, String word) {
        String wanted = word == null || word.isBlank() ? null : plain(word.strip());
        return templates.stream()
                .filter(t -> app == null || app.isBlank() || t.apps().contains(app.strip()))
                .filter(t -> wanted == null || plain(String.join(" ", t.id(), t.title(), t.description(),
                        t.titleFr() == null ? "" : t.titleFr(), t.descriptionFr() == null ? "" : t.descriptionFr())).contains(wanted))
                .toList();
    }

    /**
     * The template's flow with the parameters in its slots, defaults filled in. Missing or invalid
     * parameters are refused with an error naming each one.
     */
    public JsonNode instantiate(Template template, Map<String, Object> parameters) {
        ObjectNode values = JSON.valueToTree(parameters == null ? Map.of() : parameters);
        JsonNode properties = template.parameters().path("properties");
        for (String name : properties.propertyNames()) {
            if (!values.has(name) && properties.get(name).has("default")) {
                values.set(name, properties.get(name).get("default"));
            }
        }
        List<String> missing = new ArrayList<>();
        template.parameters().path("required").forEach(r -> {
            if (!values.has(r.asString())) {
                missing.add(r.asString());
            }
        });
        if (!missing.isEmpty()) {
            throw new ToolException("Template '" + template.id() + "' needs these parameters: " + String.join(", ", missing)
                    + ". list_templates describes each one.");
        }
        @SuppressWarnings("unchecked")
        List<String> problems = check.problems(JSON.convertValue(template.parameters(), Map.class), JSON.convertValue(values, Map.class));
        for (String name : values.propertyNames()) {
            if (values.get(name).isString() && values.get(name).asString().matches("(?s).*(\\{\\{|\\}\\}).*")) {
                problems = new ArrayList<>(problems);
                problems.add(name + ": must not contain {{ or }}");
            }
        }
        if (!problems.isEmpty()) {
            throw new ToolException("These parameters of template '" + template.id() + "' are not valid: " + String.join("; ", problems)
                    + ". list_templates describes each one.");
        }
        return fill(template.flow(), values);
    }

    private static JsonNode fill(JsonNode node, ObjectNode values) {
        if (node.isString()) {
            String text = node.asString();
            Matcher whole = SLOT.matcher(text);
            if (whole.matches()) {
                return values.has(whole.group(1)) ? values.get(whole.group(1)).deepCopy() : JSON.nullNode();
            }
            // an optional parameter left out leaves its slot empty
            return JSON.getNodeFactory().stringNode(SLOT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                    values.has(m.group(1)) ? values.get(m.group(1)).asString("") : "")));
        }
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.properties().forEach(e -> out.set(e.getKey(), fill(e.getValue(), values)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(item -> out.add(fill(item, values)));
            return out;
        }
        return node;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String resource(String path) {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
