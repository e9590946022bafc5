package dev.switchboard.server.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is calling: the owner every object they create belongs to, and whether they administer
 * the server. Every tool handler receives one and checks ownership with it.
 *
 * <pre>{@code
 * Caller alice = Caller.user("alice");
 * alice.owns("alice");   // true
 * }</pre>
 */
public record Caller(String owner, boolean isAdmin) {

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9._@-]{1,200}");

    /** The owner name of the administrator and of stdio sessions (the local user). */
    public static final String ADMIN_OWNER = "admin";

    public Caller {
        Objects.requireNonNull(owner, "owner");
        if (!OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException(
                    "owner names use letters, digits and . _ @ - (1 to 200 characters), got '" + owner + "'");
        }
    }

    public static Caller admin() {
        return new Caller(ADMIN_OWNER, true);
    }

    public static Caller user(String owner) {
        return new Caller(owner, false);
    }

    /** Whether this caller may see or change an object of {@code objectOwner}. */
    public boolean owns(String objectOwner) {
        return isAdmin || owner.equals(objectOwner);
    }
}
