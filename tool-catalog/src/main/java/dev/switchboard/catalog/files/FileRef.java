package dev.switchboard.catalog.files;

import java.util.Objects;

/**
 * A file travelling between actions by reference: {@code {"file_id", "name", "mime", "size"}}.
 *
 * <pre>{@code
 * FileRef pdf = blobs.put("alice", "report.pdf", "application/pdf", bytes);
 * }</pre>
 */
public record FileRef(String fileId, String name, String mime, long size) {

    public FileRef {
        Objects.requireNonNull(fileId, "fileId");
        name = name == null || name.isBlank() ? "file" : name;
        mime = mime == null || mime.isBlank() ? "application/octet-stream" : mime;
    }
}
