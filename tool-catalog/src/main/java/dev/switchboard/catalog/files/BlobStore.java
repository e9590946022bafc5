package dev.switchboard.catalog.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files on disk, one folder per owner: an owner can only read the files stored under their
 * name, so a file id leaked to someone else is useless to them.
 *
 * <pre>{@code
 * BlobStore blobs = new BlobStore(dataDir.resolve("blobs"));
 * FileRef ref = blobs.put("alice", "a.pdf", "application/pdf", bytes);
 * byte[] same = blobs.read("alice", ref.fileId()).orElseThrow();
 * }</pre>
 */
public final class BlobStore {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@-]{1,200}");

    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
    }

    public FileRef put(String owner, String name, String mime, byte[] bytes) {
        String id = UUID.randomUUID().toString();
        Path folder = folder(owner);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(id), bytes);
            Files.writeString(folder.resolve(id + ".meta"), (mime == null ? "" : mime) + "\n" + (name == null ? "" : name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the file: " + e.getMessage(), e);
        }
        return new FileRef(id, name, mime, bytes.length);
    }

    /** The file's bytes, or empty when the owner has no file with that id. */
    public Optional<byte[]> read(String owner, String fileId) {
        if (fileId == null || !fileId.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        Path file = folder(owner).resolve(fileId);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The stored reference (name, mime, size) of a file, or empty. */
    public Optional<FileRef> describe(String owner, String fileId) {
        if (fileId == null || !fileId.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        Path folder = folder(owner);
        try {
            if (!Files.isRegularFile(folder.resolve(fileId))) {
                return Optional.empty();
            }
            String[] meta = Files.readString(folder.resolve(fileId + ".meta")).split("\n", 2);
            return Optional.of(new FileRef(fileId, meta.length > 1 ? meta[1] : null, meta[0],
                    Files.size(folder.resolve(fileId))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private Path folder(String owner) {
        if (!SAFE.matcher(owner).matches()) {
            throw new IllegalArgumentException("bad owner name");
        }
        return root.resolve(owner);
    }
}
