package dev.switchboard.catalog.connection;

import java.util.Collection;

/**
 * Replaces secret values in text that is about to leave the server (messages, logs).
 *
 * <pre>{@code
 * String safe = Masking.mask(message, credentials.secretValues());
 * }</pre>
 */
public final class Masking {

    private Masking() {
    }

    /** The text with every secret of 4 or more characters replaced by {@code ***}. */
    public static String mask(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "***");
            }
        }
        return out;
    }
}
