package dev.switchboard.prompts.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt text kept as a resource under {@code prompts/}, rendered strictly: every
 * {@code {{name}}} must get a value and every value must be used, otherwise rendering fails
 * instead of sending a prompt with a hole in it. A variable is written without spaces
 * ({@code {{catalog}}}); flow templates such as {@code {{ trigger.id }}} have spaces and are
 * left as they are. Values are inserted once and never scanned again.
 *
 * <pre>{@code
 * String text = PromptTemplate.load("build-user.txt").render(Map.of("description", text, "language", "en"));
 * }</pre>
 */
public final class PromptTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");

    private final String name;
    private final String text;

    public PromptTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Reads {@code prompts/<file>} from the classpath. */
    public static PromptTemplate load(String file) {
        String path = "prompts/" + file;
        try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("prompt resource " + path + " is missing from the build");
            }
            return new PromptTemplate(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variables the text uses, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * @throws IllegalArgumentException when a variable has no value (or a null one), or a value
     *     names no variable of this template
     */
    public String render(Map<String, String> values) {
        Set<String> used = variables();
        Set<String> missing = new TreeSet<>();
        used.stream().filter(v -> values.get(v) == null).forEach(missing::add);
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(used);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("prompt " + name + ": "
                    + (missing.isEmpty() ? "" : "no value for " + missing)
                    + (!missing.isEmpty() && !unknown.isEmpty() ? ", " : "")
                    + (unknown.isEmpty() ? "" : "values for variables it does not have " + unknown));
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
