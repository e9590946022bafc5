package dev.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard serve} as its own process: first start, the startup line, SIGTERM, restart. */
class ServeProcessTest {

    private static final Pattern STARTUP = Pattern.compile(
            "Switchboard \\S+ serving (\\d+) tools at (http://localhost:\\d+/mcp) \\(admin token in (.+)\\)");

    @TempDir
    Path temp;

    @Test
    void firstStartCreatesTheDataDirectory_andSigtermStopsCleanly() throws Exception {
        Path data = temp.resolve("switchboard-data");
        for (int start = 0; start < 2; start++) {
            Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), "dev.switchboard.server.Main",
                    "serve", "--port", "0", "--data", data.toString()))
                    .redirectError(temp.resolve("stderr-" + start + ".log").toFile())
                    .start();
            try {
                BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line = stdout.readLine();
                Matcher matcher = STARTUP.matcher(String.valueOf(line));
                assertThat(matcher.matches()).as("startup line: " + line).isTrue();
                assertThat(Integer.parseInt(matcher.group(1))).as("the bundled catalog's tools").isPositive();
                assertThat(Path.of(matcher.group(3))).isEqualTo(data.resolve("admin-token").toAbsolutePath());
                assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                        .contains("admin-token", "blobs", "switchboard.mv.db");

                URI health = URI.create(matcher.group(2).replace("/mcp", "/health"));
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);

                process.destroy(); // SIGTERM
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops after SIGTERM").isTrue();
                String stderr = Files.readString(temp.resolve("stderr-" + start + ".log"));
                assertThat(stderr).doesNotContain("Exception").doesNotContain("ERROR");
            } finally {
                process.destroyForcibly();
            }
        }
    }
}
