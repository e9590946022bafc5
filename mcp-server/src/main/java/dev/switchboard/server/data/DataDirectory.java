package dev.switchboard.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server's data directory: embedded database, blob store and the administrator token.
 * Created on first use; opening it again finds everything where it was.
 *
 * <pre>{@code
 * DataDirectory data = DataDirectory.open(Path.of("switchboard-data"));
 * String token = data.adminToken();   // created with mode 600 on first call
 * }</pre>
 */
public final class DataDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Opens the directory, creating it and its sub-folders when missing. */
    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Files.createDirectories(absolute.resolve("blobs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + absolute + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new IllegalStateException("the data directory " + absolute + " is not writable");
        }
        return new DataDirectory(absolute);
    }

    public Path root() {
        return root;
    }

    public Path adminTokenFile() {
        return root.resolve("admin-token");
    }

    /** JDBC URL of the embedded H2 database; AUTO_SERVER lets CLI commands share it with a running server. */
    public String embeddedDatabaseUrl() {
        return "jdbc:h2:file:" + root.resolve("switchboard") + ";AUTO_SERVER=TRUE";
    }

    /** The administrator token, read from {@code admin-token} or created there (mode 600) on first call. */
    public String adminToken() {
        Path file = adminTokenFile();
        try {
            if (!Files.exists(file)) {
                writeNewToken(file);
            }
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.length() < 20) {
                throw new IllegalStateException(file + " does not hold a usable token; delete it to get a new one");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new random API token: {@code sb_} followed by 43 URL-safe characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeNewToken(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another process created it first; use theirs
        }
        Files.writeString(file, newToken() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
