package dev.switchboard.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void open_createsTheLayoutAndAPrivateAdminTokenOnce() throws Exception {
        DataDirectory data = DataDirectory.open(temp.resolve("new/data"));
        String token = data.adminToken();
        assertThat(token).startsWith("sb_").hasSize(46);
        assertThat(Files.isDirectory(data.root().resolve("blobs"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.adminTokenFile())))
                .isEqualTo("rw-------");
        assertThat(DataDirectory.open(temp.resolve("new/data")).adminToken()).isEqualTo(token);
    }
}
