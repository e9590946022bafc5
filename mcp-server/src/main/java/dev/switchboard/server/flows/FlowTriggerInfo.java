package dev.switchboard.server.flows;

import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code get_flow} shows under {@code trigger}: how the flow starts, told by the package that
 * runs triggers (which depends on this one, so it plugs in here). The flow given is already the
 * caller's own; the answer must hold no secret.
 *
 * <pre>{@code
 * extensions.addTools(new FlowTools(library, triggers.info()));
 * }</pre>
 */
@FunctionalInterface
public interface FlowTriggerInfo {

    /** The trigger of the flow's live version (or of its draft, while it has none), for the flow's owner. */
    ObjectNode describe(StoredFlow flow);
}
