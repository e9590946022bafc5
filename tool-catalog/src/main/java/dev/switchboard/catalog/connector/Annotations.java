package dev.switchboard.catalog.connector;

/**
 * The MCP tool annotations of an action.
 *
 * <pre>{@code
 * new Annotations(true, false, true, true);   // a read-only lookup on an external API
 * }</pre>
 */
public record Annotations(Boolean readOnly, Boolean destructive, Boolean idempotent, Boolean openWorld) {

    public static final Annotations DEFAULT = new Annotations(false, false, false, true);
}
