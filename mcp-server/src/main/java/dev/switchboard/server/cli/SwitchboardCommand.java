package dev.switchboard.server.cli;

import dev.switchboard.server.Version;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: {@code switchboard <command>}. Exit codes: 0 success, 1 input rejected,
 * 2 usage error, 3 internal error.
 *
 * <pre>{@code
 * int code = SwitchboardCommand.commandLine().execute("serve", "--port", "0");
 * }</pre>
 */
@Command(name = "switchboard",
        mixinStandardHelpOptions = true,
        versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Connector actions and flows as MCP tools.",
        subcommands = {ServeCommand.class, ToolsCommand.class, ConnectorCommand.class, FlowCommand.class, dev.switchboard.server.connections.ConnectionCommand.class,
                dev.switchboard.server.connections.SecretsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input was rejected (the message says why)", "2:usage error",
                "3:internal error"})
public final class SwitchboardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'switchboard serve'");
    }

    /** The configured command line, with the exit-code mapping of {@link ExitCodes}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SwitchboardCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof InputRejectedException) {
                cmd.getErr().println("switchboard: " + e.getMessage());
                return ExitCodes.REJECTED;
            }
            LoggerFactory.getLogger(SwitchboardCommand.class).error("internal error", e);
            cmd.getErr().println("switchboard: internal error: " + e.getMessage());
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    /** Reads the version from the jar. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"switchboard " + Version.current()};
        }
    }
}
