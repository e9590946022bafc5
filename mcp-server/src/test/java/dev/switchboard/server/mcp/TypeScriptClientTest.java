package dev.switchboard.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.RunningServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official MCP TypeScript SDK client (pinned in src/test/ts-client/package-lock.json,
 * installed with npm ci into target/) lists and calls tools on the real server.
 */
class TypeScriptClientTest {

    @TempDir
    Path data;

    @Test
    void typescriptSdkClient_listsEveryPageAndCallsATool() throws Exception {
        Path client = installClient();
        try (RunningServer server = RunningServer.start(data, config -> config.withPageSize(4))) {
            String output = run(client, List.of("node", "list-tools.mjs", server.mcpUrl().toString(), server.adminToken()));
            JsonNode result = JsonMapper.builder().build().readTree(output);
            int total = server.app().toolCount(dev.switchboard.server.auth.Caller.admin());
            assertThat(result.path("names")).hasSize(total);
            assertThat(result.path("names").toString()).contains("test_simple_text", "http__request");
            assertThat(result.path("pages").asInt()).isEqualTo((total + 3) / 4);
            assertThat(result.path("called").asString()).contains("simple text");
            assertThat(result.path("protocol").asString()).isEqualTo("2025-11-25");
        }
    }

    private static Path installClient() throws Exception {
        Path source = Path.of("src/test/ts-client");
        Path target = Path.of("target/ts-client");
        Files.createDirectories(target);
        for (String file : List.of("package.json", "package-lock.json", "list-tools.mjs")) {
            Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(target.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            run(target, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        return target;
    }

    private static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("ts-client", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String errors = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(done).as(command + " finished").isTrue();
        assertThat(process.exitValue()).as(command + " failed: " + errors).isZero();
        return out.strip();
    }
}
