package dev.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code switchboard flow build} and {@code flow eval}, run in-process on a fresh data directory. */
class FlowBuildCommandTest {

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();
    private int code;

    private String run(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine commandLine = SwitchboardCommand.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            code = commandLine.execute(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void build_json_printsTheDraftItsQuestionsTheExplanationAndTheEngine() {
        String out = run("flow", "build", "When a new Trello card is created, post it on Slack #cards and email lea@corp.test.",
                "--json", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode result = FlowCommand.JSON.readTree(out);
        assertThat(result.path("engine").asString()).isEqualTo("offline");
        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.at("/flow/trigger/event").asString()).isEqualTo("new_card");
        assertThat(result.at("/flow/steps/0/input/channel").asString()).isEqualTo("#cards");
        assertThat(result.at("/flow/steps/1/input/to/0").asString()).isEqualTo("lea@corp.test");
        assertThat(result.path("questions").findValuesAsString("name")).contains("board_id", "slack_connection");
        assertThat(result.path("explanation").asString()).contains("New card").contains("Send message");
    }

    @Test
    void build_text_inFrench_asksInFrench() {
        String out = run("flow", "build", "Quand un webhook arrive, créer un ticket Jira", "--lang", "fr", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("\"jira.create_issue\"").contains("Questions:").contains("quelle valeur pour « project key »")
                .contains("Engine: offline");
    }

    @Test
    void build_withAppHints_usesThem_andRefusesAnUnknownApp() {
        String out = run("flow", "build", "Every Friday at 4pm, post a reminder in the channel #crew.", "--app", "microsoft_teams",
                "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("microsoft_teams.send_message").doesNotContain("slack.send_message");
        run("flow", "build", "Every Friday at 4pm, post a reminder in the channel #crew.", "--app", "teams_chat", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("--app teams_chat: no such app in the catalog");
    }

    @Test
    void build_badLanguageOrNothingToDo_isRejectedWithTheReason() {
        run("flow", "build", "post on Slack", "--lang", "de", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("--lang must be en or fr");
        run("flow", "build", "hello there", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("no action recognised");
    }

    @Test
    void eval_printsTheMetricsPerLanguageAndOverall() {
        String table = run("flow", "eval", "src/test/resources/builder/cases.jsonl", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(table).contains("skeleton").contains("act-F1").contains("p95-ms");
        assertThat(table.lines().filter(l -> l.startsWith("all "))).singleElement().asString().contains("100.0%");
        JsonNode json = FlowCommand.JSON.readTree(run("flow", "eval", "src/test/resources/builder/cases.jsonl", "--json",
                "--data", data.toString()));
        assertThat(json.at("/metrics/en/cases").asInt()).isEqualTo(1);
        assertThat(json.at("/metrics/fr/cases").asInt()).isEqualTo(1);
        assertThat(json.at("/metrics/all/valid_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void eval_missingFileOrMalformedLine_isRejectedNamingIt() {
        run("flow", "eval", "src/test/resources/builder/none.jsonl", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("no such file: src/test/resources/builder/none.jsonl");
        run("flow", "eval", "src/test/resources/builder/malformed.jsonl", "--data", data.toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("malformed.jsonl, line 2: not a JSON object");
    }

    @Test
    void help_listsTheBuilderCommands() {
        String out = run("flow", "--help");
        assertThat(out).contains("build").contains("eval");
    }
}
