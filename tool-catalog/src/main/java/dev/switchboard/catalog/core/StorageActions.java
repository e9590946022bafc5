package dev.switchboard.catalog.core;

import dev.switchboard.catalog.action.ActionCall;
import dev.switchboard.catalog.action.ActionRunner;
import dev.switchboard.catalog.engine.ActionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code storage.put}, {@code storage.get}, {@code storage.delete}: the caller's own keys only.
 *
 * <pre>{@code
 * StorageActions.register(runner, new KeyValueStore(dataSource));
 * }</pre>
 */
public final class StorageActions {

    static final int MAX_VALUE_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StorageActions() {
    }

    public static void register(ActionRunner runner, KeyValueStore store) {
        runner.register("storage", "put", call -> {
            String key = key(call);
            String json = call.input().path("value").toString();
            if (json.length() > MAX_VALUE_BYTES) {
                throw new ActionException(0, "the value is " + json.length() + " bytes; storage keeps values up to "
                        + MAX_VALUE_BYTES + " bytes (store files as files)");
            }
            boolean replaced = store.put(call.owner(), key, json);
            return JsonNodeFactory.instance.objectNode().put("key", key).put("replaced", replaced);
        });
        runner.register("storage", "get", call -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            var value = store.get(call.owner(), key(call));
            out.put("found", value.isPresent());
            JsonNode fallback = call.input().path("default");
            out.set("value", value.map(JSON::readTree).orElse(fallback.isMissingNode() ? JsonNodeFactory.instance.nullNode() : fallback));
            return out;
        });
        runner.register("storage", "delete", call ->
                JsonNodeFactory.instance.objectNode().put("deleted", store.delete(call.owner(), key(call))));
    }

    private static String key(ActionCall call) {
        String key = call.input().path("key").asString("");
        if (key.isEmpty() || key.length() > 200) {
            throw new ActionException(0, "key must be 1 to 200 characters");
        }
        return key;
    }
}
