package dev.switchboard.catalog.action;

import dev.switchboard.catalog.connection.Connection;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One run of one action: which, with what input, with whose connection.
 *
 * <pre>{@code
 * new ActionCall("slack", "send_message", input, connection, "alice");
 * }</pre>
 *
 * @param connection null for apps that need none
 */
public record ActionCall(String app, String action, JsonNode input, Connection connection, String owner) {

    public ActionCall {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(owner, "owner");
    }
}
