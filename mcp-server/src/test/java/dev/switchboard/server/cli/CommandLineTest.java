package dev.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's exit codes and messages, run in-process. */
class CommandLineTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SwitchboardCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void version_printsTheVersionAndExitsZero() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("switchboard ").doesNotContain("unknown");
    }

    @Test
    void help_onEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve").contains("Exit codes");
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--stdio").contains("--db")
                .doesNotContain("--conformance-fixtures");
    }

    @Test
    void unknownOption_isAUsageError() {
        assertThat(run("serve", "--prot", "8080")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--prot");
    }

    @Test
    void noCommand_isAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("a command is required");
    }

    @Test
    void portOutOfRange_isRejectedWithTheReason() {
        assertThat(run("serve", "--port", "70000", "--data", data.toString())).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("port must be between 0 and 65535");
        assertThat(data.resolve("admin-token")).doesNotExist();
    }

    @Test
    void workerCountOutOfRange_isRejectedWithTheRange_andCreatesNothing() {
        assertThat(run("serve", "--workers", "0", "--port", "0", "--data", data.toString())).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("--workers 0").contains("from 1 to 64");
        assertThat(data.resolve("admin-token")).doesNotExist();
    }

    @Test
    void unreachableDatabase_isRejectedWithoutLeakingThePassword() {
        int code = run("serve", "--data", data.toString(), "--port", "0",
                "--db", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=hunter2");
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("cannot connect to the database").doesNotContain("hunter2");
    }

    @Test
    void portInUse_isRejectedWithAHint() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int code = run("serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(ExitCodes.REJECTED);
            assertThat(err.toString()).contains("choose another port with --port");
        }
        assertThat(Files.exists(data.resolve("admin-token"))).isTrue();
    }

    @Test
    void importOpenApi_writesAConnectorAndReportsSkippedOperations() throws Exception {
        Path document = Path.of("src/test/resources/openapi/widgets.yaml").toAbsolutePath();
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            code = run("connector", "import-openapi", document.toString(), "--data", data.toString());
        } finally {
            System.setOut(original);
        }
        assertThat(code).isEqualTo(ExitCodes.OK);
        String summary = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(summary).contains("\"app\" : \"widgets\"").contains("\"actions\" : 2").contains("/session").contains("cookie");
        assertThat(data.resolve("connectors/widgets.json")).exists();

        assertThat(run("connector", "import-openapi", document.toString(), "--data", data.toString()))
                .as("a second import needs --replace").isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("--replace");
    }

    @Test
    void importOpenApi_rejectsWhatIsNotOpenApi() throws Exception {
        Path bogus = data.resolve("bogus.json");
        Files.writeString(bogus, "{\"hello\": \"world\"}");
        assertThat(run("connector", "import-openapi", bogus.toString(), "--data", data.toString())).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("OpenAPI");
        assertThat(run("connector", "import-openapi", "http://169.254.169.254/openapi.json", "--data", data.toString()))
                .isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("refused");
    }

    private String captureOut(String... args) {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        try {
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            lastCode = run(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int lastCode;

    @Test
    void flowValidate_listsEveryProblemWithPointerAndCode() {
        String valid = captureOut("flow", "validate", "src/test/resources/flows/greeting.json", "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.OK);
        assertThat(valid.strip()).isEqualTo("[ ]");
        String invalid = captureOut("flow", "validate", "src/test/resources/flows/invalid.json", "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.REJECTED);
        assertThat(invalid).contains("\"/steps/0/action\"").contains("unknown_action").contains("data.format_text")
                .contains("forward_reference").contains("type_mismatch").contains("missing_input");
    }

    @Test
    void flowRun_runsOnceAndPrintsTheRun() {
        String run = captureOut("flow", "run", "src/test/resources/flows/greeting.json", "--input", "{\"name\": \"Ann\"}",
                "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.OK);
        assertThat(run).contains("\"status\" : \"SUCCEEDED\"").contains("HELLO ANN!").contains("\"id\" : \"keep\"");
        captureOut("flow", "run", "src/test/resources/flows/greeting.json", "--input", "[1]", "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("--input must be a JSON object");
        captureOut("flow", "run", "src/test/resources/flows/invalid.json", "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.REJECTED);
    }

    @Test
    void connectionCommands_createFromStdin_listWithoutTheSecret_thenDelete() {
        java.io.InputStream originalIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("tok-cli-secret-123\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            String created = captureOut("connection", "create", "--app", "http", "--name", "api", "--type", "bearer",
                    "--data", data.toString());
            assertThat(lastCode).isEqualTo(ExitCodes.OK);
            assertThat(created).contains("created http connection 'api'").doesNotContain("tok-cli-secret-123");
        } finally {
            System.setIn(originalIn);
        }
        String listed = captureOut("connection", "list", "--data", data.toString());
        assertThat(listed).contains("http").contains("api").contains("1 connections").doesNotContain("tok-cli-secret-123");
        captureOut("connection", "delete", "--app", "http", "--name", "api", "--data", data.toString());
        assertThat(lastCode).isEqualTo(ExitCodes.OK);
        assertThat(captureOut("connection", "list", "--data", data.toString())).contains("0 connections");
        captureOut("connection", "delete", "--app", "http", "--name", "api", "--data", data.toString());
        assertThat(lastCode).as("deleting what does not exist is rejected").isEqualTo(ExitCodes.REJECTED);
    }
}
