package dev.switchboard.server.cli;

import dev.switchboard.prompts.builder.BuildRequest;
import dev.switchboard.prompts.builder.BuildResult;
import dev.switchboard.prompts.builder.Engine;
import dev.switchboard.prompts.builder.EngineException;
import dev.switchboard.prompts.builder.FlowBuilder;
import dev.switchboard.prompts.builder.Question;
import dev.switchboard.prompts.eval.EvalCases;
import dev.switchboard.prompts.eval.Evaluation;
import dev.switchboard.prompts.offline.OfflinePlanner;
import dev.switchboard.runtime.validate.FlowValidator;
import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code switchboard flow build "TEXT"} and {@code switchboard flow eval FILE.jsonl}: the IA
 * builder from the command line. Both work offline on the data directory's catalog (bundled and
 * imported connectors) and the admin's connections; nothing is stored and no server starts.
 *
 * <pre>{@code
 * switchboard flow build "Every Monday at 8, post the Trello cards on Slack #team" --json
 * switchboard flow eval cases.jsonl
 * }</pre>
 */
final class FlowBuildCommands {

    private FlowBuildCommands() {
    }

    /**
     * The engines the builder tries, in order: the configured LLM (unless {@code offlineOnly}),
     * then the offline planner. A command line has no MCP client, so no sampling.
     */
    static List<Engine> engines(Switchboard app, Map<String, String> connections, boolean offlineOnly) {
        List<Engine> engines = new ArrayList<>();
        if (!offlineOnly) {
            app.llmEngine().ifPresent(engines::add);
        }
        engines.add(new OfflinePlanner(app.catalog(), connections));
        return engines;
    }

    /** The admin's connection names, each with its app. */
    static Map<String, String> connections(Switchboard app) {
        Map<String, String> mine = new TreeMap<>();
        app.catalog().connectors().forEach(c -> app.connections().store().connections(Caller.ADMIN_OWNER, c.app())
                .forEach(x -> mine.put(x.name(), x.app())));
        return mine;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
            description = {"Drafts a flow from a plain-language description (English or French), with the configured LLM if any, "
                    + "else (or with --offline) the offline planner.",
                    "Prints the draft flow, the questions still open (placeholders \"<ask:NAME>\" in the flow), the explanation "
                            + "and the engine. Exit 0 with a draft; 1 when no flow could be drafted."})
    public static final class Build implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TEXT", description = "What the flow should do, e.g. \"When a Trello card is created, post it on Slack #team\".")
        String text;

        @Option(names = "--lang", description = "Language of TEXT and of the questions: en or fr (default: detected).")
        String lang;

        @Option(names = "--json", description = "Print one JSON object: flow, questions, explanation, engine, valid, problems.")
        boolean json;

        @Option(names = "--offline", description = "Use the offline planner even when an LLM is configured (SWITCHBOARD_LLM_*).")
        boolean offline;

        @Option(names = "--app", paramLabel = "APP", description = "An app id the flow should use (repeatable), e.g. --app slack; "
                + "the MCP tool list_apps gives the ids. Unknown ids are refused.")
        List<String> hints = new ArrayList<>();

        @picocli.CommandLine.Mixin
        FlowCommand.DataOptions options = new FlowCommand.DataOptions();

        @Override
        public Integer call() throws IOException {
            if (lang != null && !lang.equals("en") && !lang.equals("fr")) {
                throw new InputRejectedException("--lang must be en or fr, not '" + lang + "'");
            }
            if (text == null || text.isBlank()) {
                throw new InputRejectedException("describe the flow to build, e.g. switchboard flow build \"When ..., send ...\"");
            }
            try (Switchboard app = ServeCommand.openApp(options.config())) {
                for (String hint : hints) {
                    if (app.catalog().connector(hint).isEmpty()) {
                        List<String> near = app.catalog().nearApps(hint);
                        throw new InputRejectedException("--app " + hint + ": no such app in the catalog"
                                + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)"));
                    }
                }
                Map<String, String> connections = connections(app);
                FlowBuilder builder = new FlowBuilder(new FlowValidator(app.catalog(), connections));
                BuildResult result;
                try {
                    result = builder.build(new BuildRequest(text, lang, hints), engines(app, connections, offline));
                } catch (EngineException e) {
                    throw new InputRejectedException(e.getMessage());
                }
                System.out.println(json ? FlowCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(describe(result))
                        : text(result));
                return ExitCodes.OK;
            }
        }
    }

    static ObjectNode describe(BuildResult result) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("engine", result.engine());
        out.put("valid", result.valid());
        out.put("explanation", result.explanation());
        ArrayNode questions = out.putArray("questions");
        for (Question q : result.questions()) {
            ObjectNode item = questions.addObject().put("name", q.name()).put("pointer", q.pointer()).put("question", q.question());
            q.choices().forEach(item.putArray("choices")::add);
        }
        out.set("problems", FlowCommand.problems(result.problems()));
        out.set("flow", result.flow());
        return out;
    }

    private static String text(BuildResult result) {
        StringBuilder out = new StringBuilder();
        out.append(FlowCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.flow())).append("\n\n");
        out.append(result.questions().isEmpty() ? "No questions.\n" : "Questions:\n");
        result.questions().forEach(q -> out.append("  ").append(q.name()).append(" (").append(q.pointer()).append("): ")
                .append(q.question()).append(q.choices().isEmpty() ? "" : " " + q.choices()).append('\n'));
        out.append("\nExplanation: ").append(result.explanation()).append('\n');
        out.append("Engine: ").append(result.engine()).append(result.valid() ? " (valid apart from the questions)"
                : " (" + result.problems().size() + " problems left)").append('\n');
        result.problems().forEach(p -> out.append("  ").append(p.pointer()).append(' ').append(p.code()).append(": ")
                .append(p.message()).append('\n'));
        return out.toString();
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
            description = {"Runs the builder over a JSONL file of cases ({\"id\", \"lang\", \"text\", \"expect\": {\"trigger\", "
                    + "\"actions\", \"control\"}}) and prints skeleton exact, trigger accuracy, action F1, control accuracy, "
                    + "valid rate, and median and p95 time per case, per language and overall (configured LLM first, or --offline).",
                    "Exit 0 when it ran; 1 when the file is missing or a line is malformed (the message names the line)."})
    public static final class Eval implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The cases, one JSON object a line.")
        Path file;

        @Option(names = "--json", description = "Print the metrics and each case's result as JSON.")
        boolean json;

        @Option(names = "--offline", description = "Use the offline planner even when an LLM is configured (SWITCHBOARD_LLM_*).")
        boolean offline;

        @Option(names = "--app", paramLabel = "APP", description = "An app id the flow should use (repeatable), e.g. --app slack; "
                + "the MCP tool list_apps gives the ids. Unknown ids are refused.")
        List<String> hints = new ArrayList<>();

        @picocli.CommandLine.Mixin
        FlowCommand.DataOptions options = new FlowCommand.DataOptions();

        @Override
        public Integer call() throws IOException {
            List<dev.switchboard.prompts.eval.EvalCase> cases;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                cases = EvalCases.read(reader);
            } catch (NoSuchFileException e) {
                throw new InputRejectedException("no such file: " + file);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException(file + ", " + e.getMessage());
            }
            try (Switchboard app = ServeCommand.openApp(options.config())) {
                Map<String, String> connections = connections(app);
                Evaluation evaluation = new Evaluation(new FlowBuilder(new FlowValidator(app.catalog(), connections)),
                        engines(app, connections, offline), System::nanoTime);
                Evaluation.Report report = evaluation.run(cases);
                System.out.print(json ? FlowCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json()) + "\n"
                        : report.table());
                return ExitCodes.OK;
            }
        }
    }
}
