package dev.switchboard.server.flows;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A flow as stored: its draft and, once published, the number of its live version.
 *
 * <pre>{@code
 * StoredFlow flow = store.find(id).orElseThrow();
 * if (flow.live()) serve("flow__" + flow.slug());
 * }</pre>
 *
 * @param slug the tool-name part, {@code ^[a-z0-9_-]{1,58}$}, unique per owner; stays when the name changes
 * @param latestVersion the live published version, null while the flow was never published
 */
public record StoredFlow(String id, String owner, String name, String slug, String folder, JsonNode draft, boolean enabled,
        Integer latestVersion, Instant createdAt, Instant updatedAt) {

    /** Published and enabled: served as the tool {@code flow__<slug>}. */
    public boolean live() {
        return enabled && latestVersion != null;
    }

    /** {@code draft} (never published), {@code disabled} or {@code published}. */
    public String status() {
        return latestVersion == null ? "draft" : enabled ? "published" : "disabled";
    }

    public String toolName() {
        return "flow__" + slug;
    }
}
