package dev.switchboard.catalog.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Follows {@code $ref}s inside the document being imported. Only local references
 * ({@code #/components/schemas/Pet}, {@code #/paths/~1pets/get/parameters/0}) are followed; a
 * remote one (another file, a URL) is never fetched: it makes the operation that needs it
 * {@link Unsupported}, so that importing a document sends no request anywhere.
 *
 * <pre>{@code
 * Refs refs = new Refs(documentTree);
 * JsonNode parameter = refs.follow(operation.path("parameters").get(0));   // the parameter itself, not its $ref
 * }</pre>
 */
final class Refs {

    /** Chains of references to references longer than this are treated as broken. */
    private static final int MAX_HOPS = 20;

    private final JsonNode document;

    Refs(JsonNode document) {
        this.document = document;
    }

    static boolean isRef(JsonNode node) {
        return node != null && node.isObject() && node.path("$ref").isString();
    }

    /** The node itself, or what its {@code $ref} (and any further {@code $ref}) points to. */
    JsonNode follow(JsonNode node) {
        JsonNode current = node;
        for (int hop = 0; isRef(current); hop++) {
            if (hop == MAX_HOPS) {
                throw new Unsupported("the $ref chain starting at '" + node.path("$ref").asString() + "' does not end");
            }
            current = target(current.path("$ref").asString());
        }
        return current;
    }

    /** The node a reference points to. */
    JsonNode target(String ref) {
        if (!ref.startsWith("#")) {
            throw new Unsupported("needs the remote $ref '" + ref + "' (remote references are never fetched)");
        }
        // the fragment is URI-encoded (%20); '+' is a plain character there, not a space
        String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        JsonNode target;
        try {
            target = pointer.isEmpty() ? document : document.at(pointer);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("the $ref '" + ref + "' is not a JSON pointer");
        }
        if (target.isMissingNode()) {
            throw new Unsupported("the $ref '" + ref + "' points to nothing in the document");
        }
        return target;
    }
}
