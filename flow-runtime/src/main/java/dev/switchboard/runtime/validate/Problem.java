package dev.switchboard.runtime.validate;

import java.util.List;

/**
 * One thing wrong with a flow definition.
 *
 * <pre>{@code
 * new Problem("/steps/0/action", "unknown_action", "kizeo_forms has no action 'downlod_pdf'",
 *         List.of("kizeo_forms.download_standard_pdf"));
 * }</pre>
 *
 * @param pointer RFC 6901 pointer to the offending value in the definition ("" for the whole)
 * @param code stable machine-readable code, e.g. {@code unknown_action}; listed in docs/flow-format.md
 * @param message what is wrong and what to do about it
 * @param suggestions "did you mean" candidates, best first; may be empty
 */
public record Problem(String pointer, String code, String message, List<String> suggestions) {
    public Problem {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
