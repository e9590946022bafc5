package dev.switchboard.catalog.openapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the names of an OpenAPI document (operation ids, paths, parameter names) into the
 * snake_case names tools and their inputs need, and keeps them unique and short.
 *
 * <pre>{@code
 * Names.snake("getIssueByKey");                  // "get_issue_by_key"
 * Names.fit("a_very_long_name…", 20);            // cut, with a hash of the whole name at the end
 * new Names.Unique().take("get_issue", 61);      // "get_issue", then "get_issue_2"
 * }</pre>
 */
final class Names {

    private static final int HASH_LENGTH = 6;

    private Names() {
    }

    /**
     * Lower snake_case of any text: word breaks at case changes ({@code issueIdOrKey},
     * {@code HTTPHeader}), anything but letters and digits becomes one underscore.
     */
    static String snake(String text) {
        if (text == null) {
            return "";
        }
        String split = text
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        return split.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** A readable sentence from a name, for properties the document leaves undescribed. */
    static String describe(String name) {
        String words = snake(name).replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "The value.";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    /**
     * The name itself when it fits, else its start followed by a short hash of the whole name,
     * so that two long names sharing a beginning stay apart and the result never changes.
     */
    static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String head = name.substring(0, max - HASH_LENGTH - 1).replaceAll("_+$", "");
        return head + "_" + hash(name);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Hands out names once: a name already taken gets {@code _2}, {@code _3}, … (still within the limit). */
    static final class Unique {

        private final Set<String> taken = new HashSet<>();

        /** Marks a name as used without handing it out (e.g. the input property {@code body}). */
        void reserve(String name) {
            taken.add(name);
        }

        boolean isTaken(String name) {
            return taken.contains(name);
        }

        String take(String wanted, int max) {
            String name = fit(wanted, max);
            for (int n = 2; !taken.add(name); n++) {
                String suffix = "_" + n;
                name = fit(wanted, max - suffix.length()) + suffix;
            }
            return name;
        }
    }
}
