package dev.switchboard.server.connections;

import dev.switchboard.catalog.secret.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Where the key that seals connection secrets comes from: {@code SWITCHBOARD_SECRET_KEY} (base64
 * of 32 bytes) when set, else {@code <data>/secret-key}, created with mode 600 on first start.
 * Losing the key loses the stored credentials (not the connections' names and settings).
 *
 * <pre>{@code
 * SecretBox box = SecretKeys.load(dataDir, System.getenv());
 * SecretKeys.rotate(dataDir, System.getenv(), dataSource);   // switchboard secrets rotate-key
 * }</pre>
 */
public final class SecretKeys {

    public static final String ENV = "SWITCHBOARD_SECRET_KEY";
    public static final String NEW_ENV = "SWITCHBOARD_NEW_SECRET_KEY";
    public static final String FILE = "secret-key";

    private SecretKeys() {
    }

    public static SecretBox load(Path dataDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return SecretBox.fromBase64(fromEnv);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ENV + ": " + e.getMessage());
            }
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                writePrivate(file, SecretBox.newKey());
            }
            return SecretBox.fromBase64(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Re-seals every stored secret under a new key. With the key in a file, a new key is
     * generated and the file replaced once the database holds the re-sealed secrets; with the
     * key in {@code SWITCHBOARD_SECRET_KEY}, the new key is read from
     * {@code SWITCHBOARD_NEW_SECRET_KEY} and the operator swaps the variables afterwards.
     *
     * @return a sentence for the operator: how many secrets, and the new key id
     */
    public static String rotate(Path dataDir, Map<String, String> env, DataSource dataSource) {
        SecretBox current = load(dataDir, env);
        boolean fromEnv = env.get(ENV) != null && !env.get(ENV).isBlank();
        if (fromEnv) {
            String next = env.get(NEW_ENV);
            if (next == null || next.isBlank()) {
                throw new IllegalArgumentException("the key comes from " + ENV + ": put the new key (e.g. from "
                        + "'openssl rand -base64 32') in " + NEW_ENV + ", run this again, then set " + ENV + " to it");
            }
            SecretBox nextBox = SecretBox.fromBase64(next);
            int count = ConnectionStore.reseal(dataSource, current, nextBox);
            return count + " secrets re-encrypted under key " + nextBox.keyId() + "; now set " + ENV
                    + " to the value of " + NEW_ENV + " before the next start";
        }
        Path file = dataDir.resolve(FILE);
        Path staged = dataDir.resolve(FILE + ".new");
        String nextKey = SecretBox.newKey();
        SecretBox nextBox = SecretBox.fromBase64(nextKey);
        try {
            // The new key is on disk before the database changes, so a crash in between loses nothing.
            Files.deleteIfExists(staged);
            writePrivate(staged, nextKey);
            int count = ConnectionStore.reseal(dataSource, current, nextBox);
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count + " secrets re-encrypted under key " + nextBox.keyId() + " (" + file + ")";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new key next to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writePrivate(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another process created it first; use theirs
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    }
}
