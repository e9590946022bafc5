package dev.switchboard.catalog.action;

import tools.jackson.databind.JsonNode;

/**
 * An action written in Java, for what cannot be described as HTTP requests (JSONata, SMTP,
 * per-owner storage). Registered on the {@link ActionRunner} under {@code app.action}.
 *
 * <pre>{@code
 * runner.register("data", "parse_json", call -> ...);
 * }</pre>
 */
@FunctionalInterface
public interface ActionHandler {

    /** The output object; throw {@code ActionException} for failures the caller can act on. */
    JsonNode run(ActionCall call);
}
