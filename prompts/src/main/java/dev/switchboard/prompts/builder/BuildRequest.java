package dev.switchboard.prompts.builder;

import java.util.List;

/**
 * What a user asks the builder for: a plain-language description of a flow.
 *
 * <pre>{@code
 * new BuildRequest("When a Kizeo form is finished, upload the PDF to Drive", "en", List.of("google_drive"));
 * }</pre>
 *
 * @param text the description, in English or French
 * @param language {@code "en"}, {@code "fr"}, or null to detect it from the text
 * @param appHints app ids the user expects to be used (may be empty); engines prefer them
 */
public record BuildRequest(String text, String language, List<String> appHints) {
    public BuildRequest {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("describe the flow to build (text is empty)");
        }
        appHints = appHints == null ? List.of() : List.copyOf(appHints);
    }

    public BuildRequest(String text) {
        this(text, null, List.of());
    }
}
