package dev.switchboard.prompts.builder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders stand in a draft for values only the user knows. A placeholder is the whole
 * string {@code "<ask:NAME>"}, where NAME is the {@link Question#name()} that asks for it.
 * They are never templates, so the runtime never evaluates them, and the builder reports them
 * as questions instead of inventing ids.
 *
 * <pre>{@code
 * String value = Placeholders.of("form_id");          // "<ask:form_id>"
 * Placeholders.name("<ask:form_id>");                 // Optional[form_id]
 * }</pre>
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("<ask:([a-z0-9_]{1,64})>");

    private Placeholders() {
    }

    public static String of(String name) {
        return "<ask:" + name + ">";
    }

    public static Optional<String> name(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
