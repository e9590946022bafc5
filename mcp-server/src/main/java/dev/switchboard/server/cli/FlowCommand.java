package dev.switchboard.server.cli;

import dev.switchboard.runtime.api.InvalidFlowException;
import dev.switchboard.runtime.run.Run;
import dev.switchboard.runtime.run.RunStatus;
import dev.switchboard.runtime.run.StepRecord;
import dev.switchboard.runtime.validate.Problem;
import dev.switchboard.server.Switchboard;
import dev.switchboard.server.auth.Caller;
import dev.switchboard.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code switchboard flow validate FILE}, {@code run FILE}, and the builder's {@code build "TEXT"} and {@code eval FILE.jsonl}. */
@Command(name = "flow", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Validates, runs and drafts flow definitions (switchboard.flow/v1 JSON).",
        subcommands = {FlowCommand.Validate.class, FlowCommand.RunFlow.class, FlowBuildCommands.Build.class,
                FlowBuildCommands.Eval.class})
public final class FlowCommand implements Runnable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: 'switchboard flow validate FILE', 'run FILE', 'build \"TEXT\"' or 'eval FILE.jsonl'");
    }

    /** Options shared by both subcommands. */
    static class DataOptions {
        @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
                description = "Data directory: catalog, connections and runs (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db", defaultValue = "${env:SWITCHBOARD_DB}", description = "JDBC URL (env SWITCHBOARD_DB).")
        String jdbcUrl;

        @Option(names = "--allow-hosts", split = ",", defaultValue = "${env:SWITCHBOARD_ALLOW_HOSTS}",
                description = "Loopback or private hosts that actions may call (env SWITCHBOARD_ALLOW_HOSTS).")
        List<String> allowHosts;

        @Option(names = "--api-origin", split = ",", mapFallbackValue = "", defaultValue = "${env:SWITCHBOARD_API_ORIGINS}",
                description = "APP=ORIGIN: send an app's API calls to another origin (env SWITCHBOARD_API_ORIGINS).")
        Map<String, String> apiOrigins;

        ServerConfig config() {
            return ServerConfig.defaults(data)
                    .withJdbcUrl(jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl)
                    .withAllowHosts(allowHosts == null ? List.of() : allowHosts.stream().filter(h -> !h.isBlank()).toList())
                    .withApiOrigins(apiOrigins == null ? Map.of() : apiOrigins);
        }
    }

    static JsonNode readDefinition(Path file) throws IOException {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("no such file: " + file);
        } catch (JacksonException e) {
            throw new InputRejectedException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Problem problem : problems) {
            ObjectNode item = list.addObject();
            item.put("pointer", problem.pointer());
            item.put("code", problem.code());
            item.put("message", problem.message());
            ArrayNode suggestions = item.putArray("suggestions");
            problem.suggestions().forEach(suggestions::add);
        }
        return list;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
            description = {"Checks a flow file against the catalog and your connections.",
                    "Exit 0 when valid; otherwise exit 1 and the JSON list of every problem: pointer, code, message, suggestions."})
    public static final class Validate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The flow definition (JSON).")
        Path file;

        @picocli.CommandLine.Mixin
        DataOptions options = new DataOptions();

        @Override
        public Integer call() throws IOException {
            JsonNode definition = readDefinition(file);
            try (Switchboard app = ServeCommand.openApp(options.config())) {
                List<Problem> problems = app.runtime().validate(definition, Caller.ADMIN_OWNER);
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(problems(problems)));
                return problems.isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
            description = {"Runs a flow once, now, and prints the run (status, steps, output) as JSON.",
                    "Exit 0 when it succeeded (or paused on a delay or an approval); 1 when the flow is invalid or the run failed."})
    public static final class RunFlow implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The flow definition (JSON).")
        Path file;

        @Option(names = "--input", description = "The flow's inputs as a JSON object, e.g. '{\"site\": \"Lyon\"}'.")
        String input;

        @picocli.CommandLine.Mixin
        DataOptions options = new DataOptions();

        @Override
        public Integer call() throws IOException {
            JsonNode definition = readDefinition(file);
            JsonNode inputs;
            try {
                inputs = input == null ? JsonNodeFactory.instance.objectNode() : JSON.readTree(input);
            } catch (JacksonException e) {
                throw new InputRejectedException("--input is not valid JSON: " + e.getOriginalMessage());
            }
            if (!inputs.isObject()) {
                throw new InputRejectedException("--input must be a JSON object");
            }
            try (Switchboard app = ServeCommand.openApp(options.config())) {
                Run run;
                try {
                    run = app.runtime().runOnce(definition, inputs, Caller.ADMIN_OWNER);
                } catch (InvalidFlowException e) {
                    System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(problems(e.problems())));
                    System.err.println("switchboard: the flow is not valid (" + e.problems().size() + " problems)");
                    return ExitCodes.REJECTED;
                }
                List<StepRecord> steps = app.runtime().steps(run.id(), Caller.ADMIN_OWNER);
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(describe(run, steps)));
                boolean fine = run.status() == RunStatus.SUCCEEDED || run.status() == RunStatus.PAUSED;
                return fine ? ExitCodes.OK : ExitCodes.REJECTED;
            }
        }
    }

    static ObjectNode describe(Run run, List<StepRecord> steps) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", run.id());
        out.put("status", run.status().name());
        if (run.failedStep() != null) {
            out.put("failed_step", run.failedStep());
        }
        if (run.error() != null) {
            out.put("error", run.error());
        }
        if (run.waitingStep() != null) {
            out.put("waiting_step", run.waitingStep());
        }
        out.set("output", run.output());
        out.put("active_ms", run.activeMillis());
        ArrayNode list = out.putArray("steps");
        for (StepRecord step : steps) {
            ObjectNode item = list.addObject();
            item.put("id", step.stepId());
            item.put("key", step.key());
            item.put("status", step.status());
            item.put("attempts", step.attempts());
            item.set("input", step.input());
            item.set("output", step.output());
            if (step.error() != null) {
                item.put("error", step.error());
            }
            item.put("started_at", String.valueOf(step.startedAt()));
            item.put("finished_at", String.valueOf(step.finishedAt()));
        }
        return out;
    }
}
