package dev.switchboard.prompts.builder;

import java.util.List;

/**
 * Something the builder could not know and will not invent (which form, which folder, which
 * connection). The draft holds a placeholder (see {@link Placeholders}) at {@code pointer}
 * until the question is answered.
 *
 * <pre>{@code
 * new Question("form_id", "/trigger/params/form_id", "Which Kizeo form starts the flow?", List.of());
 * }</pre>
 *
 * @param name short id of the answer, unique in one draft, e.g. {@code form_id}
 * @param pointer RFC 6901 pointer to the placeholder in the flow definition
 * @param question the question to show to the user, in the request's language
 * @param choices known possible answers (may be empty)
 */
public record Question(String name, String pointer, String question, List<String> choices) {
    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
