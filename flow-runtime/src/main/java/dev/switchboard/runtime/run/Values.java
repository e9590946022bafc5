package dev.switchboard.runtime.run;

import dev.switchboard.catalog.files.BlobStore;
import dev.switchboard.catalog.files.FileRef;
import dev.switchboard.runtime.flow.Flows;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * How step values are stored: secrets of the connection redacted, values larger than the
 * inline limit moved to the owner's blob store and kept as {@code {"$blob": {file_id, …}}},
 * and how much of the run's size budget a value uses (its JSON plus the files it refers to).
 *
 * <pre>{@code
 * JsonNode stored = values.store("alice", "run-1/upload", values.redact(output, secrets));
 * JsonNode back = values.load("alice", stored);
 * }</pre>
 */
public final class Values {

    public static final String REDACTED = "[redacted]";
    private static final String BLOB = "$blob";

    private final BlobStore blobs;
    private final int inlineBytes;

    /** @param blobs null to keep everything inline */
    public Values(BlobStore blobs, int inlineBytes) {
        this.blobs = blobs;
        this.inlineBytes = inlineBytes;
    }

    /** The value with every occurrence of a secret (4 characters or more) replaced. */
    public JsonNode redact(JsonNode value, List<String> secrets) {
        if (value == null || secrets.stream().noneMatch(s -> s != null && s.length() >= 4)) {
            return value;
        }
        if (value.isString()) {
            String text = value.asString();
            for (String s : secrets) {
                if (s != null && s.length() >= 4) {
                    text = text.replace(s, REDACTED);
                }
            }
            return StringNode.valueOf(text);
        }
        if (value.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            value.forEach(v -> a.add(redact(v, secrets)));
            return a;
        }
        if (value.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                o.set(e.getKey(), redact(e.getValue(), secrets));
            }
            return o;
        }
        return value;
    }

    /** The value as it is persisted: inline, or by reference when large. */
    public JsonNode store(String owner, String name, JsonNode value) {
        if (value == null || blobs == null) {
            return value;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= inlineBytes) {
            return value;
        }
        FileRef ref = blobs.put(owner, name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json", "application/json", bytes);
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        ObjectNode r = marker.putObject(BLOB);
        r.put("file_id", ref.fileId()).put("name", ref.name()).put("mime", ref.mime()).put("size", ref.size());
        return marker;
    }

    /** The persisted value read back (a blob reference is resolved). */
    public JsonNode load(String owner, JsonNode stored) {
        if (stored != null && stored.isObject() && stored.size() == 1 && stored.has(BLOB) && blobs != null) {
            String id = stored.get(BLOB).path("file_id").asString();
            byte[] bytes = blobs.read(owner, id).orElseThrow(() -> new IllegalStateException("stored step value " + id + " is gone"));
            return Flows.JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        }
        return stored;
    }

    /** Bytes the value counts against the run's budget: its JSON plus the size of every file it refers to. */
    public static long size(JsonNode value) {
        if (value == null) {
            return 0;
        }
        return value.toString().length() + files(value);
    }

    private static long files(JsonNode v) {
        long total = 0;
        if (v.isObject()) {
            if (v.has("file_id") && v.path("size").isNumber()) {
                total += v.get("size").asLong();
            }
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                total += files(e.getValue());
            }
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                total += files(e);
            }
        }
        return total;
    }
}
