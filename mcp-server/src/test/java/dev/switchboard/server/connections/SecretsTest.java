package dev.switchboard.server.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.catalog.connection.Credentials;
import dev.switchboard.catalog.secret.SecretBox;
import dev.switchboard.server.data.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM sealing, the key file, and key rotation over a real database. */
class SecretsTest {

    @TempDir
    Path data;

    @Test
    void seal_roundTrips_andFailsWithAnotherKeyOrContext() {
        SecretBox box = SecretBox.fromBase64(SecretBox.newKey());
        String sealed = box.seal("{\"token\": \"s3cret-value\"}", "conn-1");
        assertThat(sealed).startsWith("v1.").doesNotContain("s3cret");
        assertThat(box.open(sealed, "conn-1")).isEqualTo("{\"token\": \"s3cret-value\"}");
        assertThat(box.seal("same", "c")).as("fresh nonce each time").isNotEqualTo(box.seal("same", "c"));
        SecretBox other = SecretBox.fromBase64(SecretBox.newKey());
        assertThatThrownBy(() -> other.open(sealed, "conn-1")).isInstanceOf(SecretBox.WrongKeyException.class)
                .hasMessageContaining("SWITCHBOARD_SECRET_KEY").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> box.open(sealed, "conn-2")).isInstanceOf(SecretBox.WrongKeyException.class);
        assertThatThrownBy(() -> SecretBox.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }

    @Test
    void keyFile_isCreatedOnFirstStartWithMode600_andTheEnvironmentWins() throws Exception {
        SecretBox first = SecretKeys.load(data, Map.of());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secret-key")))).isEqualTo("rw-------");
        assertThat(SecretKeys.load(data, Map.of()).keyId()).isEqualTo(first.keyId());
        String key = SecretBox.newKey();
        assertThat(SecretKeys.load(data, Map.of(SecretKeys.ENV, key)).keyId()).isEqualTo(SecretBox.fromBase64(key).keyId());
    }

    @Test
    void rotateKey_reEncryptsEveryConnection_andTheOldKeyNoLongerOpensThem() {
        try (Database db = Database.open("jdbc:h2:mem:rotate;DB_CLOSE_DELAY=-1")) {
            SecretBox old = SecretKeys.load(data, Map.of());
            ConnectionStore store = new ConnectionStore(db.dataSource(), old, Clock.systemUTC());
            StoredConnection c = store.insert("alice", "http", "main", "bearer", Map.of(), new Credentials.Bearer("tok-rotate-1"),
                    StoredConnection.Status.ACTIVE, null);
            store.addPending("state-hash", c.id(), "verifier-1", "http://localhost/oauth/callback", java.time.Instant.now().plusSeconds(60));

            String message = SecretKeys.rotate(data, Map.of(), db.dataSource());
            assertThat(message).contains("2 secrets re-encrypted");
            SecretBox next = SecretKeys.load(data, Map.of());
            assertThat(next.keyId()).isNotEqualTo(old.keyId());
            assertThat(Files.exists(data.resolve("secret-key.new"))).isFalse();

            ConnectionStore reopened = new ConnectionStore(db.dataSource(), next, Clock.systemUTC());
            assertThat(reopened.open(c).credentials().secretValues()).containsExactly("tok-rotate-1");
            assertThat(reopened.takePending("state-hash").orElseThrow().verifier()).isEqualTo("verifier-1");
            assertThatThrownBy(() -> store.open(c)).isInstanceOf(SecretBox.WrongKeyException.class);

            String envKey = SecretBox.newKey();
            assertThatThrownBy(() -> SecretKeys.rotate(data, Map.of(SecretKeys.ENV, envKey), db.dataSource()))
                    .hasMessageContaining(SecretKeys.NEW_ENV);
        }
    }
}
