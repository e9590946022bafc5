package dev.switchboard.catalog.engine;

import dev.switchboard.catalog.files.BlobStore;
import java.util.Base64;
import java.util.Map;

/**
 * The expression functions that read files, for request bodies that carry a file's bytes inside
 * JSON (Outlook's {@code contentBytes}, a Gmail MIME message): {@code $base64(file)} and
 * {@code $base64url(file)} take a file reference ({@code {"file_id", …}}) and read the bytes from
 * the owner's blob store, never another owner's.
 *
 * <pre>{@code
 * {"contentBytes": "{{= $base64(input.attachment)}}"}
 * }</pre>
 */
public final class FileFunctions {

    private final BlobStore blobs;
    private final String owner;

    public FileFunctions(BlobStore blobs, String owner) {
        this.blobs = blobs;
        this.owner = owner;
    }

    /** Standard base64 with padding (RFC 4648 section 4). */
    String base64(Object file) {
        return Base64.getEncoder().encodeToString(bytes(file));
    }

    /** URL-safe base64 without padding (RFC 4648 section 5). */
    String base64url(Object file) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(file));
    }

    private byte[] bytes(Object file) {
        Object id = file instanceof Map<?, ?> ref ? ref.get("file_id") : null;
        if (!(id instanceof String fileId)) {
            throw new ActionException(0, "$base64 needs a file reference {\"file_id\", \"name\", \"mime\", \"size\"} "
                    + "from an earlier step");
        }
        return blobs.read(owner, fileId).orElseThrow(() -> new ActionException(0,
                "file " + fileId + " does not exist or is not yours"));
    }
}
