package dev.switchboard.server.connections;

import dev.switchboard.server.Switchboard;
import dev.switchboard.server.cli.ExitCodes;
import dev.switchboard.server.cli.ServeCommand;
import dev.switchboard.server.cli.SwitchboardCommand;
import dev.switchboard.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard secrets rotate-key}: re-encrypts every stored secret under a new key.
 * Stop the server first: a running server keeps the old key in memory.
 *
 * <pre>{@code
 * switchboard secrets rotate-key --data switchboard-data
 * }</pre>
 */
@Command(name = "secrets", mixinStandardHelpOptions = true, versionProvider = SwitchboardCommand.VersionProvider.class,
        description = "Manages the key that encrypts stored credentials.",
        subcommands = {SecretsCommand.RotateKey.class})
public final class SecretsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: rotate-key");
    }

    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = "Re-encrypts every stored secret under a new key: a new secret-key file, or, when the key "
                    + "comes from SWITCHBOARD_SECRET_KEY, the key in SWITCHBOARD_NEW_SECRET_KEY. Stop the server first.")
    static final class RotateKey implements Callable<Integer> {

        @Option(names = "--data", defaultValue = "${env:SWITCHBOARD_DATA:-switchboard-data}",
                description = "Data directory (env SWITCHBOARD_DATA, default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db", defaultValue = "${env:SWITCHBOARD_DB}", description = "JDBC URL (env SWITCHBOARD_DB).")
        String jdbcUrl;

        @Override
        public Integer call() {
            ServerConfig config = ServerConfig.defaults(data).withJdbcUrl(jdbcUrl == null || jdbcUrl.isBlank() ? null : jdbcUrl);
            try (Switchboard app = ServeCommand.openApp(config)) {
                System.out.println(SecretKeys.rotate(app.data().root(), System.getenv(), app.database().dataSource()));
            } catch (IllegalArgumentException e) {
                throw new dev.switchboard.server.cli.InputRejectedException(e.getMessage());
            }
            return ExitCodes.OK;
        }
    }
}
