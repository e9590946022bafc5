package dev.switchboard.catalog.action;

import dev.switchboard.catalog.connector.ActionSpec;
import dev.switchboard.catalog.connector.Catalog;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.engine.ActionException;
import dev.switchboard.catalog.engine.HttpEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Runs any action of the catalog: data-described ones through the {@link HttpEngine}, the others
 * through their registered {@link ActionHandler}.
 *
 * <pre>{@code
 * ActionRunner runner = new ActionRunner(catalog, engine);
 * JsonNode out = runner.run(new ActionCall("kizeo_forms", "get_all_forms", input, connection, "alice"));
 * }</pre>
 */
public final class ActionRunner {

    private final Catalog catalog;
    private final HttpEngine engine;
    private final Map<String, ActionHandler> handlers = new ConcurrentHashMap<>();

    public ActionRunner(Catalog catalog, HttpEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    public ActionRunner register(String app, String action, ActionHandler handler) {
        handlers.put(app + "." + action, handler);
        return this;
    }

    public boolean hasHandler(String app, String action) {
        return handlers.containsKey(app + "." + action);
    }

    public JsonNode run(ActionCall call) {
        Connector connector = catalog.connector(call.app())
                .orElseThrow(() -> new ActionException(0, "unknown app '" + call.app() + "'"));
        ActionSpec action = connector.action(call.action())
                .orElseThrow(() -> new ActionException(0, "app " + call.app() + " has no action '" + call.action() + "'"));
        if (action.isJava()) {
            ActionHandler handler = handlers.get(call.app() + "." + call.action());
            if (handler == null) {
                throw new ActionException(0, call.app() + "." + call.action() + " is not available on this server");
            }
            return handler.run(call);
        }
        return engine.execute(connector, action, call.input(), call.connection(), call.owner());
    }

    public Catalog catalog() {
        return catalog;
    }
}
