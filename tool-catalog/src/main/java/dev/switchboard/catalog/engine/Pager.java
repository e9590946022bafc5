package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.connection.Connection;
import dev.switchboard.catalog.connector.Connector;
import dev.switchboard.catalog.connector.PaginationSpec;
import dev.switchboard.catalog.connector.RequestSpec;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads every page of a paginated request and gathers the items into {@code items}. */
final class Pager {

    private final HttpEngine engine;
    private final Connector connector;
    private final RequestSpec spec;
    private final JsonNode context;
    private final Connection connection;
    private final String owner;
    private final PaginationSpec paging;

    Pager(HttpEngine engine, Connector connector, RequestSpec spec, JsonNode context, Connection connection, String owner) {
        this.engine = engine;
        this.connector = connector;
        this.spec = spec;
        this.context = context;
        this.connection = connection;
        this.owner = owner;
        this.paging = spec.pagination();
    }

    ObjectNode all() {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        int size = paging.size() == null ? 100 : paging.size();
        long position = paging.start() != null ? paging.start() : ("page".equals(paging.type()) ? 1 : 0);
        String cursor = null;
        URI nextUrl = null;
        ObjectNode last = null;
        for (int page = 0; page < paging.pageLimit(); page++) {
            Map<String, String> query = new LinkedHashMap<>();
            switch (paging.type()) {
                case "cursor" -> {
                    if (cursor != null) {
                        query.put(paging.param(), cursor);
                    }
                }
                case "offset", "page" -> {
                    query.put(paging.param(), String.valueOf(position));
                    if (paging.sizeParam() != null) {
                        query.put(paging.sizeParam(), String.valueOf(size));
                    }
                }
                case "next_url", "body_cursor" -> {
                }
                default -> throw new ActionException(0, "unknown pagination type '" + paging.type() + "'");
            }
            if ("body_cursor".equals(paging.type()) && cursor != null) {
                last = engine.send(connector, paging.nextRequest(), withCursor(cursor), connection, owner, query, null);
            } else {
                last = engine.send(connector, spec, context, connection, owner, query, nextUrl);
            }
            JsonNode pageItems = JsonPaths.read(last, paging.items());
            int count = 0;
            if (pageItems.isArray()) {
                for (JsonNode item : pageItems) {
                    items.add(item);
                    count++;
                }
            }
            boolean more;
            switch (paging.type()) {
                case "cursor", "body_cursor" -> {
                    JsonNode next = JsonPaths.read(last, paging.next());
                    cursor = next.isMissingNode() || next.isNull() ? null : Template.asText(next);
                    more = cursor != null && !cursor.isEmpty()
                            && (paging.more() == null || JsonPaths.read(last, paging.more()).asBoolean(false));
                }
                case "offset" -> {
                    position += count;
                    more = count > 0 && count >= size;
                }
                case "page" -> {
                    position += 1;
                    more = count > 0 && count >= size;
                }
                default -> {
                    JsonNode next = JsonPaths.read(last, paging.next());
                    // Salesforce's nextRecordsUrl is relative: resolve it against the request's own URL
                    nextUrl = next.isMissingNode() || next.asString("").isEmpty() ? null
                            : URI.create(last.path("url").asString()).resolve(next.asString());
                    more = nextUrl != null;
                }
            }
            if (!more) {
                break;
            }
        }
        last.set("items", items);
        return last;
    }

    /** The context plus {@code page.cursor}, for the request of a later page. */
    private ObjectNode withCursor(String cursor) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        context.properties().forEach(e -> copy.set(e.getKey(), e.getValue()));
        copy.putObject("page").put("cursor", cursor);
        return copy;
    }
}
